#!/usr/bin/env bash
# Issue 29's contention matrix: auto (every allowed core) against the best one-thread kernel of its case (simd or
# scalar), in JMH, on the machine as it is ("quiet"), then with one and with two busy processes beside it, RUNS
# times each. Prints every case's auto / best ratio, each condition's worst, auto's CV over the quiet runs, and the
# worst ratio of all. Not part of .ci/run: the full matrix (30 runs of 72 benchmarks) takes hours; narrow it below.
#
#   .ci/auto-contention.sh [OUT_DIR]     RUNS=10 SHAPES=512x512,... DTYPES=float32,... OPS=sum,... IMPLS=auto,simd,scalar
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-10}
shapes=${SHAPES:-512x512,1024x1024,2048x2048}
dtypes=${DTYPES:-float32,float64}
ops=${OPS:-sum,mean_axis0,broadcast_add,scale}
impls=${IMPLS:-auto,simd,scalar}
out=${1:-benchmarks/contention-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$out"

./benchlens table --help > /dev/null # builds the project when its sources changed
jdk=$(.ci/find-jdk.sh)
cp="bench/target/classes:$(cat bench/target/classpath.txt)"
fork_flags="--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Xms1g -Xmx1g -XX:+AlwaysPreTouch"

busy_pids=()
stop_busy() {
  for pid in "${busy_pids[@]}"; do kill "$pid" 2> /dev/null || true; done
  busy_pids=()
}
trap stop_busy EXIT

start_busy() { # n busy processes: each a shell spinning on one core
  for _ in $(seq 1 "$1"); do
    bash -c 'while :; do :; done' &
    busy_pids+=("$!")
  done
}

for run in $(seq 1 "$runs"); do
  for busy in 0 1 2; do
    start_busy "$busy"
    name="busy${busy}-run${run}"
    printf '%s  %s  loadavg %s\n' "$(date -u +%H:%M:%S)" "$name" "$(cut -d' ' -f1-4 /proc/loadavg)" | tee -a "$out/conditions.txt"
    # shellcheck disable=SC2086 # the flags are words
    "$jdk/bin/java" --add-modules jdk.incubator.vector -Djmh.ignoreLock=true -cp "$cp" org.openjdk.jmh.Main KernelBenchmark \
      -p shape="$shapes" -p dtype="$dtypes" -p layout=contiguous -p op="$ops" -p impl="$impls" \
      -f 1 -wi 3 -w 100ms -i 5 -r 100ms -jvmArgs "$fork_flags" -rf json -rff "$out/$name.json" > "$out/$name.log"
    stop_busy
  done
done
python3 .ci/auto-contention.py "$out"
