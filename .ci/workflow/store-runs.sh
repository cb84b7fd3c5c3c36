#!/usr/bin/env bash
# Adds this workflow run's benchmark runs to the team's run store (docs/store.md): packs RESULTS as the uploaded
# artifact, writes the run's facts beside it as `benchlens fetch` does (repository, run, commit, branch, event,
# artifact), and reads both into the store that BENCHLENS_STORE names. Runs are kept by content hash, so a later
# fetch of the same artifact adds nothing twice.
#   usage: .ci/workflow/store-runs.sh RESULTS ARTIFACT_ID
set -euo pipefail

results=${1:?usage: store-runs.sh RESULTS ARTIFACT_ID}
artifact_id=${2:?usage: store-runs.sh RESULTS ARTIFACT_ID}
: "${BENCHLENS_STORE:?BENCHLENS_STORE names no team store}"
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
name=linux-arm64-benchmark-results
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

(cd "$results" && "$here/zip-artifact.sh" "$out/$name.zip" linux_investigation results)
jq -n --arg repository "$GITHUB_REPOSITORY" --arg id "$GITHUB_RUN_ID" \
  --arg url "$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/actions/runs/$GITHUB_RUN_ID" --arg branch "$GITHUB_REF_NAME" \
  --arg event "$GITHUB_EVENT_NAME" --arg commit "$GITHUB_SHA" --arg created "$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
  --arg workflow "$GITHUB_WORKFLOW" --arg artifact "$artifact_id" --arg name "$name" \
  '{source: "github-actions", timestamp: $created,
    github_run: {repository: $repository, id: ($id | tonumber), url: $url, branch: $branch, event: $event,
                 commit: $commit, created_at: $created, conclusion: "success", workflow: $workflow,
                 artifact_id: ($artifact | tonumber), artifact_name: $name}}' > "$out/$name.metadata.json"
./benchlens store add "$out/$name.zip"
