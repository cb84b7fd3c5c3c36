#!/usr/bin/env bash
# Installs, when missing, what the test run needs besides a JDK 25 and Node.js: OpenBLAS and NumPy for the
# kernel suite, shellcheck for the scripts. Idempotent; runs as root (CI here) or through sudo.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
"$here/install-bench-deps.sh"
if ! command -v shellcheck > /dev/null; then
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  echo "Installing shellcheck"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq shellcheck > /dev/null
fi
