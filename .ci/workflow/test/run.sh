#!/usr/bin/env bash
# Drives .ci/workflow/* as the workflows do, with a fake `gh` on PATH (.ci/workflow/test/fake-gh) that records its
# arguments and answers like GitHub, on synthetic runs at the full suite's size. Shows that:
#  - the previous-run lookup asks for push events and keeps only this repository's runs on main with an artifact;
#  - the check runs first and its verdict is the first line of the summary and of the comment;
#  - with Docker runs in the repository, the summary's first section compares them with native per SIMD mode;
#  - the comment is under GitHub's 65,536 characters, holds the comparison with main and cuts no table row;
#  - a cancelled run, or one without a pr-comment artifact, posts nothing and does not fail;
#  - a comment that starts with the marker but was written by someone else is never edited.
#   usage: .ci/workflow/test/run.sh        (needs jq and python3; builds the launcher on first use)
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
quietly() { "$@" > /dev/null; }
lacks() { ! grep -q -- "$2" "$1"; }                   # FILE PATTERN
rows_whole() { ! grep '^|' "$1" | grep -qv '|$'; }  # every table row of FILE ends its row

mkdir -p "$work/bin" && cp "$here/fake-gh" "$work/bin/gh"
export PATH="$work/bin:$PATH" GITHUB_REPOSITORY=benchlens/benchlens GITHUB_RUN_ID=4242 GH_TOKEN=fake
reset_gh() { export FAKE_GH_DIR="$work/gh-$1"; mkdir -p "$FAKE_GH_DIR/answers" "$FAKE_GH_DIR/artifacts"; : > "$FAKE_GH_DIR/calls"; }
answer() { printf '%s\n' "$2" > "$FAKE_GH_DIR/answers/$(printf '%s' "$1" | tr '/?&=' '____').json"; }

# Two comparison runs at the full suite's size: main's, and this change's with every other operation 30% slower.
sample="$root/docs/measurements/kernels-20261126.json"
for side in main:1.0 change:1.3; do
  mkdir -p "$work/${side%%:*}/results/github-actions-arm64"
  python3 "$here/make-run.py" "$sample" "$work/${side%%:*}/results/github-actions-arm64/latest.json" "${side##*:}"
done

# 1. The previous run on main: a fork's PR from its branch "main" and a push run whose artifact expired are skipped.
reset_gh lookup
answer "repos/benchlens/benchlens/actions/workflows/linux-arm64-bench.yml/runs?branch=main&event=push&status=completed&per_page=30" '{"workflow_runs": [
  {"id": 9, "event": "pull_request", "head_branch": "main", "head_repository": {"full_name": "mallory/benchlens"}},
  {"id": 8, "event": "push", "head_branch": "main", "head_repository": {"full_name": "benchlens/benchlens"}},
  {"id": 7, "event": "push", "head_branch": "main", "head_repository": {"full_name": "benchlens/benchlens"}}]}'
answer "repos/benchlens/benchlens/actions/runs/8/artifacts?name=linux-arm64-benchmark-results" '{"artifacts": [{"expired": true}]}'
answer "repos/benchlens/benchlens/actions/runs/7/artifacts?name=linux-arm64-benchmark-results" '{"artifacts": [{"expired": false}]}'
mkdir -p "$FAKE_GH_DIR/artifacts/7" && cp -R "$work/main" "$FAKE_GH_DIR/artifacts/7/linux-arm64-benchmark-results"
"$ci/download-previous.sh" "$work/previous" > /dev/null
check "the lookup asks GitHub for push events on main" grep -q 'event=push' "$FAKE_GH_DIR/calls"
check "the newest push run of this repository with an artifact is taken (7)" \
  test "$(cat "$work/previous/.run-id" 2>/dev/null)" = 7
check "the fork's run 9 is never looked at" lacks "$FAKE_GH_DIR/calls" runs/9

# 2. The gate first, then the summary and the comment, each opening with its verdict.
status=0
"$ci/check-regressions.sh" "$work/previous" "$work/change" 10% "$work/gate" > /dev/null 2>&1 || status=$?
check "the check fails on the 30% slow-downs (exit 1)" test "$status" -eq 1
check "the check records its exit code" test "$(cat "$work/gate/status")" = "$status"
# Docker runs as the upstream keeps them, and the native baseline runs of the three modes.
mkdir -p "$work/docker_results/20261127-120000/linux_investigation" "$work/change/linux_investigation"
for mode in force auto disable; do
  cp "$work/main/results/github-actions-arm64/latest.json" \
    "$work/docker_results/20261127-120000/linux_investigation/baseline_${mode}_20261127T120000Z.json"
  cp "$work/change/results/github-actions-arm64/latest.json" \
    "$work/change/linux_investigation/baseline_${mode}_20261128T000000Z.json"
