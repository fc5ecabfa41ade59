#!/usr/bin/env bash
# Conformance runner: each Java test program runs under OpenJDK 17 (the reference) and under
# stardust-java; stdout, stderr and the exit code must be identical byte for byte.
#
# usage: tests/java/run.sh [--results FILE] [--vm PATH] [--classlib DIR] [--timeout SECONDS]
#                          [-j N] [--validate] [--reference-only] [TEST...]
#   TEST         test names (default: all). A test is tests/java/NAME.java, or a directory
#                tests/java/NAME/ holding NAME.java (the main class) and its other classes.
#   --validate   check the tests themselves instead of the VM: compile with plain
#                `javac --release 8`, run each twice under OpenJDK, demand identical results.
#   --reference-only  compile and run OpenJDK only (PASS: compiled, reference run done), for
#                suites that run the programs elsewhere (tests/system runs them in the guest)
#                and compare with build/tests/java/NAME/ref.{out,err,rc}.
# Per-test settings, read from `//` comment lines at the top of the main source file:
#   // args: -Xmx16m -Dk=v     VM options (given to both VMs)
#   // main-args: a b c       program arguments
#   // timeout: 60            seconds (default 30, or --timeout)
#   // expect-exit: 1         the exit status OpenJDK must give (checked by --validate; default 0)
# Standard input comes from tests/java/NAME.in (or NAME/NAME.in) when present, else /dev/null.
# Work files: build/tests/java/NAME/{classes/,ref.*,vm.*,report}. Verdicts (`PASS NAME` /
# `FAIL NAME`) are appended to the results file; every failure's report is printed.
set -u
cd "$(dirname "$0")/../.." || exit 2
. tests/java/common.sh
SRC=tests/java
WORK=build/tests/java
RESULTS=build/results/check-java.txt
VM=build/bin/stardust-java
CLASSLIB=build/classlib/classes
TIMEOUT=30
JOBS=2
VALIDATE=0
REF_ONLY=0
REF_JAVA=(java -Xshare:auto -XX:-ShowCodeDetailsInExceptionMessages)
tests=()
while [ $# -gt 0 ]; do
  case $1 in
    --results) RESULTS=$2; shift 2 ;;
    --vm) VM=$2; shift 2 ;;
    --classlib) CLASSLIB=$2; shift 2 ;;
    --timeout) TIMEOUT=$2; shift 2 ;;
    -j) JOBS=$2; shift 2 ;;
    --validate) VALIDATE=1; WORK=build/tests/java-validate; shift ;;
    --reference-only) REF_ONLY=1; shift ;;
    -h|--help) sed -n '2,/^set -u/p' "$0" | sed '$d'; exit 0 ;;
    -*) echo "run.sh: unknown option $1" >&2; exit 2 ;;
    *) tests+=("$1"); shift ;;
  esac
done
[ "$JOBS" -gt 2 ] && JOBS=2   # two cores shared by the whole team

