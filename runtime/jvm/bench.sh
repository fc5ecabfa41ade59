#!/usr/bin/env bash
# bench.sh VM BUILD: footprint figures for stardust-java, one "name value unit" line each.
#   jvm-text-bytes        size of the VM's text segment
#   jvm-hello-wall-ms     hello world, wall time, best of 20 runs
#   jvm-hello-cpu-ms      hello world, user+system time, best of 20 runs
#   jvm-hello-rss-kb      hello world, peak resident set size
set -u
vm=$1 build=$2
work=$build/bench/jvm-work
mkdir -p "$work"
cat > "$work/Hello.java" <<'J'
public class Hello { public static void main(String[] a) { System.out.println("Hello, world!"); } }
J
javac -nowarn -source 8 -target 8 -bootclasspath "$build/classlib/classes" -d "$work" "$work/Hello.java" 2>/dev/null
echo "jvm-text-bytes $(size -A "$vm" | awk '$1 == ".text" { print $2 }') bytes"
best_wall=999999 best_cpu=999999
for i in $(seq 20); do
  start=$(date +%s%N)
  out=$( { /usr/bin/time -f '%U %S %M' "$vm" -cp "$work" Hello > /dev/null; } 2>&1 )
  end=$(date +%s%N)
  wall=$(( (end - start) / 1000 ))
  cpu=$(echo "$out" | awk '{ printf "%d", ($1 + $2) * 1000000 }')
  rss=$(echo "$out" | awk '{ print $3 }')
  [ "$wall" -lt "$best_wall" ] && best_wall=$wall
  [ "$cpu" -lt "$best_cpu" ] && best_cpu=$cpu
done
awk -v w="$best_wall" 'BEGIN { printf "jvm-hello-wall-ms %.2f ms\n", w / 1000 }'
awk -v c="$best_cpu" 'BEGIN { printf "jvm-hello-cpu-ms %.1f ms (10 ms resolution)\n", c / 1000 }'
echo "jvm-hello-rss-kb $rss KB"
