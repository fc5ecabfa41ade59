#!/usr/bin/env bash
# Boot-time figures for one guest: time from domain creation to its first console output and
# to main, and the total until it shut down, through sd-launch (libxl) and through a plain
# `xl create`, N runs each in one sandbox boot. Figures come from the reports of
# run-guests.sh (the guest writes t-console-ns / t-main-ns itself).
# usage: bench-boot-times.sh OUTDIR GUEST_ELF RESULT_TXT [N]
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:?usage}; elf=${2:?usage}; result=${3:?usage}; n=${4:-3}
mkdir -p "$out" "$(dirname "$result")"
plan=$out/bench.plan
: > "$plan"
for i in $(seq "$n"); do
  echo "libxl-$i $elf 32 timeout 60" >> "$plan"
  echo "xl-$i $elf 32 timeout 60 via-xl" >> "$plan"
done
"$here/run-guests.sh" "$out" "$plan" > "$out/harness.log" 2>&1
status=$?

field() {  # field FILE KEY: a number (or null) from a one-line JSON report
  sed -n "s/.*\"$2\":\([-0-9.enul]*\).*/\1/p" "$1"
}
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
row() {  # row LABEL PREFIX KEY
  local vals
  vals=$(for i in $(seq "$n"); do f=$out/$2-$i.json; [ -s "$f" ] && field "$f" "$3"; done | grep -v null)
  printf '  %-34s median %9s ms   runs: %s\n' "$1" "$(median <<<"$vals")" "$(echo $vals)"
}
{
  echo "boot-times: $(basename "$elf"), $n runs each, one sandbox boot (QEMU TCG, no KVM: ~10x slower than hardware)"
  echo "sd-launch (libxl_domain_create_new + unpause):"
  row "libxl create + unpause" libxl ms_create
  row "creation -> first console output" libxl ms_to_console
  row "creation -> main" libxl ms_to_main
  row "creation -> shut down seen" libxl ms_total
  echo "plain xl create (timed by the dom0 shell, +-10 ms):"
  row "xl create returned" xl ms_xl_create
  row "creation -> first console output" xl ms_to_console
  row "creation -> main" xl ms_to_main
  row "creation -> shut down seen" xl ms_total
  grep -o 'boot cycle .*' "$out/harness.log" | sed 's/^/sandbox: /'
  [ $status -eq 0 ] || echo "WARNING: the harness failed (status $status), see $out/harness.log"
} > "$result"
cat "$result"
exit $status
