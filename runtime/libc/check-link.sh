#!/bin/bash
# The check-libc-link suite: what the built newlib, libsdc.a and a linked C guest must look
# like. One line per test, `PASS name` or `FAIL name: why`, to RESULTS.
#
#   runtime/libc/check-link.sh RESULTS NEWLIB_DIR LIBSDC GUEST_ELF
set -uo pipefail
results=$1 newlib=$2 libsdc=$3 elf=$4
: >"$results"
failed=0

report() {   # report NAME OK-STATUS WHY
    if [ "$2" -eq 0 ]; then
        echo "PASS $1" >>"$results"
    else
        echo "FAIL $1: $3" >>"$results"
        failed=1
    fi
}

# Symbols an archive or ELF defines / leaves undefined.
defined() { nm -g --defined-only "$@" 2>/dev/null | awk 'NF == 3 { print $3 }' | sort -u; }
undefined() { nm -g --undefined-only "$@" 2>/dev/null | awk '{ print $NF }' | sort -u; }

# newlib is installed where GUEST_APP_CFLAGS/LIBS look, with its licence notice, and its
# config header says how it was built (per-thread _reent).
missing=$(for f in include/newlib.h include/stdio.h lib/libc.a lib/libm.a COPYING.NEWLIB; do
              [ -s "$newlib/$f" ] || echo "$f"; done)
report newlib-installed "$([ -z "$missing" ]; echo $?)" "missing: $missing"
grep -q '^#define __DYNAMIC_REENT__' "$newlib/include/newlib.h"
report newlib-dynamic-reent $? "newlib.h does not define __DYNAMIC_REENT__"

# The placeholders (and the broken setjmp) runtime/libc replaces are gone from libc.a.
left=$(ar t "$newlib/lib/libc.a" | grep -xE 'lib_a-(lock|getreent|setjmp)\.o')
report newlib-no-placeholders "$([ -z "$left" ]; echo $?)" "still in libc.a: $left"

# newlib needs nothing from the compiler runtime that runtime/libc does not provide (libgcc's
# helpers are all __-prefixed; the __*_array_* bounds come from the kernel's linker script).
provided=$(defined "$newlib/lib/libc.a" "$newlib/lib/libm.a" "$libsdc")
lib_needs=$(comm -23 <(undefined "$newlib/lib/libc.a" "$newlib/lib/libm.a") <(echo "$provided"))
helpers=$(echo "$lib_needs" | grep -E '^__' | grep -vE '^__(pre)?(init|fini)_array_(start|end)$' \
          | tr '\n' ' ')
report newlib-no-libgcc "$([ -z "$helpers" ]; echo $?)" "needs $helpers"

# libsdc.a provides every call newlib's libc.a leaves to the system that a C program commonly
# reaches, the ten lock functions, the nine static locks, and the start.
sdc_defs=$(defined "$libsdc")
want="_exit close execve fork fstat getpid gettimeofday isatty kill link lseek open read sbrk
stat times unlink wait write _init _fini __getreent sd_main clock_gettime clock_getres nanosleep
usleep sleep setjmp longjmp __mulsc3 __muldc3 __mulxc3
__retarget_lock_init __retarget_lock_init_recursive __retarget_lock_close
__retarget_lock_close_recursive __retarget_lock_acquire __retarget_lock_acquire_recursive
__retarget_lock_try_acquire __retarget_lock_try_acquire_recursive __retarget_lock_release
__retarget_lock_release_recursive
__lock___sinit_recursive_mutex __lock___sfp_recursive_mutex __lock___atexit_recursive_mutex
__lock___at_quick_exit_mutex __lock___malloc_recursive_mutex __lock___env_recursive_mutex
__lock___tz_mutex __lock___dd_hash_mutex __lock___arc4random_mutex"
absent=$(for s in $want; do echo "$sdc_defs" | grep -qx -- "$s" || echo -n "$s "; done)
report libsdc-defines-all "$([ -z "$absent" ]; echo $?)" "missing: $absent"

# The guest is fully linked, and its locks are kernel mutexes, not newlib's 1-byte dummies.
undef=$(undefined "$elf" | tr '\n' ' ')
report guest-fully-linked "$([ -z "$undef" ]; echo $?)" "undefined: $undef"
hex=$(nm -S "$elf" | awk '$4 == "__lock___malloc_recursive_mutex" { print $2 }')
size=$((16#${hex:-0}))
report guest-locks-are-mutexes "$([ "$size" -gt 8 ]; echo $?)" \
    "__lock___malloc_recursive_mutex is $size bytes"

exit $failed
