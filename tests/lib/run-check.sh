#!/usr/bin/env bash
# Run one Check (libcheck) test binary and record each test as a PASS/FAIL line.
# usage: run-check.sh RESULTS_FILE BINARY [ARGS...]
# The binary's own output goes to the terminal; the per-test verdicts come from its TAP log.
set -u
results=$1; shift
tap=$(mktemp)
CK_TAP_LOG_FILE_NAME=$tap "$@"
status=$?
sed -n -e 's/^ok [0-9]* - \(.*\): Passed$/PASS \1/p' -e 's/^not ok [0-9]* - \(.*\)$/FAIL \1/p' "$tap" >> "$results"
if [ $status -ne 0 ] && ! grep -q '^not ok' "$tap"; then
  echo "FAIL $(basename "$1") (exited $status)" >> "$results"
fi
rm -f "$tap"
exit $status