# All tests, sorted: single files and directories with a main class of the same name.
discover() {
  local f d
  for f in "$SRC"/*.java; do basename "$f" .java; done
  for d in "$SRC"/*/; do
    d=${d%/}; [ -f "$d/$(basename "$d").java" ] && basename "$d"
  done
}
[ ${#tests[@]} -eq 0 ] && mapfile -t tests < <(discover | sort)

# main_source NAME / test_dir NAME: where a test's files live.
test_dir() { if [ -d "$SRC/$1" ]; then echo "$SRC/$1"; else echo "$SRC"; fi; }
main_source() { echo "$(test_dir "$1")/$1.java"; }
sources_of() { if [ -d "$SRC/$1" ]; then find "$SRC/$1" -name "*.java" | sort; else echo "$SRC/$1.java"; fi; }

# header NAME KEY: the value of a `// KEY: value` line among the first comment lines.
header() {
  sed -n '/^\/\//!q; s/^\/\/ *'"$2"': *//p' "$(main_source "$1")" | head -1
}
export -f test_dir main_source header
export SRC WORK VM TIMEOUT VALIDATE REF_ONLY

mkdir -p "$WORK" "$(dirname "$RESULTS")"
# One run at a time: concurrent runs would overwrite each other's work files.
exec 9> "$WORK/.lock"
flock -n 9 || { echo "$(basename "$0"): waiting for another run to finish" >&2; flock 9; }

CLASSLIB_ORIG=$CLASSLIB
# Tests compile and run against a snapshot of the class library, so a rebuild of the library
# while the tests run (minutes) cannot make tests fail at random.
if [ "$VALIDATE" = 0 ] && [ -d "$CLASSLIB" ]; then
  rm -rf "$WORK/classlib" && cp -a "$CLASSLIB" "$WORK/classlib" && CLASSLIB=$WORK/classlib
fi
# The same for the VM binary, which a parallel build may relink under our feet.
VM_COPY=$VM
if [ "$VALIDATE" = 0 ] && [ -x "$VM" ]; then cp "$VM" "$WORK/stardust-java" && VM_COPY=$WORK/stardust-java; fi
export CLASSLIB VM_COPY CLASSLIB_ORIG

# --- compile: one JVM compiles every test into its own directory -----------------------------
compile_all() {
  local tools=build/tests/java-tools spec=$WORK/compile.spec opts
  mkdir -p "$tools"
  if [ ! -f "$tools/BatchJavac.class" ] || [ "$SRC/tools/BatchJavac.java" -nt "$tools/BatchJavac.class" ]; then
    javac -d "$tools" "$SRC/tools/BatchJavac.java" || return 1
  fi
  : > "$spec"
  local t
  for t in "${tests[@]}"; do
    rm -f "$WORK/$t/compiled" "$WORK/$t/verdict"
    printf '%s\t%s' "$t" "$WORK/$t/classes" >> "$spec"
    printf '\t%s' $(sources_of "$t") >> "$spec"
    printf '\n' >> "$spec"
  done
  if [ "$VALIDATE" = 1 ]; then
    opts=(--release 8 -encoding UTF-8 -nowarn)
  else
    opts=(-source 8 -target 8 -bootclasspath "$CLASSLIB" -encoding UTF-8 -nowarn -Xlint:-options)
  fi
  java -Xshare:auto -cp "$tools" BatchJavac "$spec" "${opts[@]}" |
    while read -r verdict t; do
      [ "$verdict" = OK ] && touch "$WORK/$t/compiled"
    done
  # A directory test's other files (not .java, not its .in) are resources: they go next to its
  # classes, at the same relative path, where getResourceAsStream finds them.
  local dest
  for t in "${tests[@]}"; do
    [ -d "$SRC/$t" ] && [ -f "$WORK/$t/compiled" ] || continue
    dest=$(realpath "$WORK/$t/classes")
    (cd "$SRC/$t" && find . -type f ! -name '*.java' ! -name "$t.in" -exec cp --parents {} "$dest/" \;)
  done
}

# --- run one test ----------------------------------------------------------------------------
# run_vm NAME PREFIX CMD...: runs the test's main class under CMD, saving PREFIX.{out,err,rc}.
run_vm() {
  local t=$1 prefix=$2; shift 2
  local w=$WORK/$t in=/dev/null args margs tmo
  [ -f "$(test_dir "$t")/$t.in" ] && in=$(test_dir "$t")/$t.in
  args=$(header "$t" args); margs=$(header "$t" main-args); tmo=$(header "$t" timeout)
  # shellcheck disable=SC2086  # options are whitespace-separated words by design
  timeout -k 5 "${tmo:-$TIMEOUT}" "$@" $args -cp "$w/classes" "$t" $margs \
    < "$in" > "$w/$prefix.out" 2> "$w/$prefix.err"
  echo $? > "$w/$prefix.rc"
}

# ref_key NAME: what OpenJDK's output depends on (class files, options, input, the JDK).
# Reference runs are reused while it is unchanged: they are the slow half of a run.
ref_key() {
  local t=$1 in
  in=$(test_dir "$t")/$t.in
  { find "$WORK/$t/classes" -type f | sort | xargs cat; sed -n '/^\/\//!q; p' "$(main_source "$t")"
    [ -f "$in" ] && cat "$in"; readlink -f "$(command -v java)"; } | sha1sum
}
ref_is_current() {
  [ -f "$WORK/$1/ref.rc" ] && [ -f "$WORK/$1/ref.key" ] && [ "$(ref_key "$1")" = "$(cat "$WORK/$1/ref.key")" ]
}

run_one() {
  local t=$1 w=$WORK/$1
  mkdir -p "$w"
  rm -f "$w"/{vm,ref2}.{out,err,rc} "$w/report"
  if [ ! -f "$w/compiled" ]; then
    { if [ "$VALIDATE" = 1 ]; then echo "does not compile with javac --release 8:";
      else echo "does not compile against our class library ($CLASSLIB_ORIG):"; fi
      grep -m1 -i -A2 'error:' "$w/classes.javac.log" 2>/dev/null || echo "(javac said nothing)"; } > "$w/report"
    echo "FAIL $t" > "$w/verdict"; return
  fi
  if [ "$VALIDATE" = 1 ] || ! ref_is_current "$t"; then
    run_vm "$t" ref "${REF_JAVA[@]}"
    # a reference run that timed out (a loaded machine) is not worth keeping
    if [ "$(cat "$w/ref.rc")" -lt 124 ]; then ref_key "$t" > "$w/ref.key"; else rm -f "$w/ref.key"; fi
  fi
  if [ "$VALIDATE" = 1 ]; then
    run_vm "$t" ref2 "${REF_JAVA[@]}"
    local rc want; rc=$(cat "$w/ref.rc"); want=$(header "$t" expect-exit)
    if compare "$t" ref ref2 "OpenJDK-run-1" "OpenJDK-run-2" && [ "$rc" = "${want:-0}" ]; then
      echo "PASS $t" > "$w/verdict"
    else
      [ "$rc" != "${want:-0}" ] && echo "OpenJDK: $(rc_meaning "$rc"), the test expects exit ${want:-0}" >> "$w/report"
      echo "FAIL $t" > "$w/verdict"
    fi
    return
  fi
  if [ "$REF_ONLY" = 1 ]; then
    if [ -f "$w/ref.key" ]; then echo "PASS $t" > "$w/verdict"; else
      echo "the OpenJDK reference run timed out" > "$w/report"; echo "FAIL $t" > "$w/verdict"; fi
    return
  fi
  if [ ! -x "$VM_COPY" ]; then
    echo "the VM under test is missing: $VM not built" > "$w/report"
    echo "FAIL $t" > "$w/verdict"; return
  fi
  run_vm "$t" vm "$VM_COPY" "-Xbootclasspath:$CLASSLIB"
  if compare "$t" ref vm "OpenJDK-17" "stardust-java"; then
    echo "PASS $t" > "$w/verdict"
  else
    echo "FAIL $t" > "$w/verdict"
  fi
}
export -f run_vm first_diff rc_meaning compare run_one ref_key ref_is_current
export REF_JAVA_STR="${REF_JAVA[*]}"

# Arrays do not cross `export`; the child shells rebuild REF_JAVA from a string.
compile_all || { echo "run.sh: cannot build the batch compiler" >&2; }
printf '%s\n' "${tests[@]}" |
  xargs -P "$JOBS" -I{} bash -c 'REF_JAVA=($REF_JAVA_STR); run_one "$1"' _ {}

pass=0; fail=0
for t in "${tests[@]}"; do
  v=$(cat "$WORK/$t/verdict" 2>/dev/null || echo "FAIL $t")
  echo "$v" >> "$RESULTS"
  case $v in
    PASS*) pass=$((pass + 1)) ;;
    *) fail=$((fail + 1)); echo "=== FAIL $t"; sed 's/^/    /' "$WORK/$t/report" 2>/dev/null ;;
  esac
done
echo "java tests: $pass passed, $fail failed (results in $RESULTS)"
[ "$fail" -eq 0 ]
