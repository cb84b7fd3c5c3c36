#!/usr/bin/env bash
# Reproduces the figures of docs/gate.md: how often the gate fails a commit measured against itself (A/A), how often
# it catches one kernel made 10% and 20% slower in code, with `benchlens ab` (both sides' forks interleaved on this
# machine) and with two separate runs compared by `benchlens check`, and the wall time of each.
#   usage: scripts/measure-gate.sh OUT_DIR [AA_RUNS] [DETECTION_RUNS]
# It clones this checkout's HEAD into OUT_DIR/repo, adds two branches whose scalar float32 column means (the axis0
# suite's mean_axis0) run their loop again over the first 10% and 20% of the rows (into an array of their own), builds the clone once for the tools
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
  python3 - "$log" <<'PY'
import collections, sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1]) if line.strip()]
header, rows = rows[0], rows[1:]
col = {name: i for i, name in enumerate(header)}
by = collections.defaultdict(list)
for r in rows:
    by[(r[col["method"]], r[col["experiment"]])].append(r)
for (method, experiment), runs in sorted(by.items()):
    failed = [r for r in runs if r[col["exit"]] == "1"]
    other = [r for r in runs if r[col["exit"]] not in ("0", "1")]
    slowed_caught = [r for r in failed if "512x512 float32 mean_axis0 [scalar]" in r[col["fail_rows"]]]
    others_failed = [r for r in runs if any(row and "512x512 float32 mean_axis0 [scalar]" not in row
                                            for row in r[col["fail_rows"]].split("|"))]
    walls = sorted(float(r[col["seconds"]]) for r in runs)
    print(f"{method:6} {experiment:5} runs={len(runs):3} failed={len(failed):3} "
          f"caught_slowed_row={len(slowed_caught):3} runs_with_other_rows_failing={len(others_failed):3} "
          f"bad_exit={len(other)} wall_median={walls[len(walls)//2]:.0f}s load_at_start="
          f"{min(float(r[col['load']]) for r in runs):.1f}-{max(float(r[col['load']]) for r in runs):.1f}")
    rows_failed = collections.Counter(row for r in runs for row in r[col["fail_rows"]].split("|") if row)
    for row, n in sorted(rows_failed.items()):
        print(f"         {n:3} x {row}")
PY
}

if [ "${2:-}" = --summary ]; then summary; exit 0; fi
aa_runs=${2:-20}
detection_runs=${3:-10}

# The smallest honest axis0 configuration for a shared 2-core machine: the suite's mean_axis0 at 512x512, float32
# (the row made slower) and float64 (a row that must not fail), the scalar kernels only, 6 forks a side,
# 2 x 100 ms warmup and 3 x 100 ms measured. BENCHLENS_GATE_SUITE replaces it (e.g. "--suite axis0").
read -r -a suite <<< "${BENCHLENS_GATE_SUITE:---suite axis0 --impls scalar --shapes 512x512 --dtypes float32,float64 --forks 6 --warmup 2 --iterations 3 --time 100ms}"
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
start = text.index("    public void colMeans(float[] a, int rows, int cols, float[] out) {")
anchor = """        for (int c = 0; c < cols; c++) {
            out[c] /= rows;
"""
at = text.find(anchor, start)
assert at > 0, "ScalarKernels.colMeans(float[]) not found"
# The kernel's own loop again over the first rows, into an array of its own, after the kernel's loop: the kernel's
# loop stays as it was and about that share of its work is added. Adding zero keeps the pass from being dropped.
extra = f"""        // measure-gate: the first {percent}% of the rows again, to make the kernel about {percent}% slower.
        float[] again = new float[cols];
        for (int r = 0; r < rows * {percent} / 100; r++) {{
            int base = r * cols;
            for (int c = 0; c < cols; c++) {{
                again[c] += a[base + c];
            }}
        }}
        out[0] += again[0] * 0f;
"""
open(path, "w").write(text[:at] + extra + text[at:])
PY
    git -C "$repo" commit -q -am "scalar float32 mean_axis0 $percent% slower (measure-gate)"
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
run_suite() { # REVISION OUT: one separate run of REVISION's own code, built by ab's cache
  local commit classpath
  commit=$(git -C "$repo" rev-parse "$1")
  classpath=$(cat "$out/cache/$commit/target/.benchlens-ab-classpath")
  "$java" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -cp "$classpath" \
    dev.benchlens.bench.suite.RunCommand "${suite[@]}" --no-bandwidth --out "$2" > /dev/null
}

