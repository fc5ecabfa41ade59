#!/bin/sh
# Runs in the sandbox's dom0 as /job/run (see deploy/sandbox/dom0-init.sh): boots each guest of
# /job/plan in turn with sd-launch and sends the results to the host over /dev/ttyS1, each file
# base64-encoded between "@@SD-BEGIN NAME.EXT" and "@@SD-END NAME.EXT" lines, then "@@SD-DONE".
#   NAME.console  the guest's console, as xenconsoled logged it
#   NAME.json     sd-launch's report;  NAME.stderr  sd-launch's messages
#   NAME.domains  `xl list` after the guest, to check that nothing was left behind
# Plan lines, as rewritten by run-guests.sh (kernel at /job/guests/NAME.elf, timeout filled in):
#   NAME KERNEL MEMORY_MB TIMEOUT_S [shutdown-on TEXT]
export PATH=/job/bin:$PATH
tty=/dev/ttyS1
stty -F $tty raw -echo 115200

emit() {  # emit NAME.EXT FILE
  { echo "@@SD-BEGIN $1"; base64 < "$2"; echo "@@SD-END $1"; } > $tty
}

# xenconsoled may still be writing the last of a guest's output: wait until the log stops growing.
settle() {
  last=-1; n=0
  while [ $n -lt 20 ]; do
    size=$(stat -c %s "$1" 2>/dev/null || echo 0)
    [ "$size" = "$last" ] && return
    last=$size; n=$((n + 1)); usleep 100000
  done
}

# With shutdown-on: once TEXT shows up on the console, ask the guest to shut down (once).
watch_console() {  # watch_console PID LOG TEXT NAME
  while kill -0 "$1" 2>/dev/null; do
    if [ -f "$2" ] && grep -qF -- "$3" "$2"; then
      xl shutdown "$4" >/dev/null 2>&1
      return
    fi
    usleep 100000
  done
}

run_guest() {  # run_guest NAME KERNEL MEMORY TIMEOUT [shutdown-on TEXT...]
  name=$1; kernel=$2; mem=$3; timeout=$4; shift 4
  log=/var/log/xen/console/guest-$name.log
  rm -f "$log"
  echo "harness: $name: starting"
  sd-launch --json --name "$name" --memory "$mem" --timeout "$timeout" "$kernel" \
    </dev/null >/tmp/$name.json 2>/tmp/$name.stderr &
  pid=$!
  if [ "$1" = shutdown-on ]; then
    shift
    watch_console $pid "$log" "$*" "$name"
  fi
  wait $pid
  echo "harness: $name: sd-launch exited $?"
  settle "$log"
  [ -f "$log" ] || : > "$log"
  xl list > /tmp/$name.domains 2>&1
  emit "$name.console" "$log"
  emit "$name.json" /tmp/$name.json
  emit "$name.stderr" /tmp/$name.stderr
  emit "$name.domains" /tmp/$name.domains
}

while read -r line; do
  case $line in ''|'#'*) continue ;; esac
  # word splitting on purpose: NAME KERNEL MEMORY TIMEOUT [shutdown-on TEXT...]
  run_guest $line
done < /job/plan
echo "@@SD-DONE" > $tty
