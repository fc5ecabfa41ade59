#!/usr/bin/env bash
# bench-build.sh BIN EXAMPLES_DIR [RUNS]: figures of stardust-build, on stdout.
#   * wall time of building the hello example (median of RUNS, warm caches: the toolchain and
#     the components are built already, as for a user running it again)
#   * image, kernel and root filesystem sizes, and class counts, of every example
set -euo pipefail
bin=$1 examples=$2 runs=${3:-7}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

now_ns() { date +%s%N; }

echo "# stardust-build figures ($(date -u +%Y-%m-%d), $(nproc) cores shared)"
# /usr/bin/time: wall, user and system seconds of the whole build (the tool and its linker)
times=() cpus=()
for ((i = 0; i < runs; i++)); do
  /usr/bin/time -f '%e %U %S' -o "$tmp/time" "$bin" -q -o "$tmp/hello.sd" "$examples/hello/service.yaml" >/dev/null
  read -r wall user sys < "$tmp/time"
  times+=("$(awk -v w="$wall" 'BEGIN { printf "%d", w * 1000 }')")
  cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 1000 }')")
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
echo "hello build: wall time median $(median "${times[@]}") ms (min $(printf '%s\n' "${times[@]}" | sort -n | head -1) ms)," \
     "CPU time (user+sys, tool and linker) median $(median "${cpus[@]}") ms, over $runs runs"
echo "load average while measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
printf '%-10s %10s %10s %10s %8s %9s %9s\n' example image kernel rootfs "app cls" "lib cls" resources
for dir in "$examples"/*/; do
  name=$(basename "$dir")
  [ -f "$dir/service.yaml" ] || continue
  if ! out=$("$bin" -o "$tmp/$name.sd" "$dir/service.yaml" 2>&1); then
    printf '%-10s build failed: %s\n' "$name" "$(echo "$out" | head -1)"
    continue
  fi
  # "PATH: N bytes, sha256 H" / "kernel N bytes, root filesystem N bytes: A application
  # classes, L class library classes, R resources"
  image=$(echo "$out" | sed -n 's/^.*: \([0-9]*\) bytes, sha256.*$/\1/p')
  read -r kernel rootfs app lib res < <(echo "$out" | sed -n \
    's/^ *kernel \([0-9]*\) bytes, root filesystem \([0-9]*\) bytes: \([0-9]*\) application class[a-z]*, \([0-9]*\) class library class[a-z]*, \([0-9]*\) resource.*$/\1 \2 \3 \4 \5/p')
  printf '%-10s %10s %10s %10s %8s %9s %9s\n' "$name" "$image" "$kernel" "$rootfs" "$app" "$lib" "$res"
done
echo
echo "sizes in bytes; lib cls: class library classes in the image (closure of what the service uses)"
