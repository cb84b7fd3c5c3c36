#!/usr/bin/env bash
# The regression gate: ./benchlens check of the new mean_axis0 comparison run against the previous run on main.
# check judges each implementation by its speedup over the run's own reference (NumPy) when both runs have one,
# so two runners of different speed compare fairly; it never fails on the reference itself (no --gate-reference).
# Writes GATE_DIR/verdict.md (one Markdown line: the verdict, first in the summary and the PR comment),
# GATE_DIR/check.txt (check's full output) and GATE_DIR/status (its exit code), and exits with that code:
# 0 passed or nothing to compare with (the first run ever), 1 a significant regression, 2 no conclusive check.
#   usage: .ci/workflow/check-regressions.sh PREVIOUS_RESULTS_DIR RESULTS_DIR MAX_REGRESSION GATE_DIR
set -euo pipefail

usage="usage: check-regressions.sh PREVIOUS_RESULTS_DIR RESULTS_DIR MAX_REGRESSION GATE_DIR"
previous=${1:?$usage}
results=${2:?$usage}
max_regression=${3:?$usage}
gate=${4:?$usage}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
mkdir -p "$gate"

finish() { # status verdict
  printf '%s\n' "$1" > "$gate/status"
  printf '%s\n' "$2" > "$gate/verdict.md"
  cat "$gate/verdict.md"
  exit "$1"
}

candidate=$(find "$results" -path '*/results/*/latest.json' 2>/dev/null | sort | head -n 1)
[ -n "$candidate" ] || finish 2 "**Regression check: not conclusive** — the comparison suite wrote no latest.json."
baseline=""
[ -d "$previous" ] && baseline=$(find "$previous" -path '*/results/*/latest.json' | sort | head -n 1)
if [ -z "$baseline" ]; then
  : > "$gate/check.txt"
  finish 0 "**Regression check: not run** — no earlier push run on main with results to compare with (the first run)."
fi

status=0
# Our kernels are gated on their speedup over NumPy; NumPy and EJML are peers: reported, never gated.
"$root/benchlens" check -q "$baseline" "$candidate" --max-regression "$max_regression" \
  --gate-only scalar,simd,blas,auto > "$gate/check.txt" 2>&1 \
  || status=$?
cat "$gate/check.txt"
failures=$(grep -c '^FAIL ' "$gate/check.txt" || true)
case $status in
  0) finish 0 "**Regression check: passed** — no significant regression of more than $max_regression against main (speedup over NumPy where both runs have it)." ;;
  1) finish 1 "**Regression check: failed** — $failures significant regression(s) of more than $max_regression against main (listed below)." ;;
  *) finish 2 "**Regression check: not conclusive** (exit $status) — $(tail -n 1 "$gate/check.txt")" ;;
esac
