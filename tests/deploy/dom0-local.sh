#!/bin/sh
# /job/pre/run in the sandbox's dom0 for check-deploy and bench-deploy (tests/deploy/run.sh packs
# it): stardust-deploy's local path, run where it is meant to run (a Xen dom0), before the agent
# starts. Times a raw `xl create` of the image's kernel + ramdisk against `stardust-deploy --host
# local`, and leaves the JSON of a waited deploy, list, status and stop. Every result goes to the
# host over /dev/ttyS1 base64-encoded between "@@SD-BEGIN local/NAME" and "@@SD-END" lines,
# then "@@SD-DONE local" (run.sh splits them into files).
pre=/job/pre
export PATH=$pre/bin:$PATH LD_LIBRARY_PATH=$pre/lib STARDUST_LOCAL_DIR=/var/lib/stardust/local
export STARDUST_VIF_SCRIPT=/etc/xen/scripts/vif-stardust
tty=/dev/ttyS1
out=/tmp/local
runs=5
mkdir -p $out
stty -F $tty raw -echo 115200

emit() {  # emit NAME FILE
  { echo "@@SD-BEGIN local/$1"; base64 < "$2"; echo "@@SD-END local/$1"; } > $tty
}
# Wall clock in ns (busybox date has no %N; adjtimex shows tv_usec).
wall_ns() {
  adjtimex | awk '/time.tv_sec/ { s = $2 } /time.tv_usec/ { u = $2 } END { printf "%s%06d000\n", s, u }'
}
ms() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b - a) / 1e6 }'; }

# The comparison: xl create of the same kernel and ramdisk the image holds (unpacked by hand).
raw_xl() {
  mkdir -p /tmp/raw && (cd /tmp/raw && tar xf $pre/hello.sd)
  printf 'name="raw-hello"\nkernel="/tmp/raw/kernel.elf"\nramdisk="/tmp/raw/rootfs.img"\nmemory=32\non_poweroff="preserve"\non_crash="preserve"\n' > /tmp/raw/hello.cfg
  i=0
  while [ $i -lt $runs ]; do
    t0=$(wall_ns); xl create /tmp/raw/hello.cfg >>$out/xl.stderr 2>&1; t1=$(wall_ns)
    echo "raw_xl_create_ms $(ms $t0 $t1)" >> $out/times.txt
    xl destroy raw-hello >>$out/xl.stderr 2>&1
    i=$((i + 1))
  done
}

local_deploys() {
  stardust-deploy --host local --json --wait --timeout 120 --name local-hello $pre/hello.sd \
    > $out/wait.json 2> $out/wait.stderr
  echo $? > $out/wait.rc
  i=0
  while [ $i -lt $runs ]; do
    t0=$(wall_ns)
    stardust-deploy --host local --json --name local-t$i $pre/hello.sd > $out/t$i.json 2>>$out/t.stderr
    t1=$(wall_ns)
    echo "local_deploy_ms $(ms $t0 $t1)" >> $out/times.txt
    i=$((i + 1))
  done
}

lifecycle() {
  stardust-deploy --host local --json check $pre/hello.sd > $out/check.json 2>$out/check.stderr
  echo $? > $out/check.rc
  stardust-deploy --host local --json --name local-spin $pre/shutdown.sd > $out/spin.json 2>$out/spin.stderr
  echo $? > $out/spin.rc
  stardust-deploy --host local --json --name local-spin $pre/shutdown.sd > $out/dup.json 2>/dev/null
  echo $? > $out/dup.rc
  stardust-deploy --host local --json list > $out/list.json 2>$out/list.stderr
  stardust-deploy --host local --json status local-spin > $out/status.json 2>&1
  xl list > $out/xl-running.txt 2>&1
  stardust-deploy --host local --json stop --force local-spin > $out/stop.json 2>$out/stop.stderr
  echo $? > $out/stop.rc
  stardust-deploy --host local --json status local-spin > $out/status-after.json 2>&1
  stardust-deploy --host local --json status no-such-service > $out/missing.json 2>/dev/null
  echo $? > $out/missing.rc
  xl list > $out/xl-after.txt 2>&1
}

raw_xl
local_deploys
lifecycle
for f in $out/*; do emit "$(basename $f)" "$f"; done
echo "@@SD-DONE local" > $tty
