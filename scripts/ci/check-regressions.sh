#!/usr/bin/env bash
# Fails (exit 1) when the new comparison run regressed significantly against the previous run on main.
#   usage: scripts/ci/check-regressions.sh PREVIOUS_RESULTS_DIR RESULTS_DIR [MAX_REGRESSION]
set -euo pipefail

previous=${1:?usage: check-regressions.sh PREVIOUS_RESULTS_DIR RESULTS_DIR [MAX_REGRESSION]}
results=${2:?usage: check-regressions.sh PREVIOUS_RESULTS_DIR RESULTS_DIR [MAX_REGRESSION]}
max_regression=${3:-10%}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

if [ ! -d "$previous" ]; then
  echo "No previous results at $previous: nothing to check against."
  exit 0
fi
baseline=$(find "$previous" -path '*/results/*/latest.json' | head -n 1)
candidate=$(find "$results" -path '*/results/*/latest.json' | head -n 1)
if [ -z "$baseline" ]; then
  echo "No previous latest.json under $previous: nothing to check against."
  exit 0
fi
if [ -z "$candidate" ]; then
  echo "No latest.json under $results: the comparison suite did not write one." >&2
  exit 2
fi
"$root/benchlens" check "$baseline" "$candidate" --max-regression "$max_regression"
