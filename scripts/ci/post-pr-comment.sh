#!/usr/bin/env bash
# Posts or updates the one Benchlens comment on a pull request. Runs in the trusted workflow_run workflow: the
# comment text and PR number come from the benchmark run's artifact, so both are treated as untrusted data.
#   usage: scripts/ci/post-pr-comment.sh COMMENT_DIR HEAD_SHA
# COMMENT_DIR holds body.md and pr-number; GH_TOKEN and GITHUB_REPOSITORY come from the workflow.
set -euo pipefail

dir=${1:?usage: post-pr-comment.sh COMMENT_DIR HEAD_SHA}
head_sha=${2:?usage: post-pr-comment.sh COMMENT_DIR HEAD_SHA}
marker='<!-- benchlens-linux-arm64 -->'
limit=65000

pr=$(tr -d '[:space:]' < "$dir/pr-number")
if ! [[ "$pr" =~ ^[0-9]{1,9}$ ]]; then
  echo "pr-number is not a number: refusing to post" >&2
  exit 1
fi
# The artifact could name any PR; only comment on the one whose head is the commit that was benchmarked.
pr_head=$(gh api "repos/$GITHUB_REPOSITORY/pulls/$pr" --jq .head.sha)
if [ "$pr_head" != "$head_sha" ]; then
  echo "PR #$pr is at $pr_head, not at the benchmarked $head_sha: not posting" >&2
  exit 0
fi

body_file=$(mktemp)
{
  echo "$marker"
  head -c "$limit" "$dir/body.md"
  if [ "$(wc -c < "$dir/body.md")" -gt "$limit" ]; then
    printf '\n\n_Cut at %s characters; the full summary is in the workflow run._\n' "$limit"
  fi
} > "$body_file"

existing=$(gh api "repos/$GITHUB_REPOSITORY/issues/$pr/comments" --paginate \
  --jq ".[] | select(.body | startswith(\"$marker\")) | .id" | head -n 1)
if [ -n "$existing" ]; then
  gh api --method PATCH "repos/$GITHUB_REPOSITORY/issues/comments/$existing" -F "body=@$body_file" > /dev/null
  echo "Updated comment $existing on PR #$pr"
else
  gh api --method POST "repos/$GITHUB_REPOSITORY/issues/$pr/comments" -F "body=@$body_file" > /dev/null
  echo "Commented on PR #$pr"
fi
