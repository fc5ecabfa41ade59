#!/usr/bin/env bash
# Writes the harness plan of check-system-java (one sandbox boot for the whole suite) and the
# list of tests/java conformance programs it runs.
#
# usage: make-plan.sh PLAN LIST JAVA_ELF HELLO_IMG SUITE_IMG CORRUPT_IMG SKIPPED_FILE
#   PLAN      the plan for tests/system/harness/run-guests.sh (see its README for the format)
#   LIST      the conformance programs run, one a line (java_test.c makes one test of each)
#   SKIPPED   names of tests/java programs not to run (java_test --skipped: the reasons are there)
# Each conformance program NAME runs in its own domain from SUITE_IMG, whose /apps/NAME holds
# its classes and resources: command line `-cp /apps/NAME [its // args:] NAME [its // main-args:]`.
# Memory: 64 MiB, or -Xmx plus 64 MiB when the program asks for more than 32 MiB of heap, or
# what its `// guest-memory: MIB` header says (each live guest thread costs ~0.5 MiB of real
# memory: two 256 KiB stacks, no demand paging in the unikernel).
# Timeout: three times the program's own (// timeout:, default 30 s): guest CPU is emulated.
set -euo pipefail
plan=$1 list=$2 elf=$3 hello=$4 suite=$5 corrupt=$6 skipped=$7
src=tests/java

header() {  # header FILE KEY: the value of a leading `// KEY: value` comment line
  sed -n '/^\/\//!q; s/^\/\/ *'"$2"': *//p' "$1" | head -1
}

{
  echo "# check-system-java: written by tests/system/java/make-plan.sh"
  echo "hello      $elf 32 timeout 120 ramdisk $hello"
  echo "hello-args $elf 32 timeout 120 ramdisk $hello args Hello one two"
  echo "threads    $elf 32 timeout 300 ramdisk $suite args ProducersConsumers"
  echo "uncaught   $elf 32 timeout 120 ramdisk $suite args Uncaught"
  echo "exit7      $elf 32 timeout 120 ramdisk $suite args ExitSeven"
  echo "resources  $elf 32 timeout 120 ramdisk $suite args ReadResources"
  echo "errors     $elf 32 timeout 300 ramdisk $suite args -Xmx8m HeapAndStack"
  echo "oom        $elf 32 timeout 300 ramdisk $suite args -Xmx8m HeapAndStack oom"
  echo "soe        $elf 32 timeout 300 ramdisk $suite args HeapAndStack soe"
  echo "corrupt    $elf 32 timeout 60 ramdisk $corrupt"
  echo "hook       $elf 32 timeout 120 ramdisk $suite shutdown-on READY args ShutdownHook"
} > "$plan"

: > "$list"
for f in "$src"/*.java "$src"/*/; do
  name=$(basename "${f%/}" .java)
  main=$src/$name.java
  [ -d "$src/$name" ] && main=$src/$name/$name.java
  [ -f "$main" ] || continue
  grep -qx "$name" "$skipped" && continue
  opts=$(header "$main" args); margs=$(header "$main" main-args); tmo=$(header "$main" timeout)
  mem=$(header "$main" guest-memory); mem=${mem:-64}
  if [[ $opts =~ -Xmx([0-9]+)m ]] && [ "${BASH_REMATCH[1]}" -gt 32 ]; then
    mem=$(( BASH_REMATCH[1] + 64 ))
  fi
  echo "c-$name $elf $mem timeout $(( ${tmo:-30} * 3 )) ramdisk $suite args -cp /apps/$name${opts:+ $opts} $name${margs:+ $margs}" >> "$plan"
  echo "$name" >> "$list"
done
