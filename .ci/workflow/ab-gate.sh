#!/usr/bin/env bash
# The pull request's gate: ./benchlens ab of BASE against HEAD, both built here and measured with their JMH forks
# interleaved on this one runner, so that the runner's speed and its neighbours fall on both alike. A row fails only
# when it fails again on fresh blocks (ab's --confirm 1). Run from inside the repository.
# Writes GATE_DIR/verdict.md (the verdict line), GATE_DIR/table.md (the verdict table, failing rows first),
# GATE_DIR/check.txt (ab's text output, with its FAIL lines) and GATE_DIR/status (its exit code), and exits with it:
# 0 passed, 1 a confirmed regression, 2 no conclusive check (a build failed, bad input).
#   usage: .ci/workflow/ab-gate.sh BASE HEAD RESULTS_DIR MAX_REGRESSION GATE_DIR
# BENCHLENS_AB_ARGS replaces the suite options (default: --suite axis0); .ci/run passes a tiny suite.
set -euo pipefail

usage="usage: ab-gate.sh BASE HEAD RESULTS_DIR MAX_REGRESSION GATE_DIR"
base=${1:?$usage}
head=${2:?$usage}
results=${3:?$usage}
max_regression=${4:?$usage}
gate=${5:?$usage}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
mkdir -p "$gate" "$results"
read -r -a suite_args <<< "${BENCHLENS_AB_ARGS:---suite axis0}"

finish() { # status verdict
  printf '%s\n' "$1" > "$gate/status"
  printf '%s\n' "$2" > "$gate/verdict.md"
  cat "$gate/verdict.md"
  exit "$1"
}

status=0
"$root/benchlens" ab "$base" "$head" "${suite_args[@]}" --max-regression "$max_regression" --out "$results/ab" \
  --markdown "$gate/table.md" > "$gate/check.txt" 2> "$gate/ab.log" || status=$?
cat "$gate/check.txt"
sides=$(head -n 1 "$gate/check.txt" | sed -E 's/^ab: ([^,]*), seed.*/\1/')
failures=$(grep -c '^FAIL ' "$gate/check.txt" || true)
case $status in
  0) finish 0 "**Regression check: passed** — $sides, measured interleaved on this runner: no row of head slower than base beyond $max_regression." ;;
  1) finish 1 "**Regression check: failed** — $sides, measured interleaved on this runner: $failures row(s) slower beyond $max_regression, confirmed on fresh blocks." ;;
  *) rm -f "$gate/table.md"
     finish 2 "**Regression check: not conclusive** (exit $status) — $(grep -v '^WARNING' "$gate/ab.log" | tail -n 1)" ;;
esac
