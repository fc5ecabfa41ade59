#!/usr/bin/env bash
# Builds the seed corpus in OUT: class files javac makes from a few test programs (named
# valid-*.class: they must be accepted), plus the hand-written edge cases in tests/fuzz/seeds/
# (NAME.hex: hex bytes with # comments, turned into NAME.bin).
# usage: tests/fuzz/make-seeds.sh OUT JAVA_SOURCE...
set -eu
out=$1; shift
rm -rf "$out" && mkdir -p "$out/javac"
javac --release 8 -nowarn -encoding UTF-8 -d "$out/javac" "$@"
( cd "$out/javac" && find . -name '*.class' | sort ) | while read -r f; do
  name=${f#./}; flat=${name//\//_}; cp "$out/javac/$name" "$out/valid-${flat//\$/_}"
done
rm -rf "$out/javac"
for f in tests/fuzz/seeds/*.hex; do
  # strip comments and blanks, then let printf turn \xHH escapes into bytes
  printf "$(sed -e 's/#.*//' "$f" | tr -d ' \t\n' | sed 's/../\\x&/g')" > "$out/$(basename "$f" .hex).bin"
done
