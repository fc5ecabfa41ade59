#!/usr/bin/env bash
# Boot the Xen sandbox once and run every guest of PLAN in it, one after the other, with
# sd-launch in dom0. For each guest NAME it writes
#   OUTDIR/NAME.console   the guest's console output only
#   OUTDIR/NAME.json      sd-launch's JSON report (reason, exit_code, times; see deploy/launch)
#   OUTDIR/NAME.stderr    sd-launch's messages;  OUTDIR/NAME.domains  `xl list` afterwards
# and OUTDIR/qemu.log (Xen's and dom0's console) for debugging.
#
# usage: run-guests.sh OUTDIR PLAN
# PLAN lines (blank lines and #comments ignored):
#   NAME KERNEL_ELF MEMORY_MB [timeout S] [via-xl] [cancel-after S] [ramdisk PATH]
#        [shutdown-on TEXT] [args CMDLINE]
# NAME: letters, digits, - and _. KERNEL_ELF, PATH: host paths (relative to the current
# directory). With "ramdisk PATH" the domain gets PATH as its initial ramdisk; a file shared by
# several guests goes into the sandbox once. With "args CMDLINE" the rest of the line is the
# domain's command line, as written. With "shutdown-on TEXT", dom0 runs `xl shutdown NAME` once
# the console contains TEXT (runs of blanks in TEXT count as one space). Both take the rest of
# the line; together they come as "shutdown-on TEXT args CMDLINE" (TEXT ends at the first
# word "args").
# A guest still running after its timeout (S, else SD_GUEST_TIMEOUT, default 60 s) is
# destroyed and reported with reason "timeout". With "via-xl" the guest is started with a plain
# `xl create` instead of sd-launch (for comparisons; its JSON has launcher "xl", its reason is
# "shutdown" or "crash" as `xl list` shows it, times are to the 10 ms). With "cancel-after S"
# dom0 sends sd-launch SIGTERM after S seconds (to test that it still destroys the domain).
# Environment: SD_SANDBOX (default build/sandbox, made by `make deps`),
# SD_LAUNCH (default build/bin/sd-launch).
# Exit status: 0 when every guest was run and reported (whatever the guests did), 1 otherwise.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
out=${1:?usage: run-guests.sh OUTDIR PLAN}; plan=${2:?usage: run-guests.sh OUTDIR PLAN}
sandbox=${SD_SANDBOX:-$root/build/sandbox}
launch=${SD_LAUNCH:-$root/build/bin/sd-launch}
guest_timeout=${SD_GUEST_TIMEOUT:-60}

die() { echo "run-guests: $*" >&2; exit 1; }
[ -f "$plan" ] || die "no plan $plan"
[ -f "$sandbox/dom0.cpio" ] || die "no sandbox in $sandbox (run: make deps)"
[ -x "$launch" ] || die "no $launch (run: make $launch)"
mkdir -p "$out"
# Two runs into one OUTDIR would mix their files: the second waits for the first.
exec 9>"$out/.lock"
flock -n 9 || { echo "run-guests: $out is in use by another run, waiting" >&2; flock 9; }
job=$out/job
rm -rf "$job" && mkdir -p "$job/job/bin" "$job/job/guests"

