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
mkdir -p "$(dirname "$results")"
: > "$results"
rm -rf "$out" && mkdir -p "$out/psrc" "$out/patch" "$out/tests" "$out/lang/src/sdtest/lang" "$out/lang/classes" "$out/runs"

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
  [ "$name" = LangTest ] || [ "$name" = ReaderTest ] && continue
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

# 3. java.lang: our classes renamed to sdtest.lang, LangTest compiled twice (with and without
#    imports of them), outputs compared
for c in Integer Long Short Byte Boolean Character AbstractStringBuilder StringBuilder StringBuffer NumberFormatException; do
  sed -e 's/^package java\.lang;/package sdtest.lang;/' \
      -e 's/(Class<[A-Za-z]*>) Class\.getPrimitiveClass("[a-z]*")/null/' \
      -e 's/new StringIndexOutOfBoundsException(\([a-zA-Z]*\))/new StringIndexOutOfBoundsException("String index out of range: " + \1)/' \
      "$src/java/lang/$c.java" > "$out/lang/src/sdtest/lang/$c.java"
done
mkdir -p "$out/lang/ref" "$out/lang/our"
cp "$here/LangTest.java" "$out/lang/ref/LangTest.java"
{ echo "import sdtest.lang.*;"; cat "$here/LangTest.java"; } > "$out/lang/our/LangTest.java"
# single-type imports shadow java.lang's implicit ones
sed -i '1s/.*/import sdtest.lang.Integer; import sdtest.lang.Long; import sdtest.lang.Short; import sdtest.lang.Byte; import sdtest.lang.Boolean; import sdtest.lang.Character; import sdtest.lang.StringBuilder; import sdtest.lang.StringBuffer;/' "$out/lang/our/LangTest.java"
if javac -nowarn -encoding UTF-8 -d "$out/lang/classes" $(find "$out/lang/src" -name '*.java') > "$out/lang.log" 2>&1 \
   && javac -nowarn -encoding UTF-8 -d "$out/lang/ref" "$out/lang/ref/LangTest.java" >> "$out/lang.log" 2>&1 \
   && javac -nowarn -encoding UTF-8 -cp "$out/lang/classes" -d "$out/lang/our" "$out/lang/our/LangTest.java" >> "$out/lang.log" 2>&1; then
  timeout 60 java -cp "$out/lang/ref" LangTest > "$out/runs/LangTest.ref.out" 2>&1
  timeout 60 java -cp "$out/lang/our:$out/lang/classes" LangTest > "$out/runs/LangTest.our.out" 2>&1
  if cmp -s "$out/runs/LangTest.ref.out" "$out/runs/LangTest.our.out" && [ -s "$out/runs/LangTest.ref.out" ]; then
    echo "PASS LangTest" >> "$results"
  else
    echo "FAIL LangTest" >> "$results"; status=1
    diff "$out/runs/LangTest.ref.out" "$out/runs/LangTest.our.out" | head -30
  fi
else
  cat "$out/lang.log"; echo "FAIL LangTest" >> "$results"; status=1
fi
# 4. java.io readers: the same trick with package sdtest.io
mkdir -p "$out/rd/src/sdtest/io" "$out/rd/classes" "$out/rd/ref" "$out/rd/our"
for c in Reader BufferedReader StringReader InputStreamReader; do
  sed -e 's/^package java\.io;/package sdtest.io;\nimport java.io.*;/' \
      -e 's/implements Readable, Closeable/implements Closeable/' \
      -e 's/OutputStream\.checkRange(/Range.check(/' "$src/java/io/$c.java" > "$out/rd/src/sdtest/io/$c.java"
done
printf 'package sdtest.io;\nclass Range {\n    static void check(int length, int off, int len) {\n        if ((off | len) < 0 || len > length - off)\n            throw new IndexOutOfBoundsException();\n    }\n}\n' > "$out/rd/src/sdtest/io/Range.java"
mkdir -p "$out/rd/src/stardust/io" && cp "$src/stardust/io/Utf8.java" "$out/rd/src/stardust/io/"
cp "$here/ReaderTest.java" "$out/rd/ref/ReaderTest.java"
{ echo "import sdtest.io.Reader; import sdtest.io.BufferedReader; import sdtest.io.StringReader; import sdtest.io.InputStreamReader;"; cat "$here/ReaderTest.java"; } > "$out/rd/our/ReaderTest.java"
if javac -nowarn -encoding UTF-8 -d "$out/rd/classes" $(find "$out/rd/src" -name '*.java') > "$out/rd.log" 2>&1 \
   && javac -nowarn -encoding UTF-8 -d "$out/rd/ref" "$out/rd/ref/ReaderTest.java" >> "$out/rd.log" 2>&1 \
   && javac -nowarn -encoding UTF-8 -cp "$out/rd/classes" -d "$out/rd/our" "$out/rd/our/ReaderTest.java" >> "$out/rd.log" 2>&1; then
  timeout 60 java -cp "$out/rd/ref" ReaderTest > "$out/runs/ReaderTest.ref.out" 2>&1
  timeout 60 java -cp "$out/rd/our:$out/rd/classes" ReaderTest > "$out/runs/ReaderTest.our.out" 2>&1
  if cmp -s "$out/runs/ReaderTest.ref.out" "$out/runs/ReaderTest.our.out" && [ -s "$out/runs/ReaderTest.ref.out" ]; then
    echo "PASS ReaderTest" >> "$results"
  else
    echo "FAIL ReaderTest" >> "$results"; status=1
    diff "$out/runs/ReaderTest.ref.out" "$out/runs/ReaderTest.our.out" | head -30
  fi
else
  cat "$out/rd.log"; echo "FAIL ReaderTest" >> "$results"; status=1
fi
exit $status
