#!/usr/bin/env bash
# Downloads the benchmark artifact of the newest completed push run of this workflow on main, in this repository,
# that still has one, into DIR. A fork's pull request from its own branch "main" also has head_branch "main";
# only push events whose head repository is this one count.
#   usage: .ci/workflow/download-previous.sh DIR        (needs GH_TOKEN and GITHUB_REPOSITORY)
set -euo pipefail

dir=${1:?usage: download-previous.sh DIR}
repo=${GITHUB_REPOSITORY:?download-previous.sh: GITHUB_REPOSITORY is not set}
artifact=linux-arm64-benchmark-results

run_ids=$(gh api "repos/$repo/actions/workflows/linux-arm64-bench.yml/runs?branch=main&event=push&status=completed&per_page=30" \
  --jq ".workflow_runs[] | select(.event == \"push\" and .head_branch == \"main\" and .head_repository.full_name == \"$repo\") | .id")
for run_id in $run_ids; do
  has_artifact=$(gh api "repos/$repo/actions/runs/$run_id/artifacts?name=$artifact" \
    --jq '[.artifacts[] | select(.expired | not)] | length')
  if [ "$has_artifact" -gt 0 ]; then
    mkdir -p "$dir"
    gh run download "$run_id" --repo "$repo" --name "$artifact" --dir "$dir"
    printf '%s\n' "$run_id" > "$dir/.run-id"
    echo "Downloaded the results of run $run_id (push to main) into $dir"
    exit 0
  fi
done
echo "No completed push run on main with an artifact yet: nothing to compare with."
