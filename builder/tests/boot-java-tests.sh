#!/usr/bin/env bash
# shellcheck disable=SC2015  # "A && B || continue": skip unless every test holds
# boot-java-tests.sh OUTDIR [MAX]: builds up to MAX (default 40) tests/java programs into images
# with stardust-build (so with the pruned class library), boots them all in the Xen sandbox
# and compares each guest's console with OpenJDK's output (build/tests/java/NAME/ref.out, from
# `make check-java`). Programs needing arguments, input, options, stderr, threads or long runs
# are skipped. A manual check of the class library closure, ~3 min of sandbox time; prints
# one line per program that differs and a summary. Run from the top of the tree.
set -euo pipefail
out=$1 max=${2:-40}
bin=build/bin/stardust-build
rm -rf "$out" && mkdir -p "$out"
: > "$out/plan"
n=0
for d in build/tests/java/*/; do
  t=$(basename "$d")
  [ -f "$d/ref.out" ] && [ -d "$d/classes" ] && [ -f "tests/java/$t.java" ] || continue
  [ "$(cat "$d/ref.rc" 2>/dev/null)" = 0 ] && [ ! -s "$d/ref.err" ] && [ ! -f "tests/java/$t.in" ] || continue
  head -5 "tests/java/$t.java" | grep -q '// args\|// main-args\|// timeout' && continue
  case $t in Gc*|Large*|Many*|Thread*|Producer*|Token*|Daemon*|Intern*|Wait*|Monitor*|Life|Sudoku|BigOutput) continue ;; esac
  n=$((n + 1)); [ "$n" -gt "$max" ] && break
  mkdir -p "$out/$t/img"
  printf 'name: t%d\nmain: %s\nclasspath: [%s]\nmemory: 64\n' "$n" "$t" "$(pwd)/$d/classes" > "$out/$t/service.yaml"
  if "$bin" -q -o "$out/$t.sd" "$out/$t/service.yaml" 2> "$out/$t/build.err"; then
    tar -C "$out/$t/img" -xf "$out/$t.sd"
    echo "$t $out/$t/img/kernel.elf 64 timeout 120 ramdisk $out/$t/img/rootfs.img" >> "$out/plan"
  else
    echo "BUILD FAILED $t: $(head -1 "$out/$t/build.err")"
  fi
done
timeout 1800 tests/system/harness/run-guests.sh "$out/out" "$out/plan" > "$out/run.log" 2>&1 || true
ok=0 bad=0
while read -r t _; do
  # the console starts with two lines of the kernel's
  tail -n +3 "$out/out/$t.console" 2>/dev/null | tr -d '\r' > "$out/$t.got" || true
  if cmp -s "$out/$t.got" "build/tests/java/$t/ref.out" && grep -q '"exit_code":0' "$out/out/$t.json" 2>/dev/null; then
    ok=$((ok + 1))
  else
    bad=$((bad + 1)); echo "DIFFERS $t (diff $out/$t.got build/tests/java/$t/ref.out)"
  fi
done < "$out/plan"
echo "boot-java-tests: $ok same as OpenJDK, $bad different"
