#!/bin/sh
# Runs in the sandbox's dom0 as /job/run (see deploy/sandbox/dom0-init.sh): boots each guest of
# /job/plan in turn with sd-launch and sends the results to the host over /dev/ttyS1, each file
# base64-encoded between "@@SD-BEGIN NAME.EXT" and "@@SD-END NAME.EXT" lines, then "@@SD-DONE".
#   NAME.console  the guest's console, as xenconsoled logged it
#   NAME.json     sd-launch's report;  NAME.stderr  sd-launch's messages
#   NAME.domains  `xl list` after the guest, to check that nothing was left behind
# Plan lines, as rewritten by run-guests.sh (kernels at /job/guests/N.elf, each file once;
# timeout filled in):
#   NAME KERNEL MEMORY_MB TIMEOUT_S sd-launch|xl CANCEL_AFTER_S(0: never) RAMDISK(-: none)
#   [shutdown-on TEXT]
# The domain's command line, when the plan gave one, is the whole of /job/guests/NAME.cmdline.
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

# Wall clock in ns (to the microsecond): busybox date has no %N, adjtimex shows tv_usec.
wall_ns() {
  adjtimex | awk '/time.tv_sec/ { s = $2 } /time.tv_usec/ { u = $2 } END { printf "%s%06d000\n", s, u }'
}

# ms between two ns stamps (empty when either is unknown)
ms() { [ -n "$1" ] && [ -n "$2" ] && awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", (b - a) / 1e6 }'; }
json_num() { if [ -n "$1" ]; then echo "$1"; else echo null; fi; }

# The comparison path: a plain `xl create`, timed from this script. Writes the same JSON shape.
xl_launch() {  # xl_launch NAME KERNEL MEMORY TIMEOUT RAMDISK|- CMDLINE_FILE
  printf 'name="%s"\nkernel="%s"\nmemory=%s\non_poweroff="preserve"\non_crash="preserve"\non_reboot="preserve"\n' \
    "$1" "$2" "$3" > /tmp/$1.cfg
  [ "$5" != - ] && printf 'ramdisk="%s"\n' "$5" >> /tmp/$1.cfg
  [ -f "$6" ] && printf 'extra="%s"\n' "$(cat "$6")" >> /tmp/$1.cfg
  t0=$(wall_ns)
  if ! xl create /tmp/$1.cfg >&2; then
    echo "{\"name\":\"$1\",\"launcher\":\"xl\",\"domid\":null,\"reason\":\"error\",\"error\":\"xl create failed\"}"
    return 3
  fi
  t1=$(wall_ns)
  id=$(xl domid "$1"); reason=timeout; end=
  deadline=$(( $(date +%s) + $4 ))
  while [ "$(date +%s)" -lt $deadline ]; do
    state=$(xl list "$1" 2>/dev/null | awk 'NR == 2 { print $5 }')
    case $state in *s*) reason=shutdown; break ;; *c*) reason=crash; break ;; esac
    usleep 10000
  done
  [ $reason = timeout ] || end=$(wall_ns)
  data=/local/domain/$id/data
  code=$(xenstore-read $data/exit-code 2>/dev/null); tc=$(xenstore-read $data/t-console-ns 2>/dev/null)
  tm=$(xenstore-read $data/t-main-ns 2>/dev/null)
  xl destroy "$1" >&2
  echo "{\"name\":\"$1\",\"launcher\":\"xl\",\"domid\":$id,\"reason\":\"$reason\",\"exit_code\":$(json_num "$code"),\"t_create_ns\":$t0,\"t_console_ns\":$(json_num "$tc"),\"t_main_ns\":$(json_num "$tm"),\"ms_xl_create\":$(ms $t0 $t1),\"ms_to_console\":$(json_num "$(ms $t0 "$tc")"),\"ms_to_main\":$(json_num "$(ms $t0 "$tm")"),\"ms_total\":$(json_num "$(ms $t0 "$end")")}"
}

run_guest() {  # run_guest NAME KERNEL MEMORY TIMEOUT LAUNCHER CANCEL RAMDISK [shutdown-on TEXT...]
  name=$1; kernel=$2; mem=$3; timeout=$4; launcher=$5; cancel=$6; ramdisk=$7; shift 7
  shutdown_text=
  [ "$1" = shutdown-on ] && { shift; shutdown_text="$*"; }
  cmdfile=/job/guests/$name.cmdline
  log=/var/log/xen/console/guest-$name.log
  rm -f "$log"
  echo "harness: $name: starting ($launcher)"
  if [ "$launcher" = xl ]; then
    xl_launch "$name" "$kernel" "$mem" "$timeout" "$ramdisk" "$cmdfile" \
      </dev/null >/tmp/$name.json 2>/tmp/$name.stderr &
  else
    set -- --json --name "$name" --memory "$mem" --timeout "$timeout"
    [ "$ramdisk" != - ] && set -- "$@" --ramdisk "$ramdisk"
    [ -f "$cmdfile" ] && set -- "$@" --cmdline "$(cat "$cmdfile")"
    sd-launch "$@" "$kernel" </dev/null >/tmp/$name.json 2>/tmp/$name.stderr &
  fi
  pid=$!
  [ "$cancel" -gt 0 ] && { sleep "$cancel"; kill -TERM $pid 2>/dev/null; } &
  [ -n "$shutdown_text" ] && watch_console $pid "$log" "$shutdown_text" "$name"
  wait $pid
  echo "harness: $name: $launcher exited $?"
  settle "$log"
  [ -f "$log" ] || : > "$log"
  xl list > /tmp/$name.domains 2>&1
  emit "$name.console" "$log"
  emit "$name.json" /tmp/$name.json
  emit "$name.stderr" /tmp/$name.stderr
  emit "$name.domains" /tmp/$name.domains
}

set -f   # a shutdown-on TEXT may hold * or ?: no globbing when splitting plan lines
while read -r line; do
  case $line in ''|'#'*) continue ;; esac
  # word splitting on purpose: NAME KERNEL MEMORY TIMEOUT LAUNCHER CANCEL RAMDISK [shutdown-on TEXT...]
  run_guest $line
done < /job/plan
echo "@@SD-DONE" > $tty
