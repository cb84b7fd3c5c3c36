#!/usr/bin/env bash
# Helpers shared by the scripts in .ci/workflow (sourced, not run).

newest() { # the newest result file matching a glob pattern (not a sidecar), or nothing
  local pattern=$1 newest_file="" f
  for f in $pattern; do
    [ -f "$f" ] || continue
    case "$f" in *.metadata.json|*.jmh.json) continue ;; esac
    if [ -z "$newest_file" ] || [ "$f" -nt "$newest_file" ]; then newest_file=$f; fi
  done
  printf '%s' "$newest_file"
}

newest_dir() { # the last folder (by name: the upstream's timestamps sort) matching a glob pattern, or nothing
  local pattern=$1 last="" d
  for d in $pattern; do
    [ -d "$d" ] && last=${d%/}
  done
  printf '%s' "$last"
}

nested() { # Markdown from benchlens one heading level down, to sit under the caller's "##" section
  sed 's/^#/##/'
}

verdict_with_failures() { # the gate's verdict, then its first N failures as a list: verdict_with_failures GATE N WHERE
  local gate=$1 shown=$2 where=$3 failed
  cat "$gate/verdict.md"
  if [ -f "$gate/table.md" ]; then # ab's verdict table, failing rows first: every row with its verdict
    echo
    cat "$gate/table.md"
    return 0
  fi
  if grep -q '^FAIL ' "$gate/check.txt" 2>/dev/null; then
    echo
    # awk alone, not grep | head: head closing the pipe early would kill grep, and pipefail the script.
    awk -v shown="$shown" '/^FAIL / && n++ < shown { sub(/^FAIL /, "- "); print }' "$gate/check.txt"
    failed=$(grep -c '^FAIL ' "$gate/check.txt")
    [ "$failed" -le "$shown" ] || echo "- … and $((failed - shown)) more in $where"
  fi
}
