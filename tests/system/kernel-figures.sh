#!/usr/bin/env bash
# Collect the figures the kernel's test guests print (console throughput, xenstore round trip,
# sleep accuracy under load, shutdown latency, heap peak) from a run-guests.sh output
# directory, as a bench text file.
# usage: kernel-figures.sh OUTDIR > FILE
set -u
out=${1:?usage: kernel-figures.sh OUTDIR}
fig() {  # fig GUEST PATTERN: the first console line of GUEST matching PATTERN
  local line
  line=$(grep -m1 -E -- "$2" "$out/$1.console" 2>/dev/null | tr -d '\r')
  echo "  ${line:-$1: no figure (the guest did not run or failed)}"
}
echo "kernel-devices: figures from the system-test guests (QEMU TCG, no KVM: ~10x slower than hardware)"
fig console  '^console: '
fig xenstore '^xenstore: [0-9]+ reads'
fig xenstore '^xenstore: write to watch'
fig threads  '^sleep 100 ms'
fig shutdown '^shutdown handler ran'
fig malloc   '^heap peak: '
