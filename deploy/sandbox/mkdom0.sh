#!/usr/bin/env bash
# Build the sandbox's dom0 initramfs (newc cpio) from what fetch.sh unpacked under SB:
# busybox and its applets, the Xen tools (the real binaries under /usr/lib/xen-4.17/bin, not the
# /usr/sbin wrappers that need /sys/hypervisor), every library they load (found with ldd in the
# unpacked libraries), libgcc_s.so.1 (loaded by pthread_cancel, which ldd does not list),
# json-c (for sd-launch), the Xen device modules and deploy/sandbox/dom0-init.sh as /init.
# A job is added later by appending another cpio (the kernel accepts concatenated archives).
# usage: mkdom0.sh SB            writes SB/dom0.cpio
set -euo pipefail
sb=$(cd "${1:?usage: mkdom0.sh SB}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
kver=$(cat "$sb/kver")
stage=$sb/dom0
rm -rf "$stage"
mkdir -p "$stage"/{bin,sbin,usr/bin,usr/sbin,proc,sys,dev,run,tmp,root,etc,var/lib,var/log,job} \
         "$stage"/lib/x86_64-linux-gnu "$stage"/lib64 "$stage"/usr/lib/xen-4.17/bin
ln -s ../run "$stage/var/run"

# busybox: one static binary, applets as symlinks
cp "$sb/root/bin/busybox" "$stage/bin/busybox"
for a in $("$stage/bin/busybox" --list); do
  [ -e "$stage/bin/$a" ] || ln -s busybox "$stage/bin/$a"
done

xenbin=usr/lib/xen-4.17/bin
tools="xl xenstored xenconsoled xenconsole xen-init-dom0 libxl-save-helper"
for t in $tools; do cp "$sb/root/$xenbin/$t" "$stage/$xenbin/"; done
# xenstore-* are one program that looks at its name
cp "$sb/root/usr/bin/xenstore" "$stage/usr/bin/xenstore"
for t in read write ls list rm exists watch chmod; do ln -s xenstore "$stage/usr/bin/xenstore-$t"; done

# Libraries: resolve with ldd against the unpacked .debs only (never the host's /lib).
libpath=$sb/libroot/lib/x86_64-linux-gnu:$sb/libroot/usr/lib/x86_64-linux-gnu
copy_lib() {
  cp -L "$1" "$stage/lib/x86_64-linux-gnu/$(basename "$1")"
}
for t in $tools; do
  LD_LIBRARY_PATH=$libpath ldd "$sb/root/$xenbin/$t"
done | awk '/=>/ { print $1, $3 }' | sort -u | while read -r name path; do
  case "$path" in
    "$sb"/libroot/*) copy_lib "$path" ;;
    *) echo "mkdom0.sh: $name not found in the unpacked libraries ($path)" >&2; exit 1 ;;
  esac
done
for extra in libgcc_s.so.1 libjson-c.so.5; do
  copy_lib "$(ls "$sb"/libroot/{lib,usr/lib}/x86_64-linux-gnu/$extra 2>/dev/null | head -n1)"
done
copy_lib "$sb/libroot/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2"
ln -sf ../lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 "$stage/lib64/ld-linux-x86-64.so.2"

# Xen device modules for the dom0 kernel
moddir=lib/modules/$kver/kernel/drivers/xen
mkdir -p "$stage/$moddir/xenfs"
for m in xen-evtchn xen-privcmd xenfs/xenfs xen-gntdev xen-gntalloc; do
  cp "$sb/root/$moddir/$m.ko" "$stage/$moddir/$m.ko"
done

mkdir -p "$stage/etc/xen" && : > "$stage/etc/xen/xl.conf"   # xl warns without one
install -m 755 "$here/dom0-init.sh" "$stage/init"
(cd "$stage" && find . | LC_ALL=C sort | cpio -o -H newc --quiet) > "$sb/dom0.cpio.tmp"
mv "$sb/dom0.cpio.tmp" "$sb/dom0.cpio"
echo "sandbox: dom0 initramfs $(du -k "$sb/dom0.cpio" | cut -f1) KiB"
