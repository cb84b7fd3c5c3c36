#!/usr/bin/env bash
# Writes the Markdown summary of one benchmark artifact: the gate's verdict first, then the Docker run against
# the expected bands (when the repository holds Docker results), the comparison run, the effect of SIMD (forced
# and auto against disabled) and the change against the previous run on main when its artifact is given.
#   usage: .ci/workflow/summarize.sh RESULTS_DIR [PREVIOUS_RESULTS_DIR] [GATE_DIR] > summary.md
# BENCHLENS_DOCKER_RESULTS overrides where the Docker runs are looked for (default benchmarks/docker_results).
# GATE_DIR is what check-regressions.sh wrote. Every table comes from ./benchlens, so the step summary, the PR
# comment and the explorer agree.
set -euo pipefail

results=${1:?usage: summarize.sh RESULTS_DIR [PREVIOUS_RESULTS_DIR] [GATE_DIR]}
previous=${2:-}
gate=${3:-}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
benchlens="$root/benchlens"
# shellcheck source=.ci/workflow/lib.sh
. "$root/.ci/workflow/lib.sh"
# The summary keeps the full tables (the full suite's are about 70 KB in all; the PR comment is the short text),
# but a step summary may hold 1 MiB at most: up to six tables of at most 150,000 characters and 100 failures.
full=(--markdown-limit 150000)
# The upstream keeps its Docker runs in the repository, under benchmarks/docker_results/<YYYYMMDD-HHMMSS>/.
docker_results=${BENCHLENS_DOCKER_RESULTS:-$root/benchmarks/docker_results}

comparison=$(newest "$results/results/*/latest.json")
force=$(newest "$results/linux_investigation/baseline_force_*.json")
auto=$(newest "$results/linux_investigation/baseline_auto_*.json")
disable=$(newest "$results/linux_investigation/baseline_disable_*.json")

if [ -n "$gate" ]; then
  [ -f "$gate/verdict.md" ] || { echo "summarize.sh: no verdict in $gate (run check-regressions.sh first)" >&2; exit 1; }
  verdict_with_failures "$gate" 100 "the check step's log"
  echo
fi
echo "# Linux ARM64 benchmarks"
echo

# The seed's table: speedup over NumPy per SIMD mode, in Docker and natively, against the expected bands.
docker_run=$(newest_dir "$docker_results/*/")
if [ -n "$docker_run" ]; then
  section=false
  for mode in force auto disable; do
    docker_file=$(newest "$docker_run/linux_investigation/baseline_${mode}_*.json")
    native_file=$(newest "$results/linux_investigation/baseline_${mode}_*.json")
    if [ -z "$docker_file" ] || [ -z "$native_file" ]; then continue; fi
    if ! $section; then
      echo "## Docker against native, per SIMD mode, against the expected bands"
      echo
      echo "Docker: \`${docker_run#"$root"/}\`."
      echo
      section=true
    fi
    echo "### BENCHLENS_SIMD=$mode"
    echo
    "$benchlens" compare -q --format markdown "${full[@]}" --expect simd=25..80,auto=15..60 \
      "$docker_file" "$native_file" | nested | nested
    echo
  done
fi

if [ -n "$comparison" ]; then
  echo "## mean_axis0 comparison run"
  echo
  "$benchlens" report -q --format markdown "${full[@]}" "$results/results" | nested
  echo
fi

if [ -n "$disable" ] && [ -n "$force" ] && [ -n "$auto" ]; then
  echo "## SIMD forced and auto dispatch against SIMD disabled"
  echo
  echo "Each mode's own implementation (simd, auto, scalar) is named \`candidate\` here, so the ratio is how many"
  echo "times more speedup over the reference forced SIMD and auto dispatch give than SIMD disabled."
  echo
  "$benchlens" compare -q --format markdown "${full[@]}" --aliases "$root/.ci/workflow/simd-mode-aliases.properties" \
    "$disable" "$force" "$auto" | nested
  echo
fi

previous_comparison=""
[ -n "$previous" ] && [ -d "$previous" ] && previous_comparison=$(newest "$previous/results/*/latest.json")
if [ -n "$previous_comparison" ] && [ -n "$comparison" ]; then
  echo "## Against the newest run on main"
  echo
  "$benchlens" compare -q --format markdown "${full[@]}" "$previous_comparison" "$comparison" | nested
  echo
elif [ -z "$gate" ] || [ ! -f "$gate/table.md" ]; then
  echo "_No earlier run on main to compare with._"
fi
