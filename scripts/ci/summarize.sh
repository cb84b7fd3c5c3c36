#!/usr/bin/env bash
# Writes the Markdown summary of one benchmark artifact: the gate's verdict first, then the Docker run against
# the expected bands (when the repository holds Docker results), the comparison run, the effect of SIMD (forced
# and auto against disabled) and the change against the previous run on main when its artifact is given.
#   usage: scripts/ci/summarize.sh RESULTS_DIR [PREVIOUS_RESULTS_DIR] [GATE_DIR] > summary.md
# GATE_DIR is what check-regressions.sh wrote. Every table comes from ./benchlens, so the step summary, the PR
# comment and the explorer agree.
set -euo pipefail

results=${1:?usage: summarize.sh RESULTS_DIR [PREVIOUS_RESULTS_DIR] [GATE_DIR]}
previous=${2:-}
gate=${3:-}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
benchlens="$root/benchlens"
# shellcheck source=scripts/ci/lib.sh
. "$root/scripts/ci/lib.sh"

comparison=$(newest "$results/results/*/latest.json")
force=$(newest "$results/linux_investigation/baseline_force_*.json")
auto=$(newest "$results/linux_investigation/baseline_auto_*.json")
disable=$(newest "$results/linux_investigation/baseline_disable_*.json")

if [ -n "$gate" ]; then
  [ -f "$gate/verdict.md" ] || { echo "summarize.sh: no verdict in $gate (run check-regressions.sh first)" >&2; exit 1; }
  cat "$gate/verdict.md"
  if grep -q '^FAIL ' "$gate/check.txt" 2>/dev/null; then
    echo
    grep '^FAIL ' "$gate/check.txt" | sed 's/^FAIL /- /'
  fi
  echo
fi
echo "# Linux ARM64 benchmarks"
echo

# The seed's table: the upstream keeps its Docker runs in benchmarks/docker_results/<YYYYMMDD-HHMMSS>/.
docker_run=$(newest_dir "$root/benchmarks/docker_results/*/")
if [ -n "$docker_run" ] && [ -n "$force" ]; then
  echo "## Docker against native, per SIMD mode, against the expected bands"
  echo
  "$benchlens" compare -q --format markdown --expect simd=25..80,auto=15..60 "$docker_run" "$force" "$auto" "$disable" \
    | nested
  echo
fi

if [ -n "$comparison" ]; then
  echo "## mean_axis0 comparison run"
  echo
  "$benchlens" report -q --format markdown "$results/results" | nested
  echo
fi

if [ -n "$disable" ] && [ -n "$force" ] && [ -n "$auto" ]; then
  echo "## SIMD forced and auto dispatch against SIMD disabled"
  echo
  echo "Each mode's own implementation (simd, auto, scalar) is named \`candidate\` here, so the ratio is how many"
  echo "times more speedup over the reference forced SIMD and auto dispatch give than SIMD disabled."
  echo
  "$benchlens" compare -q --format markdown --aliases "$root/scripts/ci/simd-mode-aliases.properties" \
    "$disable" "$force" "$auto" | nested
  echo
fi

previous_comparison=""
[ -n "$previous" ] && [ -d "$previous" ] && previous_comparison=$(newest "$previous/results/*/latest.json")
if [ -n "$previous_comparison" ] && [ -n "$comparison" ]; then
  echo "## Against the newest run on main"
  echo
  "$benchlens" compare -q --format markdown "$previous_comparison" "$comparison" | nested
  echo
else
  echo "_No earlier run on main to compare with._"
fi
