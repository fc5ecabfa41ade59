#!/usr/bin/env bash
# build-example.sh SRC OUT CLASSLIB: lays out the example service SRC (manifests/NAME) in OUT
# the way a user's service directory looks after compiling: the manifest and its resources
# copied, src/ compiled into classes/, and each lib-src/LIB/ compiled and packed into
# lib/LIB.jar. Java is compiled for the VM: class files version 52 against our class library.
set -euo pipefail
src=$1 out=$2 classlib=$3
javac_vm() { javac -source 8 -target 8 -bootclasspath "$classlib" -encoding UTF-8 -nowarn \
                   -Xlint:-options "$@"; }

rm -rf "$out" && mkdir -p "$out"
cp -R "$src"/. "$out"/
rm -rf "$out/src" "$out/lib-src" "$out/README.md"

cp_jars=""
if [ -d "$src/lib-src" ]; then
  mkdir -p "$out/lib"
  for lib in "$src"/lib-src/*/; do
    name=$(basename "$lib")
    tmp=$(mktemp -d)
    javac_vm -d "$tmp" $(find "$lib" -name '*.java' | LC_ALL=C sort)
    jar cf "$out/lib/$name.jar" -C "$tmp" .
    rm -rf "$tmp"
    cp_jars="$cp_jars:$out/lib/$name.jar"
  done
fi
javac_vm -cp "${cp_jars#:}" -d "$out/classes" $(find "$src/src" -name '*.java' | LC_ALL=C sort)
