#!/usr/bin/env bash
# Fetch the sandbox's Debian packages (Xen, a dom0 kernel, the Xen tools, the libraries they
# load, busybox) with `apt-get download` and unpack them with `dpkg-deb -x` under OUT. Nothing is
# installed into the system. Then derive the boot files QEMU needs:
#   OUT/xen       the hypervisor, uncompressed (a multiboot ELF for QEMU's -kernel)
#   OUT/vmlinux   the dom0 kernel, uncompressed (boots faster than the bzImage)
#   OUT/vmlinuz   the same kernel as shipped (also a handy PV domU for testing)
#   OUT/root/     every package unpacked
#   OUT/kver      the kernel's version string (from lib/modules, never hard-coded)
# usage: fetch.sh OUT
set -euo pipefail
out=${1:?usage: fetch.sh OUT}
mkdir -p "$out/debs"
out=$(cd "$out" && pwd)

# The kernel's real package: linux-image-amd64 is a metapackage naming the versioned one.
kernel_pkg() {
  apt-cache depends linux-image-amd64 | sed -n 's/^ *Depends: \(linux-image-[0-9][^ ]*\)$/\1/p' | head -n1
}

# Libraries the dom0 programs load: the lib* dependencies of the Xen tools and of sd-launch's
# libraries, followed only through other lib* packages (not python3, udev and the like).
lib_closure() {
  local todo=("$@") seen=" " p d
  while [ ${#todo[@]} -gt 0 ]; do
    p=${todo[0]}; todo=("${todo[@]:1}")
    case "$seen" in *" $p "*) continue ;; esac
    seen="$seen$p "
    for d in $(apt-cache depends --no-recommends --no-suggests --no-conflicts --no-breaks \
                 --no-replaces --no-enhances "$p" 2>/dev/null \
               | sed -n 's/^ *\(Pre\)\{0,1\}Depends: \(lib[^ <>]*\|zlib1g\)$/\2/p'); do
      todo+=("$d")
    done
  done
  echo $seen
}

# A fresh machine may have empty package lists (every package it needed was preinstalled).
if ! apt-cache show xen-utils-4.17 >/dev/null 2>&1; then
  apt-get update -qq >/dev/null || { echo "fetch.sh: apt-get update failed" >&2; exit 1; }
fi
kpkg=$(kernel_pkg)
[ -n "$kpkg" ] || { echo "fetch.sh: cannot resolve linux-image-amd64" >&2; exit 1; }
pkgs="xen-hypervisor-4.17-amd64 xen-utils-4.17 xen-utils-common xenstore-utils busybox-static $kpkg"
libs=$(lib_closure xen-utils-4.17 xenstore-utils libxenmisc4.17 libjson-c5 libgcc-s1 zlib1g)

cd "$out/debs"
need=""
for p in $pkgs $libs; do
  ls "${p}"_*.deb >/dev/null 2>&1 || need="$need $p"
done
if [ -n "$need" ]; then
  echo "sandbox: downloading$need"
  apt-get download $need >"$out/download.log" 2>&1 \
    || { echo "fetch.sh: apt-get download failed, see $out/download.log" >&2; exit 1; }
fi

# Unpack Xen, kernel and busybox into root/, libraries into libroot/ (kept apart so the dom0
# image takes only the libraries its programs actually load).
rm -rf "$out/root" "$out/libroot"
mkdir -p "$out/root" "$out/libroot"
for p in ${pkgs% $kpkg}; do dpkg-deb -x "$(ls "${p}"_*.deb | head -n1)" "$out/root"; done
# Of the kernel package (400 MB unpacked) only the image and the Xen-related modules.
dpkg-deb --fsys-tarfile "$(ls "${kpkg}"_*.deb | head -n1)" | tar -x -C "$out/root" --wildcards \
  './boot/*' './lib/modules/*/kernel/drivers/xen/*' './lib/modules/*/kernel/drivers/net/xen-netback/*' \
  './lib/modules/*/kernel/drivers/block/xen-blkback/*' './lib/modules/*/kernel/net/bridge/*' \
  './lib/modules/*/kernel/net/802/*' './lib/modules/*/kernel/net/llc/*'
for p in $libs; do dpkg-deb -x "$(ls "${p}"_*.deb | head -n1)" "$out/libroot"; done

kver=$(ls "$out/root/lib/modules" | head -n1)
echo "$kver" > "$out/kver"
zcat "$out/root/boot/xen-4.17-amd64.gz" > "$out/xen"
cp "$out/root/boot/vmlinuz-$kver" "$out/vmlinuz"

# The bzImage holds an xz-compressed vmlinux: find the xz stream whose contents are an ELF.
extract_vmlinux() {
  local img=$1 dst=$2 off
  for off in $(grep -abo $'\xfd7zXZ\x00' "$img" | cut -d: -f1); do
    tail -c +$((off + 1)) "$img" | xz -dc --single-stream > "$dst" 2>/dev/null || true
    if [ "$(head -c 4 "$dst" | od -An -c | tr -d ' ')" = "177ELF" ]; then return 0; fi
  done
  echo "fetch.sh: no xz-compressed vmlinux in $img" >&2; return 1
}
LC_ALL=C extract_vmlinux "$out/vmlinuz" "$out/vmlinux"
echo "sandbox: Xen $(ls "$out"/debs/xen-hypervisor-*.deb | sed 's/.*_\(.*\)_amd64.deb/\1/'), kernel $kver"
