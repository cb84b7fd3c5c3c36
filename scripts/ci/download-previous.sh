#!/usr/bin/env bash
# Downloads the benchmark artifact of the newest successful run of this workflow on main into DIR.
#   usage: scripts/ci/download-previous.sh DIR        (needs GH_TOKEN and GITHUB_REPOSITORY)
set -euo pipefail

dir=${1:?usage: download-previous.sh DIR}
run_id=$(gh run list --repo "$GITHUB_REPOSITORY" --workflow linux-arm64-bench.yml --branch main \
  --status success --limit 1 --json databaseId --jq '.[0].databaseId // empty')
if [ -z "$run_id" ]; then
  echo "No successful run on main yet: nothing to compare with."
  exit 0
fi
mkdir -p "$dir"
gh run download "$run_id" --repo "$GITHUB_REPOSITORY" --name linux-arm64-benchmark-results --dir "$dir"
echo "Downloaded the results of run $run_id into $dir"
