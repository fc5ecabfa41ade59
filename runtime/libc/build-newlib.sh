#!/bin/bash
# Build the guest's newlib from Debian's newlib-source package, once.
#
#   runtime/libc/build-newlib.sh DEST WORK JOBS CFLAGS...
#
# DEST  where include/, lib/libc.a, lib/libm.a and COPYING.NEWLIB end up (the Makefile's $(NEWLIB))
# WORK  scratch directory for the .deb, the unpacked source, the object tree and the log
# JOBS  parallel make jobs
# CFLAGS the target flags newlib is compiled with (the guest's, without warnings)
#
# Nothing is installed into the system: the package is fetched with `apt-get download` and
# unpacked with dpkg-deb. The whole make output goes to WORK/build.log; the terminal gets a
# progress line every 30 seconds, because a cold build takes several minutes.
#
# Two builds at once (two people running `make deps`) would wreck each other's trees, so they
# take turns on a lock; the second finds the first one's result (same script, same flags: the
# key recorded in DEST/.key) and stops there.
set -euo pipefail

[ $# -ge 3 ] || { echo "usage: $0 DEST WORK JOBS CFLAGS..." >&2; exit 2; }
DEST=$(realpath -m "$1"); WORK=$(realpath -m "$2"); JOBS=$3; shift 3
CFLAGS="$*"
# Per-thread struct _reent through __getreent() (runtime/libc/reent.c): newlib itself must be
# compiled with it, and the installed headers say so too (see install_headers below).
CFLAGS="$CFLAGS -D__DYNAMIC_REENT__"
TARGET=x86_64-xen-elf
LOG=$WORK/build.log
START=$(date +%s)

say() { echo "newlib: $* ($(( $(date +%s) - START ))s)"; }
fail() { echo "newlib: FAILED: $*; last lines of $LOG:" >&2; tail -n 30 "$LOG" >&2; exit 1; }

# The current newlib-source .deb, whatever its Debian revision.
fetch_source() {
    mkdir -p "$WORK/deb"
    if ! ls "$WORK"/deb/newlib-source_*.deb >/dev/null 2>&1; then
        say "downloading newlib-source"
        (cd "$WORK/deb" && apt-get download newlib-source) >>"$LOG" 2>&1 \
            || fail "apt-get download newlib-source"
    fi
    rm -rf "$WORK/pkg" && mkdir -p "$WORK/pkg"
    dpkg-deb -x "$(ls "$WORK"/deb/newlib-source_*.deb | tail -n 1)" "$WORK/pkg"
    local tarball
    tarball=$(ls "$WORK"/pkg/usr/src/newlib/newlib-*.tar.* | head -n 1)
    [ -f "$tarball" ] || fail "no newlib tarball in the package"
    say "unpacking $(basename "$tarball")"
    rm -rf "$WORK/src" && mkdir -p "$WORK/src"
    tar -xf "$tarball" -C "$WORK/src"
    # The tarball's top directory name is Debian's choice; take whatever holds newlib/.
    SRC=$(dirname "$(ls -d "$WORK"/src/*/newlib | head -n 1)")
    [ -x "$SRC/configure" ] || fail "no configure in the unpacked source"
}

configure_newlib() {
    say "configuring for $TARGET"
    rm -rf "$WORK/obj" "$WORK/stage" && mkdir -p "$WORK/obj"
    (cd "$WORK/obj" && "$SRC/configure" \
        --target=$TARGET --prefix="$WORK/stage" \
        --disable-multilib --disable-newlib-supplied-syscalls --disable-libgloss \
        --enable-newlib-retargetable-locking --enable-newlib-multithread \
        --enable-newlib-global-stdio-streams \
        --enable-newlib-io-c99-formats --enable-newlib-io-long-long \
        CC_FOR_TARGET=gcc AR_FOR_TARGET=ar AS_FOR_TARGET=as LD_FOR_TARGET=ld \
        NM_FOR_TARGET=nm RANLIB_FOR_TARGET=ranlib OBJDUMP_FOR_TARGET=objdump \
        READELF_FOR_TARGET=readelf STRIP_FOR_TARGET=strip \
        CFLAGS_FOR_TARGET="$CFLAGS") >>"$LOG" 2>&1 || fail "configure"
}

# make, with a progress line (objects compiled so far) every 30 seconds.
compile_newlib() {
    say "compiling with -j$JOBS (log: $LOG)"
    (cd "$WORK/obj" && env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL \
        make -j"$JOBS" all-target-newlib) >>"$LOG" 2>&1 &
    local pid=$! status=0
    while kill -0 "$pid" 2>/dev/null; do
        for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null && sleep 1; done
        kill -0 "$pid" 2>/dev/null \
            && say "$(find "$WORK/obj" -name '*.o' | wc -l) objects compiled"
    done
    wait "$pid" || status=$?
    [ "$status" -eq 0 ] || fail "make all-target-newlib"
    (cd "$WORK/obj" && env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL \
        make install-target-newlib) >>"$LOG" 2>&1 || fail "make install-target-newlib"
}

# Copy headers and libraries to DEST, adapted to Stardust's runtime/libc:
# * newlib.h is the installed record of how the library was configured. __DYNAMIC_REENT__ is
#   a compile flag, not a configure option, so it is recorded there by hand: every guest file
#   then reaches struct _reent the way the library does (__getreent()). The POSIX clock and
#   sleep calls runtime/libc provides are announced there too, so <time.h> declares them.
# * libc.a's do-nothing __getreent (getreent.o) and single-threaded locks (lock.o) are removed:
#   runtime/libc defines them, and a guest must never link the placeholders by accident.
#   So is setjmp.o: its longjmp(env, 0) makes setjmp return 0; runtime/libc/setjmp.S replaces it.
install_headers() {
    rm -rf "$DEST" && mkdir -p "$DEST/lib"
    cp -a "$WORK/stage/$TARGET/include" "$DEST/include"
    cp "$WORK/stage/$TARGET/lib/libc.a" "$WORK/stage/$TARGET/lib/libm.a" "$DEST/lib/"
    cat >>"$DEST/include/newlib.h" <<'EOF2'

/* Added by Stardust's runtime/libc/build-newlib.sh. The library was compiled with
   -D__DYNAMIC_REENT__: per-thread struct _reent through __getreent() (runtime/libc). */
#ifndef __DYNAMIC_REENT__
#define __DYNAMIC_REENT__ 1
#endif
/* runtime/libc provides clock_gettime, clock_getres and nanosleep with CLOCK_REALTIME and
   CLOCK_MONOTONIC (not the timer_* calls). */
#ifndef _POSIX_TIMERS
#define _POSIX_TIMERS 200809L
#endif
#ifndef _POSIX_MONOTONIC_CLOCK
#define _POSIX_MONOTONIC_CLOCK 200809L
#endif
EOF2
    ar d "$DEST/lib/libc.a" lib_a-getreent.o lib_a-lock.o lib_a-setjmp.o
    cp "$SRC/COPYING.NEWLIB" "$DEST/COPYING.NEWLIB"
}

mkdir -p "$WORK"
exec 9>"$WORK.lock"
flock 9
KEY=$( (cat "$0"; echo "$CFLAGS") | sha256sum | cut -d' ' -f1)
if [ "$(cat "$DEST/.key" 2>/dev/null)" = "$KEY" ]; then
    say "already built with this script and these flags: $DEST"
    exit 0
fi
: >"$LOG"
fetch_source
configure_newlib
compile_newlib
install_headers
echo "$KEY" >"$DEST/.key"
say "done: $DEST (libc.a $(du -k "$DEST/lib/libc.a" | cut -f1) KB)"
