#!/usr/bin/env bash
# Installs, when missing, what the test run needs besides a JDK 25 and Node.js: OpenBLAS and NumPy for the
# kernel suite, shellcheck for the scripts, jq for the fake gh of .ci/workflow/test (podman and debootstrap are
# installed by .ci/prove-container.sh); for .ci/run's package step, fakeroot, dpkg-dev and rpm to build the .deb
# and .rpm, Xvfb and GTK 3 to start the installed explorer without a screen (GTK present at build time also puts
# it among the .deb's dependencies); PostgreSQL's server for the run store's team tests (.ci/postgres.sh).
# Idempotent; runs as root (CI here) or through sudo.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
"$here/install-bench-deps.sh"
missing=()
for need in shellcheck:shellcheck jq:jq fakeroot:fakeroot dpkg-shlibdeps:dpkg-dev rpmbuild:rpm xvfb-run:xvfb \
            xauth:xauth; do # command:package
  command -v "${need%%:*}" > /dev/null || missing+=("${need#*:}")
done
ldconfig -p | grep -q 'libgtk-3\.so\.0 ' || missing+=(libgtk-3-0)
compgen -G '/usr/lib/postgresql/*/bin/initdb' > /dev/null || missing+=(postgresql) # the run store's team tests
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  echo "Installing ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" > /dev/null
fi
