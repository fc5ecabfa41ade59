# common.sh: shell functions shared by the Java test runners (sourced, not run).
# compare() expects $WORK to be set: the runs live in $WORK/NAME/PREFIX.{out,err,rc}.

# first_diff A B: "line N: expected «..», got «..»" for the first line where A and B differ.
first_diff() {
  local n
  n=$(cmp "$1" "$2" 2>/dev/null | sed -n 's/.*line \([0-9]*\).*/\1/p')
  if [ -z "$n" ]; then   # one file is a prefix of the other
    n=$(( $(wc -l < "$1") < $(wc -l < "$2") ? $(wc -l < "$1") + 1 : $(wc -l < "$2") + 1 ))
  fi
  printf 'line %s: expected «%s», got «%s»' "$n" "$(sed -n "${n}p" "$1")" "$(sed -n "${n}p" "$2")"
}

# rc_meaning RC: words for an exit status from `timeout`.
rc_meaning() {
  case $1 in
    124|137) echo "timed out" ;;
    *) if [ "$1" -gt 128 ]; then echo "killed by signal $(( $1 - 128 ))"; else echo "exit $1"; fi ;;
  esac
}

# compare NAME A B LABEL_A LABEL_B: writes the report, returns 0 when the runs agree.
compare() {
  local t=$1 a=$2 b=$3 w=$WORK/$1 ok=0 s
  for s in rc out err; do
    if ! cmp -s "$w/$a.$s" "$w/$b.$s"; then
      ok=1
      case $s in
        rc) echo "exit status: $4 $(rc_meaning "$(cat "$w/$a.rc")"), $5 $(rc_meaning "$(cat "$w/$b.rc")")" ;;
        *) echo "std$s differs at $(first_diff "$w/$a.$s" "$w/$b.$s")"
           diff -u --label "$4" --label "$5" "$w/$a.$s" "$w/$b.$s" | head -40 ;;
      esac
    fi
  done > "$w/report"
  return $ok
}

