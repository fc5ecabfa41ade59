#!/usr/bin/env bash
# Negative tests: damaged class files and classes changed incompatibly after compilation. Each
# case must raise the right Java error and never crash the VM.
#
# usage: tests/java/negative/run.sh [--results FILE] [--vm PATH] [CASE...]
# A case is a directory tests/java/negative/cases/NAME/ with a case.conf of steps run in order
# in build/tests/java-negative/NAME/classes:
#   compile DIR...          javac (--release 8) the .java files under each DIR (relative to the
#                           case), with the classes compiled so far on the class path
#   delete FILE | copy FROM TO | corrupt FILE OP [ARG]   (corrupt: see corrupt.c)
#   main CLASS              the class to run
#   expect compare          stdout, stderr and exit status must equal OpenJDK 17's
#   expect error TEXT       exit status 1 and TEXT on stderr, no signal, no timeout (checked
#                           on OpenJDK too, so a broken case shows up as one)
set -u
cd "$(dirname "$0")/../../.." || exit 2
. tests/java/common.sh
CASES=tests/java/negative/cases
WORK=build/tests/java-negative
RESULTS=build/results/check-java-negative.txt
VM=build/bin/stardust-java
CORRUPT=$WORK/corrupt
TIMEOUT=30
REF_JAVA=(java -Xshare:auto -XX:-ShowCodeDetailsInExceptionMessages)
cases=()
while [ $# -gt 0 ]; do
  case $1 in
    --results) RESULTS=$2; shift 2 ;;
    --vm) VM=$2; shift 2 ;;
    -*) echo "negative/run.sh: unknown option $1" >&2; exit 2 ;;
    *) cases+=("$1"); shift ;;
  esac
done
if [ ${#cases[@]} -eq 0 ]; then
  for d in "$CASES"/*/; do d=$(basename "$d"); [ "${d#_}" = "$d" ] && cases+=("$d"); done
fi
mkdir -p "$WORK" "$(dirname "$RESULTS")"
# One run at a time: concurrent runs would overwrite each other's work files.
exec 9> "$WORK/.lock"
flock -n 9 || { echo "$(basename "$0"): waiting for another run to finish" >&2; flock 9; }

# Snapshots of the VM and its class library (see tests/java/run.sh for why).
VM_ARGS=()
if [ -d build/classlib/classes ]; then
  rm -rf "$WORK/classlib" && cp -a build/classlib/classes "$WORK/classlib" && VM_ARGS=("-Xbootclasspath:$WORK/classlib")
fi
VM_ORIG=$VM
if [ -x "$VM" ]; then cp "$VM" "$WORK/stardust-java" && VM=$WORK/stardust-java; fi

if [ ! -x "$CORRUPT" ] || [ tests/java/negative/corrupt.c -nt "$CORRUPT" ]; then
  gcc -std=gnu11 -O2 -Wall -Wextra -o "$CORRUPT" tests/java/negative/corrupt.c || exit 2
fi

# generate CASE: runs the case's build steps unless its inputs are unchanged since last time.
generate() {
  local c=$1 dir=$CASES/$1 w=$WORK/$1 op a b rest
  if [ -f "$w/generated" ] && [ -z "$(find "$dir" "$CASES/_shared" "$CORRUPT" -newer "$w/generated" -print -quit)" ]; then
    return 0
  fi
  rm -rf "$w" && mkdir -p "$w/classes"
  while read -r op rest; do
    case $op in
      ''|'#'*) ;;
      compile)
        local srcs=()
        for a in $rest; do mapfile -t -O ${#srcs[@]} srcs < <(find "$dir/$a" -name '*.java' | sort); done
        javac --release 8 -nowarn -encoding UTF-8 -d "$w/classes" -cp "$w/classes" "${srcs[@]}" || return 1 ;;
      delete) rm "$w/classes/$rest" || return 1 ;;
      copy) read -r a b <<< "$rest"; cp "$w/classes/$a" "$w/classes/$b" || return 1 ;;
      corrupt) read -r a b <<< "$rest"; "$CORRUPT" "$w/classes/$a" $b || return 1 ;;
      main|expect) ;;
      *) echo "unknown step '$op' in $dir/case.conf" >&2; return 1 ;;
    esac
  done < "$dir/case.conf"
  touch "$w/generated"
}

# run_case CASE PREFIX CMD...: runs the case's main class, saving PREFIX.{out,err,rc}.
run_case() {
  local c=$1 prefix=$2 w=$WORK/$1 main; shift 2
  main=$(sed -n 's/^main  *//p' "$CASES/$c/case.conf")
  timeout -k 5 "$TIMEOUT" "$@" -cp "$w/classes" "$main" < /dev/null > "$w/$prefix.out" 2> "$w/$prefix.err"
  echo $? > "$w/$prefix.rc"
}

# check_error CASE PREFIX TEXT LABEL: the run failed cleanly with TEXT on stderr.
check_error() {
  local w=$WORK/$1 rc
  rc=$(cat "$w/$2.rc")
  if [ "$rc" != 1 ]; then echo "$4: expected exit status 1, got $(rc_meaning "$rc")"; return 1; fi
  if ! grep -qF -- "$3" "$w/$2.err"; then
    echo "$4: stderr does not mention '$3'; it says:"; head -5 "$w/$2.err"; return 1
  fi
}

one_case() {
  local c=$1 w=$WORK/$1 expect
  expect=$(sed -n 's/^expect  *//p' "$CASES/$c/case.conf")
  if ! generate "$c" > "$WORK/$c.gen.log" 2>&1; then
    mkdir -p "$w"; { echo "generating the case failed:"; cat "$WORK/$c.gen.log"; } > "$w/report"; return 1
  fi
  run_case "$c" ref "${REF_JAVA[@]}"
  if [ ! -x "$VM" ]; then echo "the VM under test is missing: $VM_ORIG not built" > "$w/report"; return 1; fi
  run_case "$c" vm "$VM" "${VM_ARGS[@]}"
  case $expect in
    compare) compare "$c" ref vm "OpenJDK-17" "stardust-java" ;;
    error\ *)
      { check_error "$c" ref "${expect#error }" "OpenJDK (case itself broken)" &&
        check_error "$c" vm "${expect#error }" "stardust-java"; } > "$w/report" ;;
    *) echo "case.conf has no valid 'expect' line" > "$w/report"; return 1 ;;
  esac
}

pass=0; fail=0
for c in "${cases[@]}"; do
  if one_case "$c"; then
    echo "PASS negative/$c" >> "$RESULTS"; pass=$((pass + 1))
  else
    echo "FAIL negative/$c" >> "$RESULTS"; fail=$((fail + 1))
    echo "=== FAIL negative/$c"; sed 's/^/    /' "$WORK/$c/report"
  fi
done
echo "negative tests: $pass passed, $fail failed (results in $RESULTS)"
[ "$fail" -eq 0 ]
