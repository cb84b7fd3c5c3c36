#!/usr/bin/env bash
# Reproduces the figures of docs/gate.md: how often the gate fails a commit measured against itself (A/A), how often
# it catches one kernel made 10% and 20% slower in code, with `benchlens ab` (both sides' forks interleaved on this
# machine) and with two separate runs compared by `benchlens check`, and the wall time of each.
#   usage: scripts/measure-gate.sh OUT_DIR [AA_RUNS] [DETECTION_RUNS]
# It clones this checkout's HEAD into OUT_DIR/repo, adds two branches whose scalar float32 sum makes a second pass
# over the first 10% and 20% of the array, builds the clone once for the tools
# (so that editing this checkout meanwhile changes nothing), then alternates the experiments so that the machine's
# load falls on all of them alike. Every run's output and exit code lands in OUT_DIR/log.tsv; the totals print at
# the end and can be printed again with `scripts/measure-gate.sh OUT_DIR --summary`.
set -euo pipefail

usage="usage: measure-gate.sh OUT_DIR [AA_RUNS] [DETECTION_RUNS]"
out=$(mkdir -p "${1:?$usage}" && cd "$1" && pwd)
# MEASURE_GATE_SOURCE: the checkout to clone (default: the one holding this script).
root=${MEASURE_GATE_SOURCE:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
log="$out/log.tsv"

summary() {
  python3 - "$log" "512x512 float32 sum [scalar]" <<'PY'
import collections, re, sys
slowed = sys.argv[2]
def key(fail_row):
    found = re.search(r"\d+x\d+ \S+ \S+ \[[^\]]+\]", fail_row)
    return found.group(0) if found else fail_row
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1]) if line.strip()]
header, rows = rows[0], rows[1:]
col = {name: i for i, name in enumerate(header)}
by = collections.defaultdict(list)
for r in rows:
    by[(r[col["method"]], r[col["experiment"]])].append(r)
for (method, experiment), runs in sorted(by.items()):
    failed = [r for r in runs if r[col["exit"]] == "1"]
    other = [r for r in runs if r[col["exit"]] not in ("0", "1")]
    slowed_caught = [r for r in failed if slowed in r[col["fail_rows"]]]
    others_failed = [r for r in runs if any(row and slowed not in row
                                            for row in r[col["fail_rows"]].split("|"))]
    walls = sorted(float(r[col["seconds"]]) for r in runs)
    print(f"{method:6} {experiment:5} runs={len(runs):3} failed={len(failed):3} "
          f"caught_slowed_row={len(slowed_caught):3} runs_with_other_rows_failing={len(others_failed):3} "
          f"bad_exit={len(other)} wall_median={walls[len(walls)//2]:.0f}s load_at_start="
          f"{min(float(r[col['load']]) for r in runs):.1f}-{max(float(r[col['load']]) for r in runs):.1f}")
    # ab's FAIL lines start with the row; check's with its verdict ("FAIL regression: <row> in <run>: ...").
    rows_failed = collections.Counter(key(row) for r in runs for row in r[col["fail_rows"]].split("|") if row)
    for row, n in sorted(rows_failed.items()):
        print(f"         {n:3} x {row}")
PY
}

if [ "${2:-}" = --summary ]; then summary; exit 0; fi
aa_runs=${2:-20}
detection_runs=${3:-10}

# A/A runs the axis0 suite in its smallest honest configuration for a shared 2-core machine: mean_axis0 at
# 512x512, float32 and float64, the scalar kernels, 6 forks a side, 2 x 100 ms warmup and 3 x 100 ms measured.
# Detection runs the same settings on the scalar sum, whose float32 row the branches slow down and whose float64
# row must not fail. (mean_axis0's scalar loop is a poor subject for a known slowdown: the JIT vectorises it in
# some forks and not in others, 80 to 200 us for the same code, so code added to it moves its time either way.)
# BENCHLENS_GATE_SUITE and BENCHLENS_GATE_DETECTION_SUITE replace them.
settings="--impls scalar --shapes 512x512 --dtypes float32,float64 --forks 6 --warmup 2 --iterations 3 --time 100ms"
read -r -a aa_suite <<< "${BENCHLENS_GATE_SUITE:---suite axis0 $settings}"
read -r -a detection_suite <<< "${BENCHLENS_GATE_DETECTION_SUITE:---suite quick --ops sum $settings}"
export JAVA_HOME=${JAVA_HOME:-$("$root/.ci/find-jdk.sh")}
repo_m2=${BENCHLENS_MAVEN_REPO:-$HOME/.m2/repository}

