#!/usr/bin/env bash
# check-classlib: proves the class library behaves like OpenJDK 17, independently of our VM.
#   1. java.util / java.io / stardust.io sources are compiled *into* OpenJDK's java.base
#      (--patch-module), with a host stand-in for stardust.vm.Native (support/);
#   2. every tests/classlib/*Test.java runs on plain OpenJDK and on the patched one; PASS when
#      stdout and stderr are byte-identical;
#   3. java.lang classes cannot replace OpenJDK's (its VM relies on their internals), so
#      LangTest runs against copies renamed to package sdtest.lang and compares with java.lang.
# usage: run.sh RESULTS_FILE   (writes "PASS name" / "FAIL name" lines)
set -u
results=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$root/build/classlib-test
src=$root/runtime/classlib/src
here=$root/tests/classlib
mkdir -p "$(dirname "$results")" "$root/build"
# one run at a time: the work directory is shared
exec 9> "$root/build/classlib-test.lock"
flock 9
: > "$results"
rm -rf "$out" && mkdir -p "$out/psrc" "$out/patch" "$out/tests" "$out/runs"

fail_all() { echo "FAIL $1" >> "$results"; }

# 1. the patch: our sources (minus the excluded ones) + the host Native
(cd "$src" && find java/util java/io stardust -name '*.java' | sort | grep -v -f <(grep -v '^#' "$here/patch-exclude.txt")) > "$out/patch-files.txt"
(cd "$src" && while read -r f; do mkdir -p "$out/psrc/$(dirname "$f")"; cp "$f" "$out/psrc/$f"; done) < "$out/patch-files.txt"
cp -r "$here/support/stardust" "$out/psrc/"
if ! javac -nowarn -Xlint:-options -encoding UTF-8 --patch-module java.base="$out/psrc" -d "$out/patch" \
      $(find "$out/psrc" -name '*.java') > "$out/patch.log" 2>&1; then
  cat "$out/patch.log"; fail_all "compile-patch"; exit 1
fi
echo "PASS compile-patch" >> "$results"

# 2. the programs, same bytes on both
javac -nowarn -encoding UTF-8 -d "$out/tests" "$here"/*Test.java > "$out/tests.log" 2>&1 \
  || { cat "$out/tests.log"; fail_all "compile-tests"; exit 1; }
jflags=(-XX:+UnlockDiagnosticVMOptions -XX:-CheckIntrinsics -Xshare:off)
status=0
for t in "$here"/*Test.java; do
  name=$(basename "$t" .java)
  case $name in LangTest | ReaderTest | HashtableTest | AtomicTest) continue ;; esac
  timeout 60 java "${jflags[@]}" -cp "$out/tests" "$name" > "$out/runs/$name.ref.out" 2> "$out/runs/$name.ref.err"
  timeout 60 java "${jflags[@]}" --patch-module java.base="$out/patch" -cp "$out/tests" "$name" \
      > "$out/runs/$name.our.out" 2> "$out/runs/$name.our.err"
  if cmp -s "$out/runs/$name.ref.out" "$out/runs/$name.our.out" && cmp -s "$out/runs/$name.ref.err" "$out/runs/$name.our.err" \
     && [ -s "$out/runs/$name.ref.out" ]; then
    echo "PASS $name" >> "$results"
  else
    echo "FAIL $name" >> "$results"; status=1
    diff "$out/runs/$name.ref.out" "$out/runs/$name.our.out" | head -20
    diff "$out/runs/$name.ref.err" "$out/runs/$name.our.err" | head -10
  fi
done

# 3. classes OpenJDK cannot take from us (its own VM and startup rely on their internals):
#    copies renamed into package sdtest.*, and the test compiled twice, once as written and
#    once with single-type imports that shadow the originals; outputs must be identical.
# renamed_test TEST FROM_DIR TO_PKG "CLASSES" "IMPORTED" [SED_EXPR...]
renamed_test() {
  local test=$1 from=$2 to=$3 classes=$4 imported=$5; shift 5
  local w=$out/$test todir=${to//.//} imports="" c e
  local seds=(-e "s/^package ${from//\//\\.};/package $to;\nimport ${from//\//.}.*;/")
  for e in "$@"; do seds+=(-e "$e"); done
  mkdir -p "$w/src/$todir" "$w/classes" "$w/ref" "$w/our"
  for c in $classes; do sed "${seds[@]}" "$src/$from/$c.java" > "$w/src/$todir/$c.java"; done
  for c in $imported; do imports="$imports import $to.$c;"; done
  mkdir -p "$w/src/stardust/io" && cp "$src/stardust/io/Utf8.java" "$w/src/stardust/io/"
  cp "$here/$test.java" "$w/ref/$test.java"
  { echo "$imports"; cat "$here/$test.java"; } > "$w/our/$test.java"
  if javac -nowarn -encoding UTF-8 -d "$w/classes" $(find "$w/src" -name '*.java') > "$w/log" 2>&1 \
     && javac -nowarn -encoding UTF-8 -d "$w/ref" "$w/ref/$test.java" >> "$w/log" 2>&1 \
     && javac -nowarn -encoding UTF-8 -cp "$w/classes" -d "$w/our" "$w/our/$test.java" >> "$w/log" 2>&1; then
    timeout 60 java -cp "$w/ref" "$test" > "$out/runs/$test.ref.out" 2>&1
    timeout 60 java -cp "$w/our:$w/classes" "$test" > "$out/runs/$test.our.out" 2>&1
    if cmp -s "$out/runs/$test.ref.out" "$out/runs/$test.our.out" && [ -s "$out/runs/$test.ref.out" ]; then
      echo "PASS $test" >> "$results"; return 0
    fi
    diff "$out/runs/$test.ref.out" "$out/runs/$test.our.out" | head -30
  else
    cat "$w/log"
  fi
  echo "FAIL $test" >> "$results"; status=1
}

renamed_test LangTest java/lang sdtest.lang \
  "Integer Long Short Byte Boolean Character AbstractStringBuilder StringBuilder StringBuffer NumberFormatException" \
  "Integer Long Short Byte Boolean Character StringBuilder StringBuffer" \
  's/(Class<[A-Za-z]*>) Class\.getPrimitiveClass("[a-z]*")/null/'
renamed_test ReaderTest java/io sdtest.io "Reader BufferedReader StringReader InputStreamReader" \
  "Reader BufferedReader StringReader InputStreamReader" \
  's/implements Readable, Closeable/implements Closeable/' \
  's/OutputStream\.checkRange(\([^,]*\), \([^,]*\), \([^)]*\))/java.util.Objects.checkFromIndexSize(\2, \3, \1)/' \
  's/OutputStream\.checkBounds(\([^,]*\), \([^,]*\), \([^)]*\))/if ((\2 | \3) < 0 || \3 > \1 - \2) throw new IndexOutOfBoundsException()/'
renamed_test HashtableTest java/util sdtest.util "Dictionary Hashtable" "Hashtable" \
  's/Collections\.synchronized\(Set\|Collection\)(\(.*\), this)/Collections.synchronized\1(\2)/'
renamed_test AtomicTest java/util/concurrent/atomic sdtest.atomic \
  "AtomicInteger AtomicLong AtomicBoolean AtomicReference" "AtomicInteger AtomicLong AtomicBoolean AtomicReference"
exit $status
