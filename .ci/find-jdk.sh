#!/usr/bin/env bash
# Prints the folder of a JDK 25 (JAVA_HOME first, then /usr/lib/jvm), as ./benchlens would pick, or fails.
set -euo pipefail
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
  if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && grep -qs '^JAVA_VERSION="25' "$candidate/release"; then
    echo "$candidate"
    exit 0
  fi
done
echo "find-jdk.sh: no JDK 25 (looked at JAVA_HOME and /usr/lib/jvm)" >&2
exit 1
