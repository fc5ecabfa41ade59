#!/usr/bin/env bash
# End-to-end runs of stardust-deploy against one sandbox boot (deploy/sandbox via
# `stardust-deploy sandbox start`), with tests/deploy/dom0-local.sh run inside dom0 first for the
# local path.
#   run.sh check OUT RESULTS   the check-deploy suite: deploy_test's verdicts into RESULTS
#   run.sh bench OUT FIGURES   the figures (build/bench/deploy.txt): raw xl create, local deploy,
#                              remote first deploy, remote re-deploy of a held image (one boot),
#                              then a second, cold boot: --host sandbox to the hello service's output
# Needs: build/bin/stardust-deploy, build/tests/deploy/{mkimage,deploy_test}, the guests
# build/guests/{hello-c,test-shutdown,test-crash}.elf, build/sandbox (make deps), and
# build/bin/stardust-agent packed into the dom0 by deploy/sandbox.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
mode=${1:?usage: run.sh check|bench OUT RESULT}; out=$2; result=$3
bin=$root/build/bin/stardust-deploy
tbin=$root/build/tests/deploy
runs=5
die() { echo "deploy-tests: $*" >&2; exit 1; }

mkdir -p "$out" && out=$(cd "$out" && pwd)
exec 9>"$out/.lock"
flock -n 9 || { echo "deploy-tests: $out in use, waiting" >&2; flock 9; }
# This run's own sandbox, hosts file and state: nothing of the user's is touched.
export STARDUST_SANDBOX_DIR=$out/sandbox XDG_CONFIG_HOME=$out/config STARDUST_SANDBOX_LIFETIME=3600
rm -rf "$out/images" "$out/local" "$out/config" "$out/stderr.log"
mkdir -p "$out/images" "$out/local" "$out/config/stardust"

# Images of the C test guests (builder/image_sd through mkimage).
mk() { "$tbin/mkimage" "$@" > "$out/images/${*: -1:1}.digest" || die "mkimage $*"; }
g=$root/build/guests
# The kernel mounts the image's root filesystem: give the C guests a real (one-file) sdfs.
echo "stardust deploy test" > "$out/images/motd"
"$root/build/bin/sd-mkfs" -o "$out/images/rootfs.img" "$out/images/motd:/etc/motd" >/dev/null \
  || die "sd-mkfs"
(cd "$out/images" && {
  mk --rootfs rootfs.img --name hello-c --memory 32 "$g/hello-c.elf" hello.sd
  mk --rootfs rootfs.img --name waiter --memory 16 "$g/test-shutdown.elf" shutdown.sd
  mk --rootfs rootfs.img --name crasher --memory 16 "$g/test-crash.elf" crash.sd
  mk --rootfs rootfs.img --name crash-restart --memory 16 --on-crash restart "$g/test-crash.elf" crash-restart.sd
  mk --rootfs rootfs.img --name hello-c --version 2 --memory 32 "$g/hello-c.elf" hello-v2.sd
  # corrupt: one byte of the kernel changed (the tar stays well-formed, the sha256 does not match)
  cp hello.sd corrupt.sd && printf 'X' | dd of=corrupt.sd bs=1 seek=4096 conv=notrunc status=none
}) || exit 1

# The dom0 hook: dom0-local.sh, stardust-deploy with the libraries it loads (not libc's: dom0
# has its own), and two images.
pack_local() {
  local stage=$out/pre-stage
  rm -rf "$stage" && mkdir -p "$stage/job/pre/bin" "$stage/job/pre/lib"
  install -m 755 "$here/dom0-local.sh" "$stage/job/pre/run"
  cp "$bin" "$stage/job/pre/bin/"
  ldd "$bin" | awk '/=> \// { print $3 }' | while read -r lib; do
    case $(basename "$lib") in
      libc.so*|libm.so*|libpthread.so*|libdl.so*|librt.so*|ld-linux*) ;;
      libxen*) ;;   # dom0's own Xen libraries match its hypervisor
      *) cp -L "$lib" "$stage/job/pre/lib/" ;;
    esac
  done
  cp "$out/images/hello.sd" "$out/images/shutdown.sd" "$stage/job/pre/"
  (cd "$stage" && find job | LC_ALL=C sort | cpio -o -H newc --quiet) > "$out/pre.cpio"
  rm -rf "$stage"
}

