#!/usr/bin/env bash
# Packs the agent tests' guests into image.sd files under OUT: NAME.sd and NAME.sha256 (the
# digest the API uses), plus corrupt.sd: hello.sd with one byte of its kernel flipped (a valid
# tar whose kernel no longer matches image.json).
# usage: make-images.sh OUT MKIMAGE SD_MKFS BUILD
set -euo pipefail
out=$1 mkimage=$2 mkfs=$3 build=$4
mkdir -p "$out"
echo "stardust agent test rootfs" > "$out/motd"
"$mkfs" -o "$out/rootfs.img" "$out/motd:/etc/motd" >/dev/null
pack() {  # NAME ELF ON_CRASH MEMORY [MAC|auto]: a MAC means one interface on xenbr0, 10.0.3.2/24
  local name=$1 elf=$2 on_crash=$3 mem=$4 net=()
  [ $# -ge 5 ] && net=(--mac "$5" --ipv4 10.0.3.2/24)
  "$mkimage" --name "$name" --on-crash "$on_crash" --memory "$mem" --rootfs "$out/rootfs.img" \
    "${net[@]}" "$elf" "$out/$name.sd" > "$out/$name.sha256.tmp"
  mv "$out/$name.sha256.tmp" "$out/$name.sha256"
}
pack hello  "$build/guests/hello-c.elf"            destroy 32
pack crash  "$build/guests/test-crash.elf"         destroy 32
pack waiter "$build/guests/test-shutdown.elf"      destroy 32
pack spin   "$build/tests/system/spin-guest.elf"   destroy 16
pack netspin "$build/tests/system/spin-guest.elf"  destroy 16 00:16:3e:5d:00:01
pack netauto "$build/tests/system/spin-guest.elf"  destroy 16 auto
# Flip a byte well inside kernel.elf (the tar's second entry: after 512 B header + image.json).
cp "$out/hello.sd" "$out/corrupt.sd"
off=$(( $(grep -abo 'ELF' "$out/corrupt.sd" | head -n1 | cut -d: -f1) + 4096 ))
orig=$(dd if="$out/corrupt.sd" bs=1 skip=$off count=1 2>/dev/null | od -An -tu1 | tr -d ' ')
printf "$(printf '\\%03o' $(( (orig + 1) % 256 )))" | dd of="$out/corrupt.sd" bs=1 seek=$off conv=notrunc 2>/dev/null
sha256sum "$out/corrupt.sd" | cut -d' ' -f1 > "$out/corrupt.sha256"
echo "images: $(ls "$out"/*.sd | wc -l) in $out"
