#!/bin/sh
# Dom0's network in the sandbox, for stardust-agent: the e1000 NIC QEMU gives when
# SD_SANDBOX_HOSTFWD is set, with QEMU user networking's fixed address (10.0.2.15/24, gateway
# 10.0.2.2), and the bridge xenbr0 (plus netback) that guests' vifs join.
m=/lib/modules/$(uname -r)/kernel
for mod in drivers/net/ethernet/intel/e1000/e1000 net/llc/llc net/802/stp net/bridge/bridge \
           drivers/net/xen-netback/xen-netback; do
  [ -f "$m/$mod.ko" ] && insmod "$m/$mod.ko" 2>/dev/null
done
ip link set lo up
i=0
until ip link show eth0 >/dev/null 2>&1; do
  i=$((i + 1)); [ $i -gt 50 ] && { echo "agent-net-up: no eth0" >&2; exit 1; }; usleep 100000
done
ip link set eth0 up
ip addr add 10.0.2.15/24 dev eth0
ip route add default via 10.0.2.2
brctl addbr xenbr0 2>/dev/null
ip link set xenbr0 up
exit 0
