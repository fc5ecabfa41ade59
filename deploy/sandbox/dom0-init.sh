#!/bin/sh
# /init of the sandbox's dom0 (busybox sh). Brings up what libxl needs (the Xen device modules,
# xenfs, xenstored, xen-init-dom0, xenconsoled), then runs /job/run if an appended cpio supplied
# one (else prints `xl info`), then powers off, which makes QEMU exit.
# Guest consoles are logged by xenconsoled to /var/log/xen/console/guest-NAME.log.
export PATH=/usr/lib/xen-4.17/bin:/usr/sbin:/usr/bin:/sbin:/bin
export HOME=/root
# OpenSSL (the agent's and stardust-deploy's sha256) kept off its AVX, AVX2 and SHA-NI code:
# under QEMU 7.2's TCG, with the default vectorised code, one hash in a few hundred of an
# unchanged file came out wrong. The plain x86-64 code is the longest-emulated. Sandbox only:
# real hosts are unaffected.
export OPENSSL_ia32cap="~0x1000000000000000:~0x20000020"

say() { echo "sandbox: $*"; }
fail() { say "FAILED: $*"; sync; poweroff -f; }

mount_all() {
  mount -t proc proc /proc
  mount -t sysfs sysfs /sys
  mount -t devtmpfs devtmpfs /dev
  mount -t tmpfs tmpfs /run
  mount -t tmpfs tmpfs /tmp
  mkdir -p /dev/pts /dev/shm && mount -t devpts devpts /dev/pts
}

# Order matters: xenfs needs privcmd. A module built into the kernel fails insmod harmlessly.
load_modules() {
  d=/lib/modules/$(uname -r)/kernel/drivers/xen
  for m in xen-evtchn xen-privcmd xenfs/xenfs xen-gntdev xen-gntalloc; do
    [ -f "$d/$m.ko" ] && insmod "$d/$m.ko"
  done
  mount -t xenfs xenfs /proc/xen || fail "mount xenfs"
}

start_xen_services() {
  mkdir -p /run/xen /run/xenstored /var/lib/xen /var/lib/xenstored /var/log/xen/console
  xenstored --pid-file=/run/xenstored.pid || fail "xenstored"
  # xenstored daemonises before its socket may be up: wait for it to answer.
  i=0
  until xenstore-read / >/dev/null 2>&1 || xenstore-ls / >/dev/null 2>&1; do
    i=$((i + 1)); [ $i -gt 200 ] && fail "xenstored does not answer"; usleep 50000
  done
  xen-init-dom0 >/dev/null || fail "xen-init-dom0"
  xenconsoled --pid-file=/run/xenconsoled.pid --log=guest --log-dir=/var/log/xen/console \
    || fail "xenconsoled"
}

mount_all
load_modules
start_xen_services
say "dom0 ready"
if [ -x /job/run ]; then
  /job/run; say "job exited $?"
else
  xl info
fi
sync
poweroff -f
