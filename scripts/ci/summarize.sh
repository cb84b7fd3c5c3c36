#!/usr/bin/env bash
# Writes the Markdown summary of one benchmark artifact: the comparison run, the effect of SIMD (forced and auto
# against disabled), and the change against the previous run on main when its artifact is given.
#   usage: scripts/ci/summarize.sh RESULTS_DIR [PREVIOUS_RESULTS_DIR] > summary.md
# Every table comes from ./benchlens, so the step summary, the PR comment and the explorer agree.
set -euo pipefail

results=${1:?usage: summarize.sh RESULTS_DIR [PREVIOUS_RESULTS_DIR]}
previous=${2:-}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
benchlens="$root/benchlens"

newest() { # newest file matching a glob pattern, or nothing
  local pattern=$1 newest_file=""
  for f in $pattern; do
    [ -f "$f" ] || continue
    case "$f" in *.metadata.json|*.jmh.json) continue ;; esac
    if [ -z "$newest_file" ] || [ "$f" -nt "$newest_file" ]; then newest_file=$f; fi
  done
  printf '%s' "$newest_file"
}

comparison=$(newest "$results/results/*/latest.json")
force=$(newest "$results/linux_investigation/baseline_force_*.json")
auto=$(newest "$results/linux_investigation/baseline_auto_*.json")
disable=$(newest "$results/linux_investigation/baseline_disable_*.json")

echo "# Linux ARM64 benchmarks"
echo
if [ -n "$comparison" ]; then
  echo "## mean_axis0 comparison run"
  echo
  "$benchlens" report -q --format markdown "$comparison"
  echo
fi

if [ -n "$disable" ] && [ -n "$force" ] && [ -n "$auto" ]; then
  echo "## SIMD forced and auto dispatch against SIMD disabled"
  echo
  echo "Each mode's own implementation (simd, auto, scalar) is named \`candidate\` here, so the ratio is how many"
  echo "times more speedup over the reference forced SIMD and auto dispatch give than SIMD disabled."
  echo
  "$benchlens" compare -q --format markdown --aliases "$root/scripts/ci/simd-mode-aliases.properties" \
    "$disable" "$force" "$auto"
  echo
fi

if [ -n "$previous" ] && [ -d "$previous" ]; then
  previous_comparison=$(newest "$previous/results/*/latest.json")
  if [ -n "$previous_comparison" ] && [ -n "$comparison" ]; then
    echo "## Against the newest successful run on main"
    echo
    "$benchlens" compare -q --format markdown "$previous_comparison" "$comparison"
    echo
  fi
else
  echo "_No earlier run on main to compare with._"
fi
