#!/usr/bin/env bash
# Installs, when missing, what the test run needs besides a JDK 25 and Node.js: OpenBLAS and NumPy for the
# kernel suite, shellcheck for the scripts, jq for the fake gh of .ci/workflow/test (podman and debootstrap are
# installed by .ci/prove-container.sh). Idempotent; runs as root (CI here) or through sudo.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
"$here/install-bench-deps.sh"
missing=()
for tool in shellcheck jq; do command -v "$tool" > /dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  echo "Installing ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" > /dev/null
fi
