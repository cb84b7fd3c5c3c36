#!/usr/bin/env bash
# Posts or updates the one Benchlens comment on a pull request. Runs in the trusted workflow_run workflow: the
# comment text and PR number come from the benchmark run's artifact, so both are treated as untrusted data.
#   usage: .ci/workflow/post-pr-comment.sh RUN_ID RUN_CONCLUSION HEAD_SHA WORK_DIR
# Downloads the run's pr-comment artifact (body.md, pr-number) into WORK_DIR. A cancelled or skipped run, or one
# without that artifact (it stopped before writing it), posts nothing and succeeds. The comment to update is the
# one that starts with the marker AND was written by the bot (BENCHLENS_COMMENT_AUTHOR, default
# github-actions[bot]): anyone can post a comment starting with the marker. Needs GH_TOKEN and GITHUB_REPOSITORY.
set -euo pipefail

usage="usage: post-pr-comment.sh RUN_ID RUN_CONCLUSION HEAD_SHA WORK_DIR"
run_id=${1:?$usage}
conclusion=${2:?$usage}
head_sha=${3:?$usage}
dir=${4:?$usage}
repo=${GITHUB_REPOSITORY:?post-pr-comment.sh: GITHUB_REPOSITORY is not set}
author=${BENCHLENS_COMMENT_AUTHOR:-github-actions[bot]}
marker='<!-- benchlens-linux-arm64 -->'
limit=65536

case "$conclusion" in
  cancelled|skipped|stale)
    echo "Run $run_id was $conclusion: no comment."
    exit 0 ;;
esac
[[ "$run_id" =~ ^[0-9]+$ ]] || { echo "run id '$run_id' is not a number: refusing" >&2; exit 1; }

found=$(gh api "repos/$repo/actions/runs/$run_id/artifacts?name=pr-comment" \
  --jq '[.artifacts[] | select(.expired | not)] | length')
if [ "$found" -eq 0 ]; then
  echo "Run $run_id has no pr-comment artifact (it stopped before writing one): no comment."
  exit 0
fi
mkdir -p "$dir"
gh run download "$run_id" --repo "$repo" --name pr-comment --dir "$dir"

pr=$(tr -d '[:space:]' < "$dir/pr-number")
if ! [[ "$pr" =~ ^[0-9]{1,9}$ ]]; then
  echo "pr-number is not a number: refusing to post" >&2
  exit 1
fi
# The artifact could name any PR; only comment on the one whose head is the commit that was benchmarked.
pr_head=$(gh api "repos/$repo/pulls/$pr" --jq .head.sha)
if [ "$pr_head" != "$head_sha" ]; then
  echo "PR #$pr is at $pr_head, not at the benchmarked $head_sha: not posting"
  exit 0
fi

body_file="$dir/comment.md"
{ echo "$marker"; sed 's/<!--/\&lt;!--/g' "$dir/body.md"; } > "$body_file"
chars=$(wc -m < "$body_file")
if [ "$chars" -ge "$limit" ]; then
  echo "The comment has $chars characters, over GitHub's $limit: .ci/workflow/pr-comment.sh should have kept it under" >&2
  exit 1
fi

existing=$(gh api "repos/$repo/issues/$pr/comments" --paginate \
  --jq ".[] | select(.user.login == \"$author\" and (.body | startswith(\"$marker\"))) | .id" | head -n 1)
if [ -n "$existing" ]; then
  gh api --method PATCH "repos/$repo/issues/comments/$existing" -F "body=@$body_file" > /dev/null
  echo "Updated comment $existing on PR #$pr"
else
  gh api --method POST "repos/$repo/issues/$pr/comments" -F "body=@$body_file" > /dev/null
  echo "Commented on PR #$pr"
fi
