#!/usr/bin/env bash
# Runs the libFuzzer target for SECONDS, starting from the seeds, keeping the grown corpus in
# build/fuzz/corpus and any crash in build/fuzz/crashes/; writes a summary to build/fuzz/fuzz.txt.
# usage: tests/fuzz/fuzz.sh FUZZER SEEDS_DIR SECONDS
set -u
fuzzer=$1 seeds=$2 seconds=$3
dir=build/fuzz
mkdir -p "$dir/corpus" "$dir/crashes"
timeout -k 10 $((seconds + 120)) "$fuzzer" -max_total_time="$seconds" -max_len=16384 -timeout=10 \
  -rss_limit_mb=1024 -print_final_stats=1 -artifact_prefix="$dir/crashes/" -dict=tests/fuzz/classfile.dict \
  "$dir/corpus" "$seeds" tests/fuzz/regressions > "$dir/fuzz.log" 2>&1
rc=$?
crashes=$(find "$dir/crashes" -type f | wc -l)
{
  echo "fuzz: classfile_check for ${seconds}s (exit $rc)"
  grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)' "$dir/fuzz.log"
  echo "corpus: $(find "$dir/corpus" -type f | wc -l) inputs; crashes: $crashes"
  find "$dir/crashes" -type f | sed 's/^/  /'
  [ "$crashes" -gt 0 ] && echo "copy each crash into tests/fuzz/regressions/ once it is fixed, so make check replays it"
} | tee "$dir/fuzz.txt"
[ "$rc" -eq 0 ] && [ "$crashes" -eq 0 ]