# The job cpio: the dom0 plan runner, sd-launch, the guests and the plan with dom0 paths.
names=(); total_timeout=0
# Host path (resolved) -> dom0 path: each kernel and ramdisk goes into the job once, however
# many guests use it (a plan of a hundred domains of one kernel stays small).
declare -A kernels ramdisks; nkernels=0; nramdisks=0
while read -r name kernel mem rest; do
  case $name in ''|'#'*) continue ;; esac
  [[ $name =~ ^[A-Za-z0-9_-]+$ ]] || die "bad guest name '$name'"
  [[ $mem =~ ^[0-9]+$ ]] || die "$name: bad memory '$mem'"
  [[ " ${names[*]} " != *" $name "* ]] || die "guest name '$name' used twice"
  timeout=$guest_timeout; launcher=sd-launch; cancel=0; ramdisk=; cmdline=; have_args=
  while [ -n "$rest" ]; do
    case $rest in
      timeout\ *) read -r _ timeout rest <<<"$rest"
                  [[ $timeout =~ ^[0-9]+$ ]] || die "$name: bad timeout '$timeout'" ;;
      via-xl|via-xl\ *) launcher=xl; rest=${rest#via-xl}; rest=${rest# } ;;
      cancel-after\ *) read -r _ cancel rest <<<"$rest"
                  [[ $cancel =~ ^[0-9]+$ ]] || die "$name: bad cancel-after '$cancel'" ;;
      ramdisk\ *) read -r _ ramdisk rest <<<"$rest"
                  [ -n "$ramdisk" ] || die "$name: ramdisk needs a PATH" ;;
      args\ ?*)   cmdline=${rest#args }; have_args=1; rest=; break ;;
      shutdown-on\ ?*)
                  # "shutdown-on TEXT args CMDLINE": TEXT ends at the first word "args".
                  if [[ $rest == *" args "?* ]]; then
                    cmdline=${rest#* args }; have_args=1; rest=${rest%% args *}
                  fi
                  break ;;
      *) die "$name: unknown option '$rest'" ;;
    esac
  done
  # xl's config file quotes the command line: keep to what needs no escaping there.
  [[ $launcher == xl && $cmdline == *[\"\\]* ]] && die "$name: via-xl args cannot hold \" or \\"
  total_timeout=$((total_timeout + timeout))
  # A missing kernel is passed on as a missing file: sd-launch reports it like dom0 would.
  kkey=$(realpath -m -- "$kernel")
  if [ -z "${kernels[$kkey]:-}" ]; then
    kernels[$kkey]=/job/guests/$nkernels.elf; nkernels=$((nkernels + 1))
    [ -f "$kernel" ] && cp "$kernel" "$job${kernels[$kkey]}"
  fi
  rd=-
  if [ -n "$ramdisk" ]; then
    rkey=$(realpath -m -- "$ramdisk")
    if [ -z "${ramdisks[$rkey]:-}" ]; then
      ramdisks[$rkey]=/job/ramdisks/$nramdisks.img; nramdisks=$((nramdisks + 1))
      mkdir -p "$job/job/ramdisks"
      # A missing ramdisk stays missing in dom0 too: sd-launch reports it.
      [ -f "$ramdisk" ] && cp "$ramdisk" "$job${ramdisks[$rkey]}"
    fi
    rd=${ramdisks[$rkey]}
  fi
  [ -n "$have_args" ] && printf '%s' "$cmdline" > "$job/job/guests/$name.cmdline"
  echo "$name ${kernels[$kkey]} $mem $timeout $launcher $cancel $rd${rest:+ $rest}" >> "$job/job/plan"
  rm -f "$out/$name".{console,json,stderr,domains}
  names+=("$name")
done < "$plan"
[ ${#names[@]} -gt 0 ] || die "no guests in $plan"
cp "$launch" "$job/job/bin/sd-launch"
install -m 755 "$here/dom0-run-plan.sh" "$job/job/run"
(cd "$job" && find job | LC_ALL=C sort | cpio -o -H newc --quiet) > "$out/job.cpio" || die "cpio"

# Boot: Xen + dom0 take 10-25 s under TCG; each guest gets its timeout plus slack.
limit=$((120 + total_timeout + ${#names[@]} * 15))
start=$(date +%s.%N)
"$root/deploy/sandbox/boot.sh" "$sandbox" "$out" "$limit" "$out/job.cpio"
qemu_status=$?
secs=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')

# Split the results channel into files (base64 blocks between markers).
tr -d '\r' < "$out/ttyS1.log" | awk -v dir="$out" '
  /^@@SD-BEGIN / { f = dir "/" $2 ".b64"; printf "" > f; next }
  /^@@SD-END /   { close(f); f = ""; next }
  f != ""        { print >> f }'
for b in "$out"/*.b64; do
  [ -e "$b" ] || continue
  base64 -d < "$b" > "${b%.b64}" 2>/dev/null || echo "run-guests: $(basename "$b"): damaged" >&2
  rm -f "$b"
done

status=0
grep -q '^@@SD-DONE' "$out/ttyS1.log" || { status=1; echo "run-guests: the sandbox did not finish the plan (QEMU status $qemu_status); see $out/qemu.log" >&2; }
for n in "${names[@]}"; do
  if [ -s "$out/$n.json" ]; then
    echo "run-guests: $n: $(cat "$out/$n.json")"
  else
    status=1; echo "run-guests: $n: no report" >&2
  fi
done
printf 'run-guests: boot cycle %.1f s for %d guest(s)\n' "$secs" "${#names[@]}"
exit $status
