#!/usr/bin/env bash
# Installs, when missing, what building and trying the Linux packages needs besides a JDK 25: fakeroot and
# dpkg-dev for the .deb, rpm (rpmbuild) for the .rpm, Xvfb and GTK 3 to start the installed explorer without a
# screen. GTK present at build time also lets jpackage name it among the .deb's dependencies. Idempotent; runs as
# root (CI here) or through sudo.
set -euo pipefail

missing=()
command -v fakeroot > /dev/null || missing+=(fakeroot)
command -v dpkg-shlibdeps > /dev/null || missing+=(dpkg-dev)
command -v rpmbuild > /dev/null || missing+=(rpm)
command -v xvfb-run > /dev/null || missing+=(xvfb xauth)
ldconfig -p | grep -q 'libgtk-3\.so\.0 ' || missing+=(libgtk-3-0)
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  echo "Installing ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" > /dev/null
fi
