#!/usr/bin/env bash
# Build a cpio to append after dom0.cpio when dom0 should run stardust-agent: the agent as
# /usr/sbin/stardust-agent, the shared libraries it loads that dom0.cpio lacks, the modules for
# dom0's network (QEMU's e1000 NIC; bridge + xen-netback for guests' vifs), and the scripts
# /usr/lib/stardust/agent-net-up.sh and /etc/xen/scripts/vif-stardust. Kept out of dom0.cpio so
# that runs without the agent do not unpack its libraries.
# The libraries come from this host (the agent was linked against them here; the Xen ones are
# already in dom0.cpio from the unpacked .debs); the NIC module from the fetched kernel .deb.
# usage: mkagent.sh SB AGENT_BIN OUT.cpio
set -euo pipefail
sb=$(cd "${1:?usage: mkagent.sh SB AGENT_BIN OUT.cpio}" && pwd)
agent=$2; out=$3
here=$(cd "$(dirname "$0")" && pwd)
kver=$(cat "$sb/kver")
stage=$sb/agent-stage
rm -rf "$stage"
mkdir -p "$stage"/{usr/sbin,usr/lib/stardust,lib/x86_64-linux-gnu,etc/xen/scripts,etc/stardust}
install -m 755 "$agent" "$stage/usr/sbin/stardust-agent"
install -m 755 "$here/agent-net-up.sh" "$stage/usr/lib/stardust/agent-net-up.sh"
install -m 755 "$here/vif-stardust" "$stage/etc/xen/scripts/vif-stardust"

# Libraries dom0.cpio does not have yet.
have=$sb/dom0/lib/x86_64-linux-gnu
ldd "$agent" | awk '/=>/ { print $1, $3 }' | sort -u | while read -r name path; do
  [ -e "$have/$name" ] && continue
  [ -f "$path" ] || { echo "mkagent.sh: $name not found" >&2; exit 1; }
  cp -L "$path" "$stage/lib/x86_64-linux-gnu/$name"
done

# Modules: e1000 from the kernel .deb (fetch.sh unpacks only the Xen-related ones), the rest
# from what fetch.sh unpacked.
mods=$stage/lib/modules/$kver/kernel
mkdir -p "$mods"
kdeb=$(ls "$sb"/debs/linux-image-"$kver"_*.deb | head -n1)
dpkg-deb --fsys-tarfile "$kdeb" | tar -x -C "$stage" --wildcards \
  './lib/modules/*/kernel/drivers/net/ethernet/intel/e1000/e1000.ko'
for m in net/llc/llc net/802/stp net/bridge/bridge drivers/net/xen-netback/xen-netback; do
  mkdir -p "$mods/$(dirname "$m")"
  cp "$sb/root/lib/modules/$kver/kernel/$m.ko" "$mods/$m.ko"
done
(cd "$stage" && find . | LC_ALL=C sort | cpio -o -H newc --quiet) > "$out.tmp"
mv "$out.tmp" "$out"
echo "sandbox: agent cpio $(du -k "$out" | cut -f1) KiB"
