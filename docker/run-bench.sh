#!/usr/bin/env bash
# Builds the Benchlens bench image and runs the CI suites inside it, as the invoking user.
# Results land in benchmarks/docker_results/<YYYYMMDD-HHMMSS>/ with the source label "docker", plus a zip shaped
# like the GitHub artifact, ready for ./benchlens compare or the explorer.
#   usage: docker/run-bench.sh [--quick] [--engine docker|podman] [--image IMAGE] [--jdk DIR] [--offline]
#                              [-- ENGINE_RUN_ARGS...]
#   --image    run IMAGE instead of building docker/Dockerfile (.ci/run uses a Debian image it makes itself)
#   --jdk      mount this JDK read-only at the same path and use it (for an image without a JDK)
#   --offline  no network in the container; Maven works offline from the mounted ~/.m2
# The checkout is mounted at /work and the invoking user's ~/.m2 at /m2. The launcher notices that its last
# build was made at another path and rebuilds there (and again on the host afterwards).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
scale=full engine=${BENCHLENS_CONTAINER_ENGINE:-docker} image="" jdk="" offline=false
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) scale=quick ;;
    --engine) engine=${2:?--engine needs docker or podman}; shift ;;
    --image) image=${2:?--image needs a name}; shift ;;
    --jdk) jdk=${2:?--jdk needs a folder}; shift ;;
    --offline) offline=true ;;
    --) shift; break ;;
    *) echo "run-bench.sh: unknown option '$1'" >&2; exit 2 ;;
  esac
  shift
done
command -v "$engine" > /dev/null || { echo "run-bench.sh: $engine is not installed" >&2; exit 1; }
"$engine" info > /dev/null 2>&1 || { echo "run-bench.sh: $engine cannot reach a container engine" >&2; exit 1; }

if [ -z "$image" ]; then
  image=benchlens-bench
  "$engine" build -t "$image" -f "$root/docker/Dockerfile" "$root/docker"
fi
m2=${BENCHLENS_M2:-$HOME/.m2}
mkdir -p "$m2"
# Podman is an OCI engine like Docker: the label says which one ran the container.
source_label=docker
[ "$engine" = docker ] || source_label="docker ($engine)"

args=(--rm --user "$(id -u):$(id -g)"
  -v "$root":/work -v "$m2":/m2
  -e HOME=/tmp -e MAVEN_USER_HOME=/m2 -e BENCHLENS_MAVEN_REPO=/m2/repository
  -e GIT_CONFIG_COUNT=1 -e GIT_CONFIG_KEY_0=safe.directory -e GIT_CONFIG_VALUE_0=/work
  -e BENCHLENS_SUITE_SCALE="$scale" -e BENCHLENS_SOURCE="$source_label")
if [ -n "$jdk" ]; then
  [ -x "$jdk/bin/java" ] || { echo "run-bench.sh: no JDK at $jdk" >&2; exit 1; }
  args+=(-v "$jdk":"$jdk":ro -e JAVA_HOME="$jdk")
fi
if $offline; then
  args+=(--network none -e MAVEN_ARGS=--offline)
fi
"$engine" run "${args[@]}" "$@" "$image"
