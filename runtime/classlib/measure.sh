#!/usr/bin/env bash
# Sizes of the class library: all class files, and the class files a hello-world program
# actually loads on our VM (the files stardust-java opens, seen with strace).
# usage: measure.sh CLASSES_DIR VM_BINARY
set -u
classes=$(cd "$1" && pwd)
vm=$2
total=$(find "$classes" -name '*.class' -printf '%s\n' | awk '{s += $1} END {print s}')
echo "classlib.total_bytes $total"
echo "classlib.class_files $(find "$classes" -name '*.class' | wc -l)"
if [ ! -x "$vm" ] || ! command -v strace > /dev/null; then
  echo "classlib.hello_loaded unavailable (needs $vm and strace)"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'public class Hello {\n    public static void main(String[] a) {\n        System.out.println("hello, world");\n    }\n}\n' > "$tmp/Hello.java"
javac -source 8 -target 8 -bootclasspath "$classes" -nowarn -Xlint:-options -d "$tmp" "$tmp/Hello.java"
strace -f -e trace=open,openat -o "$tmp/trace" timeout 30 "$vm" -Xbootclasspath:"$classes" -cp "$tmp" Hello > "$tmp/out"
grep -v " = -1 " "$tmp/trace" | grep -o "\"$classes/[^\"]*\.class\"" | tr -d '"' | sort -u > "$tmp/loaded"
echo "classlib.hello_output $(cat "$tmp/out")"
echo "classlib.hello_loaded_classes $(wc -l < "$tmp/loaded")"
echo "classlib.hello_loaded_bytes $(xargs -r stat -c %s < "$tmp/loaded" | awk '{s += $1} END {print s + 0}')"
