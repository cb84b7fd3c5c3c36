#!/usr/bin/env bash
# Runs the suites the seed's workflow runs: the baseline suite and the mean_axis0 comparison suite, each three times
# (SIMD forced, auto, disabled), in the artifact layout that CI uploads: the comparison's auto run is latest.json
# (what the gate checks), the others latest_force.json and latest_disable.json beside it.
#   usage: .ci/workflow/run-suites.sh OUT_DIR SOURCE_LABEL [RESULTS_NAME]
# RESULTS_NAME names the folder of the comparison run under results/ (default github-actions-arm64).
# BENCHLENS_SUITE_SCALE=quick runs the same suites, with the same file names, on one small shape, float32,
# mean_axis0, the three modes' own implementations and NumPy, with short
# iterations: what .ci/run uses to exercise this script in minutes rather than the workflow's hour.
set -euo pipefail

out=${1:?usage: run-suites.sh OUT_DIR SOURCE_LABEL}
source_label=${2:?usage: run-suites.sh OUT_DIR SOURCE_LABEL}
results_name=${3:-github-actions-arm64}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

scale_args=()
if [ "${BENCHLENS_SUITE_SCALE:-full}" = quick ]; then
  scale_args=(--shapes 64x64 --dtypes float32 --ops mean_axis0 --layouts contiguous --impls "scalar,simd,auto,numpy"
              --warmup 1 --iterations 3 --forks 1 --time 50ms)
fi

for mode in force auto disable; do
  echo "::group::baseline suite, BENCHLENS_SIMD=$mode"
  BENCHLENS_SIMD=$mode "$root/benchlens" run --suite baseline "${scale_args[@]}" \
    --source "$source_label" --out "$out/linux_investigation"
  echo "::endgroup::"
done

for mode in force auto disable; do
  echo "::group::mean_axis0 comparison suite, BENCHLENS_SIMD=$mode"
  BENCHLENS_SIMD=$mode "$root/benchlens" run --suite axis0 "${scale_args[@]}" --source "$source_label" \
    --out "$out/results/$results_name"
  echo "::endgroup::"
done
