#!/usr/bin/env bash
# JVM benchmarks: each program runs under stardust-java, `java -Xint` (OpenJDK's interpreter,
# the fair comparison for an interpreter) and `java` (with its JIT). Prints the wall-clock times
# (median of RUNS), the ratio to java -Xint and its geometric mean, then hello-world start-up
# time (median of 11 runs) and peak RSS (GNU time) for stardust-java and java.
#
# usage: tests/bench/run.sh [--vm PATH] [--runs N] [--out FILE] [BENCHMARK...]
# A benchmark is tests/bench/NAME.java (class NAME); Hello is the start-up program.
# Output also goes to FILE (default build/bench/jvm.txt). No benchmark ever fails the build:
# a VM that crashes, times out or prints something else than OpenJDK is marked in the table.
set -u
cd "$(dirname "$0")/../.." || exit 2
VM=build/bin/stardust-java
RUNS=1
OUT=build/bench/jvm.txt
CLASSLIB=build/classlib/classes
WORK=build/bench/jvm
TIMEOUT=300
benches=()
while [ $# -gt 0 ]; do
  case $1 in
    --vm) VM=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    -*) echo "bench/run.sh: unknown option $1" >&2; exit 2 ;;
    *) benches+=("$1"); shift ;;
  esac
done
[ ${#benches[@]} -eq 0 ] && benches=(Fib Sieve MatMul NBody BinaryTrees StringBuild HashMapChurn Dispatch Exceptions)
mkdir -p "$WORK" "$(dirname "$OUT")"
JAVA=(java -Xshare:auto)

# Snapshots of the class library and the VM: a rebuild during the (long) run must not break it.
VM_ARGS=()
if [ -d "$CLASSLIB" ]; then
  rm -rf "$WORK/classlib" && cp -a "$CLASSLIB" "$WORK/classlib" && CLASSLIB=$WORK/classlib
  VM_ARGS=("-Xbootclasspath:$CLASSLIB")
fi
if [ -x "$VM" ]; then cp "$VM" "$WORK/stardust-java" && VM=$WORK/stardust-java; fi

# The same class files run everywhere: compiled against our class library when it is there.
rm -rf "$WORK/classes" && mkdir -p "$WORK/classes"
how="javac -source 8 -target 8 -bootclasspath $CLASSLIB"
if ! javac -source 8 -target 8 -bootclasspath "$CLASSLIB" -nowarn -Xlint:-options -d "$WORK/classes" tests/bench/*.java 2> "$WORK/javac.log"; then
  how="javac --release 8 (our class library lacks something: see $WORK/javac.log)"
  javac --release 8 -nowarn -d "$WORK/classes" tests/bench/*.java || exit 2
fi

# time_run LABEL NAME CMD...: median wall-clock seconds of RUNS runs ("-" when a run fails);
# the first run's stdout is kept in $WORK/NAME.LABEL.out.
time_run() {
  local label=$1 name=$2; shift 2
  local times=() i s e rc
  for ((i = 0; i < RUNS; i++)); do
    s=$(date +%s%N)
    timeout -k 5 "$TIMEOUT" "$@" -cp "$WORK/classes" "$name" > "$WORK/$name.$label.out.tmp" 2> "$WORK/$name.$label.err"
    rc=$?
    e=$(date +%s%N)
    [ "$i" -eq 0 ] && mv "$WORK/$name.$label.out.tmp" "$WORK/$name.$label.out"
    if [ $rc -ne 0 ]; then echo "-"; return; fi
    times+=("$(( (e - s) / 1000000 ))")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.3f\n", a[int((NR+1)/2)]/1000}'
}

have_vm=1
[ -x "$VM" ] || have_vm=0

# Start-up first: the net ratio below subtracts each VM's hello-world time from its runs.
runs_wanted=$RUNS; RUNS=11
hs_java=$(time_run hello-jit Hello "${JAVA[@]}")
hs_xint=$(time_run hello-xint Hello "${JAVA[@]}" -Xint)
hs_vm="-"; [ $have_vm = 1 ] && hs_vm=$(time_run hello-vm Hello "$VM" "${VM_ARGS[@]}")
RUNS=$runs_wanted
{
  echo "JVM benchmarks: wall-clock seconds, median of $RUNS run(s); ratio = stardust-java / java -Xint;"
  echo "net = the same ratio after subtracting each VM's hello-world start-up time"
  echo "class files: $how; host: $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
  [ $have_vm = 0 ] && echo "stardust-java: not built ($VM missing); only OpenJDK columns"
  printf '%-14s %14s %12s %12s %8s %8s  %s\n' benchmark stardust-java "java -Xint" "java (JIT)" ratio net note
} | tee "$OUT"

logsum=0; netsum=0; nratio=0
for b in "${benches[@]}"; do
  tint=$(time_run xint "$b" "${JAVA[@]}" -Xint)
  tjit=$(time_run jit "$b" "${JAVA[@]}")
  tvm="-"; note=""; ratio="-"; net="-"
  if [ $have_vm = 1 ]; then
    tvm=$(time_run vm "$b" "$VM" "${VM_ARGS[@]}")
    if [ "$tvm" = "-" ]; then
      note="stardust-java failed: $(head -c 80 "$WORK/$b.vm.err" | head -1)"
    elif ! cmp -s "$WORK/$b.vm.out" "$WORK/$b.jit.out"; then
      note="WRONG OUTPUT (differs from OpenJDK)"
    elif [ "$tint" != "-" ]; then
      ratio=$(awk -v a="$tvm" -v b="$tint" 'BEGIN {printf "%.2f", a / b}')
      net=$(awk -v a="$tvm" -v b="$tint" -v ha="$hs_vm" -v hb="$hs_xint" \
        'BEGIN {x = a - ha; y = b - hb; if (x < 0.001) x = 0.001; if (y < 0.001) y = 0.001; printf "%.2f", x / y}')
      logsum=$(awk -v s="$logsum" -v r="$ratio" 'BEGIN {print s + log(r)}')
      netsum=$(awk -v s="$netsum" -v r="$net" 'BEGIN {print s + log(r)}')
      nratio=$((nratio + 1))
    fi
  fi
  printf '%-14s %14s %12s %12s %8s %8s  %s\n' "$b" "$tvm" "$tint" "$tjit" "$ratio" "$net" "$note" | tee -a "$OUT"
done

{
  if [ $nratio -gt 0 ]; then
    echo "geometric mean of stardust-java / java -Xint over $nratio benchmark(s): $(awk -v s="$logsum" -v n="$nratio" 'BEGIN {printf "%.2f", exp(s / n)}')" \
      "(net of start-up: $(awk -v s="$netsum" -v n="$nratio" 'BEGIN {printf "%.2f", exp(s / n)}'))"
  else
    echo "geometric mean: no benchmark ran correctly on stardust-java"
  fi
  echo "start-up (Hello, median of 11 runs, seconds): stardust-java $hs_vm, java $hs_java, java -Xint $hs_xint"
  rss() { /usr/bin/time -f '%M' -o "$WORK/rss.txt" "$@" -cp "$WORK/classes" Hello > /dev/null 2>&1 && echo "$(( $(tail -1 "$WORK/rss.txt") / 1024 )) MB" || echo "-"; }
  r_vm="-"; [ $have_vm = 1 ] && r_vm=$(rss "$VM" "${VM_ARGS[@]}")
  echo "peak RSS (Hello, /usr/bin/time): stardust-java $r_vm, java $(rss "${JAVA[@]}"), java -Xint $(rss "${JAVA[@]}" -Xint)"
  r_bt_vm="-"; [ $have_vm = 1 ] && r_bt_vm=$(/usr/bin/time -f '%M' -o "$WORK/rss.txt" "$VM" "${VM_ARGS[@]}" -cp "$WORK/classes" BinaryTrees > /dev/null 2>&1 && echo "$(( $(tail -1 "$WORK/rss.txt") / 1024 )) MB" || echo "-")
  r_bt_java=$(/usr/bin/time -f '%M' -o "$WORK/rss.txt" "${JAVA[@]}" -Xint -cp "$WORK/classes" BinaryTrees > /dev/null 2>&1 && echo "$(( $(tail -1 "$WORK/rss.txt") / 1024 )) MB" || echo "-")
  echo "peak RSS (BinaryTrees): stardust-java $r_bt_vm, java -Xint $r_bt_java"
} | tee -a "$OUT"
