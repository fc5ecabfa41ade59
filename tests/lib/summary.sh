#!/usr/bin/env bash
# Sum up build/results/*.txt (lines "PASS name" / "FAIL name"), list the failures, and exit
# non-zero when anything failed or when no test ran at all.
set -u
dir=${1:-build/results}
shopt -s nullglob
files=("$dir"/*.txt)
passed=0; failed=0
for f in "${files[@]}"; do
  suite=$(basename "$f" .txt)
  p=$(grep -c '^PASS ' "$f"); x=$(grep -c '^FAIL ' "$f")
  printf '%-22s %4d passed, %d failed\n' "$suite" "$p" "$x"
  grep '^FAIL ' "$f" | sed "s/^FAIL /  FAILED: $suite: /"
  passed=$((passed + p)); failed=$((failed + x))
done
echo "check: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
