#!/usr/bin/env bash
# The pull request's path with a real `benchlens ab` on a tiny suite, in a temporary clone of this checkout's HEAD
# with a branch "slow-sum" whose scalar float32 sum does its loop twice. Shows that:
#  - ab-gate.sh of HEAD against slow-sum exits 1 with FAIL lines for that sum only, and records its verdict;
#  - the summary and the PR comment open with the verdict, then ab's table;
#  - ab's folder reads as two runs named by their commits (report, compare);
#  - ab of HEAD against itself passes (exit 0) and names both sides.
#   usage: .ci/workflow/test/ab-pr.sh        (builds both revisions: about 2-3 minutes on a quiet 2-core machine)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ci=$(cd "$here/.." && pwd)
root=$(cd "$ci/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -z "${KEEP:-}" ] || trap 'echo "kept $work"' EXIT
failures=0
pass() { echo "ok   $*"; }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
check() { local what=$1; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }

repo="$work/repo"
git clone -q --no-local "$root" "$repo"
git -C "$repo" checkout -q -b slow-sum
python3 - "$repo/bench/src/main/java/dev/benchlens/bench/kernels/ScalarKernels.java" <<'PY'
import sys
path = sys.argv[1]
text = open(path).read()
once = """    public double sum(float[] a) {
        return sum(a, 0, a.length);"""
assert once in text, "ScalarKernels.sum(float[]) not found"
open(path, "w").write(text.replace(once, """    public double sum(float[] a) {
        return (sum(a, 0, a.length) + sum(a, 0, a.length)) / 2;"""))
PY
git -C "$repo" -c user.email=ci@benchlens.invalid -c user.name=ci commit -q -am "scalar float32 sum: its loop twice"
git -C "$repo" checkout -q -
# Builds go to a cache of this test's own, and the builds of HEAD are shared by both ab calls below.
export XDG_CACHE_HOME="$work/cache"
tiny=(--suite quick --ops "sum,scale" --dtypes float32 --shapes 512x512 --impls scalar --warmup 1 --iterations 2 --time 50ms)
export BENCHLENS_AB_ARGS="${tiny[*]}"

status=0
(cd "$repo" && "$ci/ab-gate.sh" HEAD slow-sum "$work/results" 10% "$work/gate") > "$work/gate.out" 2>&1 || status=$?
check "ab-gate.sh fails on the doubled sum (exit 1)" test "$status" -eq 1
check "it records its exit code" test "$(cat "$work/gate/status" 2>/dev/null)" = 1
check "a FAIL line names the scalar float32 sum" grep -q '^FAIL 512x512 float32 sum \[scalar\]' "$work/gate/check.txt"
check "no FAIL line names anything else" test -z "$(grep '^FAIL ' "$work/gate/check.txt" | grep -v '^FAIL 512x512 float32 sum \[scalar\]')"
check "the output names both sides by commit" grep -q 'head · slow-sum@.* against base · HEAD@' "$work/gate/check.txt"
"$ci/summarize.sh" "$work/results" "" "$work/gate" > "$work/summary.md"
"$ci/pr-comment.sh" "$work/results" "$work/none" "$work/gate" > "$work/body.md"
for file in summary body; do
  check "the $file opens with the verdict" grep -q '^\*\*Regression check: failed' <(head -n 1 "$work/$file.md")
  check "the $file's table follows, the failing row first" \
    grep -q '^| 512x512 float32 sum \[scalar\] | +' <(sed -n 5p "$work/$file.md")
done
folder=$(find "$work/results/ab" -mindepth 1 -maxdepth 1 -type d | head -n 1)
check "report reads ab's folder as two runs named by their commits" \
  grep -q 'head · slow-sum@' <("$root/benchlens" report -q "$folder" 2>&1)
check "compare takes the sides by name" "$root/benchlens" compare -q "$folder#base" "$folder#head" > /dev/null
check "the record keeps the seed, the order and every fork" \
  python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); assert r["seed"] is not None and r["rounds"][0]["order"] and len(r["forks"]) >= 24' \
  "$folder/interleaving.ab.json"

status=0
(cd "$repo" && "$root/benchlens" ab HEAD HEAD "${tiny[@]}" --out "$work/aa") > "$work/aa.out" 2> "$work/aa.err" || status=$?
check "ab HEAD HEAD passes (exit 0)" test "$status" -eq 0
check "and names both sides" grep -q '^ab: head · .*@.* against base · .*@' "$work/aa.out"

if [ "$failures" -ne 0 ]; then
  cat "$work/gate.out" "$work/aa.out"
  tail -n 20 "$work/aa.err"
  echo ".ci/workflow/test/ab-pr.sh: $failures check(s) failed" >&2
  exit 1
fi
echo ".ci/workflow/test/ab-pr.sh: all checks passed"
