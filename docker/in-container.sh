#!/usr/bin/env bash
# The part of the Docker run that happens inside the container: runs the suites into
# benchmarks/docker_results/<YYYYMMDD-HHMMSS>/ (the upstream's layout), in the same layout as the GitHub artifact
# below that, and packs that folder into a zip shaped like GitHub's download.
#   usage: docker/in-container.sh [OUT_ROOT]      (default benchmarks/docker_results)
# The source label is BENCHLENS_SOURCE (run-bench.sh sets "docker", or "docker (podman)"). Outside a container
# the label must be given explicitly, so that no run is ever labelled docker without having run in a container.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [ -z "${BENCHLENS_SOURCE:-}" ] && [ ! -e /.dockerenv ] && [ ! -e /run/.containerenv ]; then
  echo "in-container.sh: not in a container (no /.dockerenv or /run/.containerenv); set BENCHLENS_SOURCE to label the run" >&2
  exit 1
fi
out_root=${1:-$root/benchmarks/docker_results}
stamp=$(date -u +%Y%m%d-%H%M%S)
out="$out_root/$stamp"
if [ -e "$out" ]; then
  echo "in-container.sh: $out already exists; not overwriting it" >&2
  exit 1
fi
mkdir -p "$out"

"$root/.ci/workflow/run-suites.sh" "$out" "${BENCHLENS_SOURCE:-docker}" docker

# upload-artifact keeps the paths below the common ancestor and adds no wrapper folder: zip from inside $out.
(cd "$out" && "$root/.ci/workflow/zip-artifact.sh" "$out_root/docker-results-$stamp.zip" linux_investigation results)
echo "Docker results: $out"
echo "Artifact-style zip: $out_root/docker-results-$stamp.zip"
