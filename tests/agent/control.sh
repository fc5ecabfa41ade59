#!/bin/sh
# One command from the test on the control connection (stdin), its answer on stdout:
#   kill-agent   SIGKILL the agent (its supervisor loop starts it again)
#   store        the files under /var/lib/stardust (path and size)
#   agent-log    the agent's stderr so far
#   xl-list      `xl list`
#   xl-destroy NAME     destroy a domain behind the agent's back
#   network-list NAME   `xl network-list NAME` and the interfaces on xenbr0
#   bench-xl FILE       ms of a plain `xl create` of kernel FILE (16 MiB, destroyed after)
#   poweroff     stop the agent and let dom0 power off
read -r cmd arg
case $cmd in
  kill-agent) kill -9 $(pidof stardust-agent) && echo killed ;;
  store) find /var/lib/stardust -type f | sort | while read -r f; do echo "$f $(wc -c < "$f")"; done
         echo end ;;
  agent-log) cat /run/agent.log ;;
  xl-list) xl list ;;
  xl-destroy) xl destroy "$arg" && echo destroyed ;;
  network-list) xl network-list "$arg"; ip -o link | grep 'master xenbr0' ;;
  bench-xl)
    printf 'name = "xlbench"\nkernel = "%s"\nmemory = 16\n' "$arg" > /tmp/xlbench.cfg
    t0=$(cut -d' ' -f1 /proc/uptime)
    xl create -q /tmp/xlbench.cfg >/tmp/xlbench.log 2>&1
    t1=$(cut -d' ' -f1 /proc/uptime)
    xl destroy xlbench >/dev/null 2>&1
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.0f\n", (b - a) * 1000 }' ;;
  poweroff) touch /run/poweroff; echo ok ;;
  *) echo "unknown command: $cmd" ;;
esac
