#!/usr/bin/env bash
# Issue 25, item 5: the launcher needs neither HOME nor a writable checkout when a build is present, and when it
# must build and cannot, it says why in one line and exits 2 (never Maven's errors, never the "regression" code 1).
# Run after a build. The read-only cases run as the user nobody, since root may write anything; without root
# they are skipped, saying so.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=$(mktemp -d)
trap 'chmod -R u+w "$scratch" 2> /dev/null; rm -rf "$scratch"' EXIT

expect_one_line_exit_2() { # WHAT COMMAND...: the command prints one line on stderr, nothing on stdout, exits 2
  local what=$1 status=0
  shift
  "$@" > "$scratch/out" 2> "$scratch/err" || status=$?
  if [ "$status" -ne 2 ] || [ -s "$scratch/out" ] || [ "$(wc -l < "$scratch/err")" -ne 1 ]; then
    echo "launcher-guards: $what: expected one line and exit 2, got exit $status:" >&2
    cat "$scratch/out" "$scratch/err" >&2
    exit 1
  fi
  echo "ok: $what: $(cat "$scratch/err")"
}

env -u HOME ./benchlens --version > /dev/null
echo "ok: with HOME unset, the built checkout runs"

if [ "$(id -u)" -ne 0 ] || ! command -v runuser > /dev/null; then
  echo "launcher-guards: not root, so the read-only checks (run as nobody) are skipped"
  exit 0
fi
# A copy with no build of its own, readable but not writable by nobody.
mkdir "$scratch/copy"
git ls-files -z | xargs -0 cp --parents -t "$scratch/copy"
chmod -R a+rX,a-w "$scratch/copy"
chmod a+rx "$scratch"
cd "$scratch/copy"
expect_one_line_exit_2 "a read-only checkout that has no build" runuser -u nobody -- ./benchlens report sample-results
expect_one_line_exit_2 "no build and HOME unset" runuser -u nobody -- env -u HOME ./benchlens report sample-results
