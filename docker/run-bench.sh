#!/usr/bin/env bash
# Builds the Benchlens bench image and runs the CI suites inside it, on this machine's Docker engine.
# Results land in benchmarks/docker_results/<timestamp>/ with the source label "docker", plus a zip shaped like
# the GitHub artifact, ready for ./benchlens compare or the explorer.
#   usage: docker/run-bench.sh [--quick]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
scale=full
if [ "${1:-}" = --quick ]; then scale=quick; fi
command -v docker > /dev/null || { echo "run-bench.sh: docker is not installed" >&2; exit 1; }
docker info > /dev/null 2>&1 || { echo "run-bench.sh: no Docker engine is running" >&2; exit 1; }

docker build -t benchlens-bench -f "$root/docker/Dockerfile" "$root/docker"
docker run --rm \
  -e BENCHLENS_SUITE_SCALE="$scale" \
  -v "$root":/work \
  -v benchlens-m2:/root/.m2 \
  benchlens-bench