repo="$out/repo"
if [ ! -d "$repo" ]; then
  git clone -q --no-local "$root" "$repo"
  git -C "$repo" config user.email gate@benchlens.invalid
  git -C "$repo" config user.name "measure-gate"
  for percent in 10 20; do
    git -C "$repo" checkout -q -b "slow$percent" master 2> /dev/null || git -C "$repo" checkout -q -b "slow$percent" main \
      || git -C "$repo" checkout -q -b "slow$percent" HEAD
    python3 - "$repo/bench/src/main/java/dev/benchlens/bench/kernels/ScalarKernels.java" "$percent" <<'PY'
import sys
path, percent = sys.argv[1], int(sys.argv[2])
text = open(path).read()
once = """    public double sum(float[] a) {
        return sum(a, 0, a.length);"""
assert once in text, "ScalarKernels.sum(float[]) not found"
# The scalar sum is one chain of dependent additions, which the JIT can neither vectorise nor drop when its result
# is used (times zero still has to be computed: it is NaN for NaN): the second pass adds that share of the work.
open(path, "w").write(text.replace(once, f"""    public double sum(float[] a) {{
        // measure-gate: a second pass over the first {percent}% of the array, to make the kernel {percent}% slower.
        return sum(a, 0, a.length) + sum(a, 0, a.length * {percent} / 100) * 0.0;"""))
PY
    git -C "$repo" commit -q -am "scalar float32 sum $percent% slower (measure-gate)"
    git -C "$repo" checkout -q -
  done
fi
base=$(git -C "$repo" rev-parse HEAD)

# The tools (ab, run, check) from the clone's own build, so that this checkout can change while this runs. It is
# built where ab caches base's build, and stamped as ab stamps it, so ab reuses it rather than building base again.
tools="$out/cache/$base"
if [ ! -f "$tools/target/.benchlens-ab-classpath" ]; then
  mkdir -p "$out/cache" && git -C "$repo" worktree add -q --detach "$tools" "$base"
  (cd "$tools" && ./mvnw -B -q -Dmaven.repo.local="$repo_m2" -DskipTests -Dspotless.check.skip=true -pl bench -am package)
  mkdir -p "$tools/target"
  printf '%s:%s' "$tools/bench/target/classes" "$(cat "$tools/bench/target/classpath.txt")" \
    > "$tools/target/.benchlens-ab-classpath"
fi
printf '%s:%s' "$tools/core/target/classes" "$(cat "$tools/core/target/classpath.txt")" > "$out/core.cp"
java="$JAVA_HOME/bin/java"
ab() { BENCHLENS_MAVEN_REPO="$repo_m2" "$java" --add-modules jdk.incubator.vector -cp "$(cat "$tools/target/.benchlens-ab-classpath")" \
  dev.benchlens.bench.ab.AbCommand --repository "$repo" --cache "$out/cache" "$@"; }
check() { "$java" -cp "$(cat "$out/core.cp")" dev.benchlens.cli.BenchlensCli check "$@"; }
run_suite() { # REVISION OUT SUITE_OPTIONS...: one separate run of REVISION's own code, built by ab's cache
  local commit classpath
  commit=$(git -C "$repo" rev-parse "$1")
  classpath=$(cat "$out/cache/$commit/target/.benchlens-ab-classpath")
  "$java" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -cp "$classpath" \
    dev.benchlens.bench.suite.RunCommand "${@:3}" --no-bandwidth --out "$2" > /dev/null
}

