#!/usr/bin/env bash
# The part of the Docker run that happens inside the container (also run directly by .ci/run, where no Docker
# engine exists): runs the suites with the source label "docker" into benchmarks/docker_results/<timestamp>/,
# in the same layout as the GitHub artifact, and packs that folder into a zip shaped like GitHub's download.
#   usage: docker/in-container.sh [OUT_ROOT]      (default benchmarks/docker_results)
# BENCHLENS_SOURCE overrides the label: .ci/run, which runs this outside any container, sets its own, so that no
# run is ever labelled docker without having run in Docker.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out_root=${1:-$root/benchmarks/docker_results}
stamp=$(date -u +%Y%m%dT%H%M%SZ)
out="$out_root/$stamp"
if [ -e "$out" ]; then
  echo "in-container.sh: $out already exists; not overwriting it" >&2
  exit 1
fi
mkdir -p "$out"

"$root/scripts/ci/run-suites.sh" "$out" "${BENCHLENS_SOURCE:-docker}" docker

# upload-artifact keeps the paths below the common ancestor and adds no wrapper folder: zip from inside $out.
(cd "$out" && "$root/scripts/ci/zip-artifact.sh" "$out_root/docker-results-$stamp.zip" linux_investigation results)
echo "Docker results: $out"
echo "Artifact-style zip: $out_root/docker-results-$stamp.zip"
