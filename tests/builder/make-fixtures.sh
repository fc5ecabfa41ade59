#!/usr/bin/env bash
# make-fixtures.sh SRC OUT CLASSLIB: lays out the fixtures of tests/builder in OUT: the manifests
# (SRC/manifests), data files (SRC/data), and the class directories and jars they name, compiled
# from SRC/java against the class library CLASSLIB. The manifests use paths relative to OUT.
set -euo pipefail
src=$1 out=$2 classlib=$3
rm -rf "$out" && mkdir -p "$out"
cp "$src"/manifests/*.yaml "$out"/
cp "$src"/data/* "$out"/
mkdir -p "$out/data" && cp "$src"/data/greeting.txt "$out/data/"
# Latin-1, not UTF-8: made here so no file in the tree holds invalid text.
printf 'name: hello\nmain: H\351llo\n' > "$out/not-utf8.yaml"

jc() {   # jc OUTDIR SOURCES...: javac for the VM (class files version 52, our class library)
  local dir=$1; shift
  mkdir -p "$dir"
  javac -source 8 -target 8 -bootclasspath "$classlib" -nowarn -Xlint:-options -d "$dir" "$@"
}
jc "$out/classes" "$src"/java/ok/*.java
jc "$out/nomain" "$src"/java/nomain/*.java
jc "$out/dup-a" "$src"/java/dup-a/org/example/*.java
jc "$out/dup-b" "$src"/java/dup-b/org/example/*.java
jc "$out/link" "$src"/java/link/*.java
rm "$out/link/Missing.class"          # UsesMissing now refers to a class nobody has

jc "$out/jarlib" "$src"/java/jarlib/org/example/lib/*.java
mkdir -p "$out/jars"
(cd "$out/jarlib" && jar cf ../jars/good.jar org)
rm -rf "$out/jarlib"
# A jar cut off in the middle of its first entry: the central directory is gone too.
head -c 60 "$out/jars/good.jar" > "$out/jars/corrupt.jar"
# A jar whose class entry's compressed bytes are damaged (zeros over the middle of the file,
# which is inside the one class's deflated data): the jar reads, that entry does not.
cp "$out/jars/good.jar" "$out/jars/bad-entry.jar"
size=$(stat -c %s "$out/jars/good.jar")
printf '\0\0\0\0\0\0\0\0' | dd of="$out/jars/bad-entry.jar" bs=1 seek=$((size / 2)) conv=notrunc 2>/dev/null