done
BENCHLENS_DOCKER_RESULTS="$work/docker_results" \
  "$ci/summarize.sh" "$work/change" "$work/previous" "$work/gate" > "$work/summary.md"
check "the summary's first line is the verdict" grep -q '^\*\*Regression check: failed' <(head -n 1 "$work/summary.md")
check "the summary's first section is Docker against native per SIMD mode" \
  grep -qx '## Docker against native, per SIMD mode, against the expected bands' <(grep -m 1 '^## ' "$work/summary.md")
check "the Docker section covers the three modes" test "$(grep -c '^### BENCHLENS_SIMD=' "$work/summary.md")" -eq 3
check "the summary fits a step summary (1 MiB)" test "$(wc -c < "$work/summary.md")" -lt 1048576
check "the summary holds the comparison with main" grep -q '^## Against the newest run on main' "$work/summary.md"
"$ci/pr-comment.sh" "$work/change" "$work/previous" "$work/gate" https://example.invalid/artifact > "$work/body.md"
chars=$(LC_ALL=C.UTF-8 wc -m < "$work/body.md")
echo "     summary: $(wc -c < "$work/summary.md") bytes; comment: $chars characters"
check "the comment's first line is the verdict" grep -q '^\*\*Regression check: failed' <(head -n 1 "$work/body.md")
check "the comment is under 65,536 characters with the marker" test "$((chars + 40))" -lt 65536
check "the comment holds the comparison with main" grep -q '^### Against the newest run on main' "$work/body.md"
check "the comment links the run and the artifact" grep -q 'actions/runs/4242' "$work/body.md"
check "no table row is cut" rows_whole "$work/body.md"
check "the comment opens no HTML comment" lacks "$work/body.md" '<!--'

# 3. Posting. A cancelled run: nothing at all, and success.
reset_gh cancelled
check "a cancelled run exits 0" quietly "$ci/post-pr-comment.sh" 21 cancelled abc "$work/c1"
check "a cancelled run calls nothing" test ! -s "$FAKE_GH_DIR/calls"

# A run that stopped before writing its comment: no artifact, nothing posted, success.
reset_gh missing
answer "repos/benchlens/benchlens/actions/runs/22/artifacts?name=pr-comment" '{"artifacts": []}'
check "a run without a pr-comment artifact exits 0" quietly "$ci/post-pr-comment.sh" 22 failure abc "$work/c2"
check "a run without a pr-comment artifact posts nothing" test ! -d "$FAKE_GH_DIR/posted"

# A marker comment by someone else: a new comment is posted, theirs (id 1) is not edited.
reset_gh foreign
answer "repos/benchlens/benchlens/actions/runs/23/artifacts?name=pr-comment" '{"artifacts": [{"expired": false}]}'
mkdir -p "$FAKE_GH_DIR/artifacts/23/pr-comment"
cp "$work/body.md" "$FAKE_GH_DIR/artifacts/23/pr-comment/body.md"
echo 5 > "$FAKE_GH_DIR/artifacts/23/pr-comment/pr-number"
answer "repos/benchlens/benchlens/pulls/5" '{"head": {"sha": "abc"}}'
answer "repos/benchlens/benchlens/issues/5/comments" '[{"id": 1, "user": {"login": "mallory"}, "body": "<!-- benchlens-linux-arm64 -->\nmine"}]'
"$ci/post-pr-comment.sh" 23 failure abc "$work/c3" > /dev/null
check "another author's marker comment is not edited" lacks "$FAKE_GH_DIR/calls" comments/1
check "a new comment is posted instead" test -f "$FAKE_GH_DIR/posted/1-POST"
check "the posted comment starts with the marker" grep -q '^<!-- benchlens-linux-arm64 -->$' <(head -n 1 "$FAKE_GH_DIR/posted/1-POST")
check "the posted comment is under 65,536 characters" test "$(LC_ALL=C.UTF-8 wc -m < "$FAKE_GH_DIR/posted/1-POST")" -lt 65536

# The bot's own comment (id 2) is updated in place.
answer "repos/benchlens/benchlens/issues/5/comments" '[{"id": 1, "user": {"login": "mallory"}, "body": "<!-- benchlens-linux-arm64 -->\nmine"},
  {"id": 2, "user": {"login": "github-actions[bot]"}, "body": "<!-- benchlens-linux-arm64 -->\nold"}]'
"$ci/post-pr-comment.sh" 23 success abc "$work/c4" > /dev/null
check "the bot's own comment is updated" grep -q -- '--method PATCH repos/benchlens/benchlens/issues/comments/2' "$FAKE_GH_DIR/calls"

[ "$failures" -eq 0 ] || { echo ".ci/workflow/test/run.sh: $failures check(s) failed" >&2; exit 1; }
echo ".ci/workflow/test/run.sh: all checks passed"
