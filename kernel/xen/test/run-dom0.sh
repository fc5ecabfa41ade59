#!/usr/bin/env bash
# Boot a Stardust guest as dom0 under Xen inside QEMU (TCG) and print the guest's console
# (Xen's serial output from the guest's start on). Stops as soon as Xen reports that dom0
# halted or crashed; the last line is then "RESULT halted" or "RESULT crashed" (else
# "RESULT timeout"). As dom0 the guest's console_io writes reach the serial port, so no
# toolstack is needed: a quick way to test boot, page tables, traps, timers and preemption.
# usage: run-dom0.sh XEN GUEST.elf [ARGS...]     (XEN: the uncompressed hypervisor)
# Environment: SD_DOM0_TIMEOUT (seconds, default 120), SD_DOM0_MEM (default 32M).
set -u
xen=${1:?usage: run-dom0.sh XEN GUEST.elf [ARGS...]}; elf=${2:?usage: run-dom0.sh XEN GUEST.elf [ARGS...]}
shift 2
limit=${SD_DOM0_TIMEOUT:-120}
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# Multiboot module arguments: a comma is written twice.
args=$(printf '%s' "$elf $*" | sed 's/,/,,/g')
timeout "$limit" qemu-system-x86_64 -machine q35 -accel tcg -cpu max,-smap -m 256 \
    -display none -vga none -monitor none -serial "file:$log" -no-reboot \
    -kernel "$xen" -append "console=com1 com1=115200,8n1 dom0_mem=${SD_DOM0_MEM:-32M} bootscrub=0 guest_loglvl=all" \
    -initrd "$args" &
qemu=$!
result=timeout
while :; do
    if grep -q 'Dom0 halted' "$log"; then result=halted; break; fi
    if grep -q 'Dom0 crashed' "$log"; then result=crashed; break; fi
    kill -0 "$qemu" 2>/dev/null || break
    sleep 0.2
done
kill "$qemu" 2>/dev/null
wait "$qemu" 2>/dev/null
sed -n '/Freed .*init memory/,$p' "$log" | tr -d '\r'
echo "RESULT $result"
