#!/usr/bin/env bash
# bench.sh VM BUILD: footprint figures for stardust-java, one "name value unit" line each.
#   jvm-text-bytes        text of the VM's own objects (build/runtime/jvm/*.o)
#   jvm-binary-text-bytes text of the whole static binary (the VM plus the parts of libc it uses)
#   jvm-hello-wall-ms     hello world, wall time (fork+exec included), best of 20 runs
#   jvm-hello-cpu-ms      hello world, CPU time (perf task-clock), when perf is installed
#   jvm-hello-rss-kb      hello world, peak resident set size
set -u
vm=$1 build=$2
work=$build/bench/jvm-work
mkdir -p "$work"
cat > "$work/Hello.java" <<'J'
public class Hello { public static void main(String[] a) { System.out.println("Hello, world!"); } }
J
javac -nowarn -source 8 -target 8 -bootclasspath "$build/classlib/classes" -d "$work" "$work/Hello.java" 2>/dev/null
echo "jvm-text-bytes $(size "$build"/runtime/jvm/*.o | awk 'NR > 1 { t += $1 } END { print t }') bytes"
echo "jvm-binary-text-bytes $(size "$vm" | awk 'NR == 2 { print $1 }') bytes"
best_wall=999999
for i in $(seq 20); do
  start=$EPOCHREALTIME
  "$vm" -cp "$work" Hello > /dev/null
  end=$EPOCHREALTIME
  wall=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%d", (b - a) * 1000000 }')
  [ "$wall" -lt "$best_wall" ] && best_wall=$wall
done
awk -v w="$best_wall" 'BEGIN { printf "jvm-hello-wall-ms %.2f ms (best of 20)\n", w / 1000 }'
if command -v perf > /dev/null && perf stat -x, -e task-clock true > /dev/null 2>&1; then
  perf stat -x, -r 20 -e task-clock "$vm" -cp "$work" Hello 2>&1 > /dev/null |
    awk -F, '/task-clock/ { printf "jvm-hello-cpu-ms %.2f ms (mean of 20)\n", $1 }'
fi
rss=$( { /usr/bin/time -f '%M' "$vm" -cp "$work" Hello > /dev/null; } 2>&1 )
echo "jvm-hello-rss-kb $rss KB"
