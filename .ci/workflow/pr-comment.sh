#!/usr/bin/env bash
# Builds the PR comment's text, for its purpose rather than cut from the summary: the gate's verdict first, the
# check's failures, the comparison with main (largest changes first; benchlens keeps the significant rows when it
# must leave rows out) and links to the full summary and the artifact. Always under GitHub's 65,536-character
# limit with room for the marker, cut only between lines, so no table row is ever cut. Text that came from result
# files is escaped: it cannot open an HTML comment or mention anyone.
#   usage: .ci/workflow/pr-comment.sh RESULTS_DIR PREVIOUS_RESULTS_DIR GATE_DIR [ARTIFACT_URL] > body.md
# The run's link comes from GITHUB_SERVER_URL, GITHUB_REPOSITORY and GITHUB_RUN_ID when they are set.
set -euo pipefail

usage="usage: pr-comment.sh RESULTS_DIR PREVIOUS_RESULTS_DIR GATE_DIR [ARTIFACT_URL]"
results=${1:?$usage}
previous=${2:?$usage}
gate=${3:?$usage}
artifact_url=${4:-}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=.ci/workflow/lib.sh
. "$root/.ci/workflow/lib.sh"
limit=${BENCHLENS_COMMENT_LIMIT:-64000}   # GitHub's is 65,536; the rest is for the marker and the footer

run_url=""
if [ -n "${GITHUB_REPOSITORY:-}" ] && [ -n "${GITHUB_RUN_ID:-}" ]; then
  run_url="${GITHUB_SERVER_URL:-https://github.com}/$GITHUB_REPOSITORY/actions/runs/$GITHUB_RUN_ID"
fi

escape() { # no HTML (so no comment can be opened or closed) and no @mentions
  sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' -e 's/@/\&#64;/g'
}

body() {
  verdict_with_failures "$gate" 30 "the full summary and the check step's log"
  echo
  # ab's table compared base and head on this runner; a comparison with another run on main would add only noise.
  [ ! -f "$gate/table.md" ] || return 0
  comparison=$(newest "$results/results/*/latest.json")
  previous_comparison=""
  [ -d "$previous" ] && previous_comparison=$(newest "$previous/results/*/latest.json")
  if [ -n "$comparison" ] && [ -n "$previous_comparison" ]; then
    echo "### Against the newest run on main"
    echo
    "$root/benchlens" compare -q --format markdown --markdown-limit $((limit - 6000)) \
      "$previous_comparison" "$comparison" | nested | nested
  else
    echo "_No earlier push run on main to compare with: this is the first, or its artifact expired._"
  fi
}

footer() {
  echo
  echo "---"
  if [ -n "$run_url" ]; then
    echo "Full summary (SIMD modes, every table): [the workflow run]($run_url)."
  fi
  if [ -n "$artifact_url" ]; then
    echo "All results: [linux-arm64-benchmark-results]($artifact_url) (open the zip with \`./benchlens view\`)."
  fi
}

footer_text=$(footer)
budget=$((limit - ${#footer_text} - 200))
body | escape | awk -v budget="$budget" '
  { size = length($0) + 1 }
  used + size > budget { cut = 1; exit }
  { print; used += size }
  END { if (cut) print "\n_The rest is left out to stay under GitHub'"'"'s comment limit; it is in the full summary._" }'
printf '%s\n' "$footer_text"
