#!/usr/bin/env bash
# Checks an installed benchlens: --version says core's version, and report reads the sample run installed with it.
#   packaging/smoke-test.sh BENCHLENS SAMPLES_DIR [--explorer]
# With --explorer (Linux), also opens the installed explorer on the samples under Xvfb and checks that it is still
# up, with nothing on stderr but the Vector API's incubator notice, after 20 s.
set -euo pipefail
benchlens=${1:?usage: smoke-test.sh BENCHLENS SAMPLES_DIR [--explorer]}
samples=${2:?usage: smoke-test.sh BENCHLENS SAMPLES_DIR [--explorer]}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
expected=$(grep -rhoE 'String VERSION = "[^"]+"' "$root/core/src/main/java" | cut -d'"' -f2)

version=$("$benchlens" --version 2> /dev/null)
[ "$version" = "benchlens $expected" ] || { echo "smoke-test: --version said '$version', not 'benchlens $expected'" >&2; exit 1; }
echo "smoke-test: $version"

report=$("$benchlens" report "$samples/github-style-artifact.zip" 2> /dev/null)
grep -q '^Run: ' <<< "$report" || { echo "smoke-test: report printed no run:" >&2; echo "$report" >&2; exit 1; }
echo "smoke-test: report read the installed sample ($(grep -c . <<< "$report") lines)"

if [ "${3:-}" = --explorer ]; then
  err=$(mktemp)
  xvfb-run -a -s "-screen 0 1280x800x24" "$benchlens" view "$samples" > /dev/null 2> "$err" &
  pid=$!
  sleep 20
  if ! kill -0 "$pid" 2> /dev/null; then
    echo "smoke-test: the explorer exited within 20 s:" >&2; cat "$err" >&2; exit 1
  fi
  pkill -TERM -P "$pid" || true  # xvfb-run's children: Xvfb and the explorer
  wait "$pid" || true
  if grep -v 'Using incubator modules' "$err" | grep -q .; then
    echo "smoke-test: the explorer wrote to stderr:" >&2; cat "$err" >&2; exit 1
  fi
  rm -f "$err"
  echo "smoke-test: the explorer stayed up for 20 s under Xvfb with a clean stderr"
fi
