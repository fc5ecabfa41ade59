#!/usr/bin/env bash
# make-fixtures.sh OUT CLASSLIB: compiles builder/tests/java into the fixtures of
# check-builder-image (class directories, jars good and bad, manifests) under OUT.
set -euo pipefail
src=$(cd "$(dirname "$0")" && pwd)/java
out=$1 classlib=$(cd "$2" && pwd)
rm -rf "$out" && mkdir -p "$out"

jc() {   # jc OUTDIR SOURCES...: class files version 52 against our class library
  local dir=$1; shift
  mkdir -p "$dir"
  javac -source 8 -target 8 -bootclasspath "$classlib" -nowarn -Xlint:-options -d "$dir" "$@"
}
jc "$out/app" "$src"/app/*.java
jc "$out/nomain" "$src"/nomain/*.java
# The link fixture: compiled against v1, then Lib and Shape change under it and Gone goes away.
jc "$out/link" "$src"/link/v1/*.java "$src"/link/v1/q/*.java
jc "$out/link" -cp "$out/link" "$src"/link/v2/*.java "$src"/link/v2/q/*.java
rm "$out/link/Gone.class"
jc "$out/dup-a" "$src"/dup-a/org/x/*.java
jc "$out/dup-b" "$src"/dup-b/org/x/*.java
cp -r "$out/dup-a" "$out/dup-c"            # the same class, the same bytes: not an error
jc "$out/shadow" "$src"/shadow/java/util/*.java

# Jars: classes, a resource, META-INF (ignored, a Java 9+ class under versions/ too).
jc "$out/jartree" "$src"/jar/org/x/lib/*.java
echo "hello from a jar" > "$out/jartree/org/x/lib/greeting.txt"
mkdir -p "$out/jartree/META-INF/versions/9/org/x/lib"
cp "$out/jartree/org/x/lib/Greeter.class" "$out/jartree/META-INF/versions/9/org/x/lib/"
(cd "$out/jartree" && jar cf ../good.jar org META-INF/versions)
head -c 100 "$out/good.jar" > "$out/truncated.jar"
echo "this is not a zip file" > "$out/notzip.jar"
# One entry's compressed bytes damaged: the archive opens, that entry fails. The first match of
# the name is its local header's (header + 30); the extra field's length sits just before it.
cp "$out/good.jar" "$out/badentry.jar"
name=org/x/lib/Greeter.class
at=$(grep -obUaF "$name" "$out/badentry.jar" | head -1 | cut -d: -f1)
extra=$(od -An -tu2 -j $((at - 2)) -N2 "$out/badentry.jar" | tr -d ' ')
data=$((at + ${#name} + extra))
head -c 20 /dev/zero | tr '\0' 'Z' | dd of="$out/badentry.jar" bs=1 seek=$((data + 5)) conv=notrunc status=none

# Class files that are wrong in themselves.
mkdir -p "$out/badclass" "$out/wrongname"
head -c 40 "$out/app/Hello.class" > "$out/badclass/Bad.class"
cp "$out/app/Hello.class" "$out/wrongname/Other.class"

# A service: manifest, classes, a resource, next to each other.
mkdir -p "$out/hello"
cp -r "$out/app" "$out/hello/classes"
echo "a resource" > "$out/hello/greeting.txt"
cat > "$out/hello/service.yaml" <<'YAML'
name: hello
version: 1.0
main: Hello
args: [one, "two words"]
classpath: classes
resources:
  - greeting.txt
java:
  properties: { app.mode: test }
env: { TZ: UTC }
YAML

# Manifests beside the fixtures (paths relative to OUT).
printf 'name: link\nmain: User\nclasspath: [link]\n' > "$out/link.yaml"
printf 'name: many\nmain: NoMain\nclasspath: [nomain, dup-a, dup-b, truncated.jar]\n' > "$out/many.yaml"
printf 'name: net\nmain: Hello\nclasspath: [app]\nnetwork:\n  - ipv4: dhcp\n' > "$out/net.yaml"
printf 'name: jarred\nmain: Hello\nclasspath: [app, good.jar]\n' > "$out/jarred.yaml"
printf 'name: shadow\nmain: Hello\nclasspath: [app, shadow]\n' > "$out/shadow.yaml"
