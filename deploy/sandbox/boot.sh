#!/usr/bin/env bash
# Boot the sandbox once: QEMU (TCG) runs Xen, Xen runs the dom0 from SB/dom0.cpio with any
# EXTRA cpio archives appended (a job: /job/run plus its files), and QEMU exits when dom0
# powers off. COM1 (Xen's and dom0's console) and QEMU's own messages go to OUT/qemu.log, the
# second serial port (dom0's /dev/ttyS1, a clean channel for results) to OUT/ttyS1.log.
# usage: boot.sh SB OUT TIMEOUT_S [EXTRA.cpio...]
# Exit status: QEMU's (0 after a clean power-off), 124 when the timeout killed it.
# SD_SANDBOX_HOSTFWD="PORT [PORT...]": give dom0 a NIC (e1000, QEMU user networking, dom0 is
# 10.0.2.15) and forward each PORT of the host's 127.0.0.1 to dom0's PORT; restrict=on keeps
# dom0 from reaching anything else. Without it dom0 has no NIC (system tests don't need one).
set -uo pipefail
sb=${1:?usage: boot.sh SB OUT TIMEOUT_S [EXTRA.cpio...]}; out=$2; limit=$3; shift 3
mkdir -p "$out"
cat "$sb/dom0.cpio" "$@" > "$out/initrd.cpio" || exit 1
: > "$out/ttyS1.log"
net=()
if [ -n "${SD_SANDBOX_HOSTFWD:-}" ]; then
  fwd=""
  for p in $SD_SANDBOX_HOSTFWD; do fwd="$fwd,hostfwd=tcp:127.0.0.1:$p-:$p"; done
  net=(-netdev "user,id=n0,restrict=on$fwd" -device e1000,netdev=n0)
fi
# -cpu max,-smap: QEMU 7.2's TCG SMAP makes dom0 fault at once. bootscrub=0 and the
# uncompressed vmlinux save several seconds per boot.
timeout --kill-after=5 "$limit" qemu-system-x86_64 \
  -machine q35 -accel tcg -cpu max,-smap -m 2048 -smp 2 \
  -display none -vga none -monitor none -no-reboot -nodefaults \
  -serial stdio -serial "file:$out/ttyS1.log" "${net[@]}" \
  -kernel "$sb/xen" \
  -append "console=com1 com1=115200,8n1 dom0_mem=512M,max:512M dom0_max_vcpus=1 bootscrub=0 loglvl=all guest_loglvl=all" \
  -initrd "$sb/vmlinux console=hvc0 earlyprintk=xen quiet,$out/initrd.cpio" \
  </dev/null >"$out/qemu.log" 2>&1
