#!/usr/bin/env bash
# Packs folders into a zip laid out as GitHub Actions' artifact download (entries relative to the current folder,
# no wrapper folder). Uses zip when present, else Java's jar tool from the JDK the launcher finds.
#   usage: .ci/workflow/zip-artifact.sh OUT.zip FOLDER...
set -euo pipefail

out=${1:?usage: zip-artifact.sh OUT.zip FOLDER...}
shift
[ $# -gt 0 ] || { echo "zip-artifact.sh: no folders given" >&2; exit 2; }
if [ -e "$out" ]; then
  echo "zip-artifact.sh: $out already exists; not overwriting it" >&2
  exit 1
fi
if command -v zip > /dev/null; then
  zip -q -r "$out" "$@"
else
  python3 - "$out" "$@" <<'PY'
import os, sys, zipfile
out, folders = sys.argv[1], sys.argv[2:]
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for folder in folders:
        for dirpath, _, files in os.walk(folder):
            for name in sorted(files):
                z.write(os.path.join(dirpath, name))
PY
fi
