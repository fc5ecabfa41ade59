#!/usr/bin/env bash
# Figures of Java in the guest from one bench run (see bench-java-guest in tests/system/system.mk):
#   sizes of the stripped Java guest kernel and of the hello root filesystem image;
#   the smallest domain memory (of 4/6/8/12/16 MiB: guests mem-N) in which Hello ran;
#   medians over java-1..5 and c-1..5 (C hello world) of sd-launch's ms_create (libxl's domain
#   build: loading kernel and ramdisk), ms_to_console, ms_to_main (domain creation -> the C
#   main, where the VM starts) and ms_total; for Java also the time from domain creation to
#   Hello's own clock reading (Java main running) and the VM's part of it (that minus
#   ms_to_main: java.conf, class loading, initialisation).
# usage: bench-figures.sh OUTDIR JAVA_ELF_STRIPPED HELLO_IMG
set -u
out=$1 elf=$2 img=$3

num() {  # num FILE KEY: a numeric JSON field ("" when absent or null)
  grep -o "\"$2\":[0-9.]*" "$1" 2>/dev/null | head -1 | cut -d: -f2
}
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR) printf "%.1f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; else printf "n/a" }'; }
ran_hello() {  # ran_hello NAME: powered off with 0 after Hello's greeting
  grep -q '"reason":"poweroff"' "$out/$1.json" 2>/dev/null && grep -q '"exit_code":0' "$out/$1.json" &&
    grep -q 'Hello from Java on Stardust' "$out/$1.console" 2>/dev/null
}

echo "java-guest-kernel-stripped-bytes $(stat -c %s "$elf" 2>/dev/null || echo n/a)"
echo "hello-rootfs-image-bytes $(stat -c %s "$img" 2>/dev/null || echo n/a)"
smallest=none
for m in 4 6 8 12 16; do
  if ran_hello "mem-$m"; then smallest=$m; break; fi
done
echo "hello-smallest-memory-mib $smallest (tried 4 6 8 12 16)"

runs="1 2 3 4 5"
for kind in java c; do
  for key in ms_create ms_to_console ms_to_main ms_total; do
    v=$(for i in $runs; do num "$out/$kind-$i.json" $key; done | median)
    echo "hello-$kind-$key-median $v"
  done
done
# Java main running: Hello prints its wall clock; the launcher's t_create_ns is dom0's wall
# clock at domain creation (the guest's clock is Xen's, the same source). Millisecond steps.
java_main() {  # java_main I [MS_TO_MAIN]: ms from creation to Hello's reading, minus the 2nd arg
  local t0 t1
  t0=$(num "$out/java-$1.json" t_create_ns)
  t1=$({ tr -d '\r' < "$out/java-$1.console"; } 2>/dev/null | sed -n 's/^hello-wallclock-ms \([0-9]*\)$/\1/p')
  [ -n "$t0" ] && [ -n "$t1" ] && awk -v a="$t0" -v b="$t1" -v c="${2:-0}" 'BEGIN { printf "%.1f\n", b - a / 1e6 - c }'
}
for i in $runs; do java_main $i; done | median | sed 's/^/hello-java-ms-to-java-main-median /'; echo
for i in $runs; do java_main $i "$(num "$out/java-$i.json" ms_to_main)"; done | median |
  sed 's/^/hello-java-vm-start-ms-median /'; echo
