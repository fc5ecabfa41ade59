#!/bin/sh
# /job/run in the sandbox's dom0 for the agent tests: network up, stardust-agent started from
# /job/agent.conf and started again whenever it dies (the test kills it mid-upload), and a
# control port (/job/ctrl-port, forwarded by QEMU) served by busybox nc with /job/control.sh.
# Runs until the test sends "poweroff" (then dom0-init powers off) or /job/max-seconds pass.
say() { echo "agent-job: $*"; }
/usr/lib/stardust/agent-net-up.sh || say "network setup failed"
ctrl=$(cat /job/ctrl-port)
max=$(cat /job/max-seconds)
mkdir -p /var/lib/stardust
(
  while [ ! -e /run/agent.stop ]; do
    stardust-agent -c /job/agent.conf >>/run/agent.log 2>&1
    echo "agent exited $?" >>/run/agent.log
    usleep 200000
  done
) &
say "agent started, control port $ctrl"
# Safety net: the host's timeout kills QEMU anyway; this powers off cleanly a bit earlier.
( sleep "$max"; touch /run/poweroff; echo poweroff | nc 127.0.0.1 "$ctrl" >/dev/null 2>&1 ) &
while [ ! -e /run/poweroff ]; do
  nc -l -p "$ctrl" -e /job/control.sh
done
touch /run/agent.stop
kill "$(pidof stardust-agent)" 2>/dev/null
sleep 1
say "agent log follows"; cat /run/agent.log