[ -f "$log" ] || printf 'method\texperiment\trun\texit\tseconds\tload\tfail_rows\tartifact\n' > "$log"
record() { # method experiment run exit seconds load output_file artifact
  local rows
  rows=$(grep '^FAIL ' "$7" | sed -E 's/^FAIL ([^:]*\]).*/\1/' | sort -u | paste -sd '|' - || true)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" "$6" "$rows" "$8" >> "$log"
}
load() { cut -d' ' -f1 /proc/loadavg; }

ab_once() { # experiment run head SUITE_OPTIONS...
  local start status=0 load_now output="$out/ab-$1-$2.txt"
  load_now=$(load); start=$(date +%s)
  ab "$base" "$3" "${@:4}" --out "$out/ab" --seed "$((1000 + $2))" > "$output" 2> "$output.err" || status=$?
  record ab "$1" "$2" "$status" "$(( $(date +%s) - start ))" "$load_now" "$output" "$(tail -n 1 "$output")"
}

artifact_in() { # DIR: the run's results file in DIR (latest.json for axis0, quick_auto_<time>.json for quick)
  find "$1" -maxdepth 1 -name '*.json' ! -name '*.metadata.json' ! -name '*.jmh.json' | head -n 1
}

separate_pair() { # experiment run BASE_DIR HEAD_REVISION SUITE_OPTIONS...: a run of HEAD_REVISION, checked against
  # the run in BASE_DIR
  local start status=0 load_now dir="$out/separate/$1-$2" output="$out/separate-$1-$2.txt"
  load_now=$(load); start=$(date +%s)
  run_suite "$4" "$dir" "${@:5}" || status=3
  [ "$status" -ne 0 ] || check "$(artifact_in "$3")" "$(artifact_in "$dir")" --max-regression 10% > "$output" 2>&1 \
    || status=$?
  touch "$output"
  record separate "$1" "$2" "$status" "$(( $(date +%s) - start ))" "$load_now" "$output" "$dir"
}

echo "measure-gate: base $base, $aa_runs A/A and $detection_runs detection runs each; started $(date -u), load $(cat /proc/loadavg)"
# Builds the three revisions into ab's cache with one tiny ab each (a fork a side, 10 ms).
tiny=(--suite quick --ops sum --impls scalar --shapes 64x64 --dtypes float32 --forks 1 --warmup 0 --iterations 1 --time 10ms
      --confirm 0 --out "$out/warmup")
for revision in slow10 slow20; do ab "$base" "$revision" "${tiny[@]}" > /dev/null 2>&1 || true; done

# Each round alternates the methods and experiments, so that the machine's load over the hours falls on all alike.
# Separate runs: one run of base per round is the baseline of that round's detection pairs and of the A/A pair,
# whose other side is a second run of base at the round's end (as CI compares a run with an earlier one).
for ((i = 1; i <= aa_runs; i++)); do
  if awk -F'\t' -v i="$i" '$3 == i && $2 == "aa" && $1 == "separate"' "$log" | grep -q .; then continue; fi # resumed
  first="$out/separate/base-$i"
  run_suite "$base" "$first" "${aa_suite[@]}" || true
  ab_once aa "$i" "$base" "${aa_suite[@]}"
  if [ "$i" -le "$detection_runs" ]; then
    first_sum="$out/separate/base-sum-$i"
    run_suite "$base" "$first_sum" "${detection_suite[@]}" || true
    for percent in 20 10; do
      ab_once "d$percent" "$i" "slow$percent" "${detection_suite[@]}"
      separate_pair "d$percent" "$i" "$first_sum" "slow$percent" "${detection_suite[@]}"
    done
  fi
  separate_pair aa "$i" "$first" "$base" "${aa_suite[@]}"
  echo "measure-gate: round $i done $(date -u +%H:%M:%S), load $(cat /proc/loadavg)"
done
echo "measure-gate: finished $(date -u), load $(cat /proc/loadavg)"
summary