# Splits "@@SD-BEGIN local/NAME" blocks of dom0's second serial port into OUT/local/NAME.
split_local() {
  tr -d '\r' < "$STARDUST_SANDBOX_DIR/boot/ttyS1.log" | awk -v dir="$out" '
    /^@@SD-BEGIN / { f = dir "/" $2 ".b64"; printf "" > f; next }
    /^@@SD-END /   { close(f); f = ""; next }
    f != ""        { print >> f }'
  for b in "$out"/local/*.b64; do
    [ -e "$b" ] || continue
    base64 -d < "$b" > "${b%.b64}" 2>/dev/null; rm -f "$b"
  done
}

start_sandbox() {  # start_sandbox [with-local]
  "$bin" sandbox stop >/dev/null 2>&1
  if [ "${1:-}" = with-local ]; then export STARDUST_SANDBOX_EXTRA=$out/pre.cpio; else unset STARDUST_SANDBOX_EXTRA; fi
  "$bin" sandbox start --json --timeout 900 > "$out/sandbox-start.json" 2>>"$out/stderr.log"
}

# A hosts file naming the sandbox wrongly: a wrong token, a CA that did not sign its
# certificate, and a port where nothing listens.
write_hosts() {
  local url ca token
  url=$(sed -n 's/.*"url": "\(.*\)".*/\1/p' "$out/sandbox-start.json")
  ca=$STARDUST_SANDBOX_DIR/cert.pem
  token=$(cat "$STARDUST_SANDBOX_DIR/token")
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1 \
    -subj /CN=other -addext subjectAltName=IP:127.0.0.1 -keyout "$out/config/other-key.pem" \
    -out "$out/config/other-ca.pem" 2>/dev/null
  {
    printf '[badtoken]\nurl = %s\ntoken = %s\nca = %s\n' "$url" \
      "0000000000000000000000000000000000000000" "$ca"
    printf '[badca]\nurl = %s\ntoken = %s\nca = %s\n' "$url" "$token" "$out/config/other-ca.pem"
    printf '[down]\nurl = https://127.0.0.1:9\ntoken = %s\nca = %s\n' "$token" "$ca"
  } > "$out/config/stardust/hosts.conf"
}

now_ms() { date +%s%3N; }
# "MIN MEDIAN" of numbers on stdin: on a loaded machine the minimum is the steadier figure.
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR) print v[1], v[int((NR + 1) / 2)]; else print "n/a n/a" }'; }

run_check() {
  pack_local
  if ! start_sandbox with-local; then
    echo "FAIL sandbox-start (see $STARDUST_SANDBOX_DIR/boot/qemu.log)" >> "$result"
    return 1
  fi
  split_local
  write_hosts
  "$root/tests/lib/run-check.sh" "$result" "$tbin/deploy_test" "$out" "$bin"
  local rc=$?
  "$bin" sandbox stop >/dev/null 2>&1
  return $rc
}

# Times one remote deploy (no wait) in ms on stdout.
time_deploy() {  # time_deploy NAME IMAGE
  local t0 t1
  t0=$(now_ms)
  "$bin" --json --name "$1" "$2" > "$out/bench-$1.json" 2>>"$out/stderr.log" || { echo fail; return; }
  t1=$(now_ms)
  echo $((t1 - t0))
}

run_bench() {
  local first redeploy agent_create raw local_ms t0 t1 cold cold_image cold_what
  pack_local
  start_sandbox with-local || die "the sandbox did not start; see $STARDUST_SANDBOX_DIR/boot/qemu.log"
  split_local
  first=$(time_deploy bench-first "$out/images/hello-v2.sd")
  redeploy=$(for i in $(seq $runs); do time_deploy "bench-re$i" "$out/images/hello-v2.sd"; done | median)
  agent_create=$(for i in $(seq $runs); do
    sed -n 's/^ *"ms_create": \([0-9.]*\),*$/\1/p' "$out/bench-bench-re$i.json"; done | median)
  raw=$(awk '$1 == "raw_xl_create_ms" { print $2 }' "$out/local/times.txt" | median)
  local_ms=$(awk '$1 == "local_deploy_ms" { print $2 }' "$out/local/times.txt" | median)
  "$bin" sandbox stop >/dev/null 2>&1
  # Cold: no sandbox running, to the first line of the hello service's output: the Java
  # example when stardust-build has made it (what `make run` deploys), else the C guest's image.
  unset STARDUST_SANDBOX_EXTRA
  cold_image=$out/images/hello.sd; cold_what="hello-c (C)"
  if [ -s "$root/build/manifests/hello/image.sd" ]; then
    cold_image=$root/build/manifests/hello/image.sd; cold_what="manifests/hello (Java)"
  fi
  t0=$(now_ms); cold=fail
  while IFS= read -r line; do
    case $line in *"Hello from Stardust"*) t1=$(now_ms); cold=$(( (t1 - t0) / 1000 )).$(( (t1 - t0) % 1000 / 100 )) ;; esac
  done < <("$bin" --host sandbox --wait --console --timeout 900 "$cold_image" 2>>"$out/stderr.log")
  "$bin" sandbox stop >/dev/null 2>&1
  {
    echo "# stardust-deploy figures (tests/deploy/run.sh bench; hello-c image; $runs runs: min median)"
    echo "raw_xl_create_ms_dom0          $raw"
    echo "local_deploy_ms_dom0           $local_ms"
    echo "remote_first_deploy_ms         $first"
    echo "remote_redeploy_cached_ms      $redeploy"
    echo "agent_libxl_create_ms          $agent_create"
    echo "$redeploy $raw" | awk '$1 > 0 && $3 > 0 { printf "redeploy_over_raw_xl           %.2f %.2f (aim: <= 1.2)\n", $1 / $3, $2 / $4 }'
    echo "sandbox_cold_to_output_s       $cold ($cold_what)"
  } > "$result"
  cat "$result"
}

case $mode in
  check) run_check ;;
  bench) run_bench ;;
  *) die "unknown mode $mode" ;;
esac