[ -f "$log" ] || printf 'method\texperiment\trun\texit\tseconds\tload\tfail_rows\tartifact\n' > "$log"
record() { # method experiment run exit seconds load output_file artifact
  local rows
  rows=$(grep '^FAIL ' "$7" | sed -E 's/^FAIL ([^:]*\]).*/\1/' | sort -u | paste -sd '|' - || true)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" "$6" "$rows" "$8" >> "$log"
}
load() { cut -d' ' -f1 /proc/loadavg; }

ab_once() { # experiment run head
  local start status=0 load_now output="$out/ab-$1-$2.txt"
  load_now=$(load); start=$(date +%s)
  ab "$base" "$3" "${suite[@]}" --out "$out/ab" --seed "$((1000 + $2))" > "$output" 2> "$output.err" || status=$?
  record ab "$1" "$2" "$status" "$(( $(date +%s) - start ))" "$load_now" "$output" "$(tail -n 1 "$output")"
}

separate_pair() { # experiment run BASE_DIR HEAD_REVISION: a run of HEAD_REVISION, checked against the run in BASE_DIR
  local start status=0 load_now dir="$out/separate/$1-$2" output="$out/separate-$1-$2.txt"
  load_now=$(load); start=$(date +%s)
  run_suite "$4" "$dir" || status=3
  [ "$status" -ne 0 ] || check "$3/latest.json" "$dir/latest.json" --max-regression 10% > "$output" 2>&1 || status=$?
  touch "$output"
  record separate "$1" "$2" "$status" "$(( $(date +%s) - start ))" "$load_now" "$output" "$dir"
}

echo "measure-gate: base $base, $aa_runs A/A and $detection_runs detection runs each; started $(date -u), load $(cat /proc/loadavg)"
# Builds the three revisions into ab's cache with one tiny ab each (a fork a side, 10 ms).
tiny=(--suite axis0 --impls scalar --shapes 64x64 --dtypes float32 --forks 1 --warmup 0 --iterations 1 --time 10ms
      --confirm 0 --out "$out/warmup")
for revision in slow10 slow20; do ab "$base" "$revision" "${tiny[@]}" > /dev/null 2>&1 || true; done

# Each round alternates the methods and experiments, so that the machine's load over the hours falls on all alike.
# Separate runs: one run of base per round is the baseline of that round's detection pairs and of the A/A pair,
# whose other side is a second run of base at the round's end (as CI compares a run with an earlier one).
for ((i = 1; i <= aa_runs; i++)); do
  if awk -F'\t' -v i="$i" '$3 == i && $2 == "aa" && $1 == "separate"' "$log" | grep -q .; then continue; fi # resumed
  first="$out/separate/base-$i"
  run_suite "$base" "$first" || true
  ab_once aa "$i" "$base"
  if [ "$i" -le "$detection_runs" ]; then
    for percent in 20 10; do
      ab_once "d$percent" "$i" "slow$percent"
      separate_pair "d$percent" "$i" "$first" "slow$percent"
    done
  fi
  separate_pair aa "$i" "$first" "$base"
  echo "measure-gate: round $i done $(date -u +%H:%M:%S), load $(cat /proc/loadavg)"
done
echo "measure-gate: finished $(date -u), load $(cat /proc/loadavg)"
summary
