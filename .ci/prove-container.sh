#!/usr/bin/env bash
# Proves the Docker run in a real container: podman (runc, no network) runs docker/run-bench.sh --quick from a copy
# of this checkout at another absolute path, built there on the host first, so the container meets a build whose
# paths name the host and must rebuild; the host then reads the results and must rebuild again.
# No image registry is reachable here, so the base image is made locally: a minimal Debian (debootstrap) with
# OpenBLAS, NumPy, git and zip, kept in podman's store under a tag that hashes the recipe; the JDK is this
# machine's, mounted read-only. Checks: the upstream layout, files owned by the invoking user, the commit and the
# CPU quota recorded, the "docker (podman)" label.
#   usage: .ci/prove-container.sh SCRATCH_DIR
set -euo pipefail

scratch=${1:?usage: prove-container.sh SCRATCH_DIR}
mkdir -p "$scratch"
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
fail() { echo "prove-container.sh: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || fail "needs root (rootful podman, debootstrap)"

missing=()
for tool in podman runc debootstrap; do command -v "$tool" > /dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" > /dev/null
fi

jdk=$("$root/.ci/find-jdk.sh")

suite=bookworm packages=python3-numpy,libopenblas0-pthread,git,zip
image="localhost/benchlens-ci-debian:$(printf '%s %s' "$suite" "$packages" | sha256sum | cut -c1-12)"
if ! podman image exists "$image"; then
  echo "Making the base image $image (debootstrap $suite with $packages)"
  debootstrap --variant=minbase --include="$packages" "$suite" "$scratch/rootfs" http://deb.debian.org/debian \
    > "$scratch/debootstrap.log" 2>&1 || { tail -n 20 "$scratch/debootstrap.log" >&2; fail "debootstrap failed"; }
  tar -C "$scratch/rootfs" -c . | podman import --change 'WORKDIR /work' \
    --change 'ENTRYPOINT ["docker/in-container.sh"]' - "$image" > /dev/null
  rm -rf "$scratch/rootfs"
fi

# The copy: a clone (a real .git, so the container can read the commit) with this working tree's changes on top.
moved="$scratch/moved/benchlens"
# (Under sudo on a hosted runner the checkout belongs to another user: trust it for these two commands.)
git -c safe.directory="$root" clone -q "$root" "$moved"
(cd "$root" && git -c safe.directory="$root" ls-files -z --cached --others --exclude-standard \
  | while IFS= read -r -d '' f; do if [ -e "$f" ]; then printf '%s\0' "$f"; fi; done \
  | xargs -0 -r cp -a --parents -t "$moved" --)
"$moved/benchlens" --version > "$scratch/host-build.log" 2>&1 \
  || { tail -n 20 "$scratch/host-build.log" >&2; fail "the copy does not build on the host"; }
grep -qx "root=$moved" "$moved/target/.benchlens-built" || fail "the host build's stamp does not name $moved"

# The container's limits: what runc may set without CAP_SYS_RESOURCE here, and a CPU quota to be recorded.
"$moved/docker/run-bench.sh" --quick --engine podman --image "$image" --jdk "$jdk" --offline -- \
  --runtime runc --ulimit nofile=4096:4096 --ulimit nproc=4096:4096 --cpus 1.5

results="$moved/benchmarks/docker_results"
run_dirs=$(find "$results" -mindepth 1 -maxdepth 1 -type d)
[ "$(printf '%s\n' "$run_dirs" | grep -cE '/[0-9]{8}-[0-9]{6}$')" -eq 1 ] \
  || fail "expected one benchmarks/docker_results/<YYYYMMDD-HHMMSS>/ folder, found: $run_dirs"
foreign=$(find "$results" ! -uid "$(id -u)" -print -quit)
[ -z "$foreign" ] || fail "$foreign is not owned by the invoking user"
commit=$(git -C "$moved" rev-parse HEAD)
for meta in "$run_dirs"/linux_investigation/*.metadata.json "$run_dirs"/results/docker/*.metadata.json; do
  grep -q "\"commit\" : \"$commit\"" "$meta" || fail "$meta does not record the commit $commit"
  grep -q '"cgroupCpuLimit" : 1.5' "$meta" || fail "$meta does not record the CPU quota 1.5"
  grep -q '"source" : "docker (podman)"' "$meta" || fail "$meta is not labelled docker (podman)"
done
grep -qx "root=/work" "$moved/target/.benchlens-built" \
  || fail "the container did not rebuild for /work: it ran with the host's classpath"
zip=$(find "$results" -maxdepth 1 -name 'docker-results-*.zip')
"$moved/benchlens" report -q "$zip" > /dev/null   # the host again: must rebuild for $moved, not use /work's paths
grep -qx "root=$moved" "$moved/target/.benchlens-built" || fail "the host did not rebuild after the container"
echo "Container run proven: $run_dirs"
