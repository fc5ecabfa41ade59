#!/bin/sh
# /job/run of the sandbox host's dom0 (deploy/sandbox/dom0-init.sh runs it once Xen's services
# are up): runs /job/pre/run when a test supplied one, then stardust-agent with the job's
# certificate and token, listening on the port QEMU forwards from the host's loopback. The agent
# runs until the sandbox is stopped (QEMU is killed); should it die, dom0 powers off and the
# host side sees the sandbox gone.
sb=/job/sandbox
say() { echo "sandbox: $*"; }

if [ -x /job/pre/run ]; then
  say "running /job/pre/run"
  /job/pre/run; say "/job/pre/run exited $?"
fi

# Dom0's NIC (QEMU's forwarded port arrives there) and xenbr0 for guests' vifs (agent.cpio).
/usr/lib/stardust/agent-net-up.sh || say "network setup failed"
mkdir -p /etc/stardust /var/lib/stardust
cat > /etc/stardust/agent.conf <<CONF
host = sandbox
listen = 0.0.0.0
port = $(cat $sb/port)
tls_cert = $sb/cert.pem
tls_key = $sb/key.pem
token_file = $sb/token
console_dir = /var/log/xen/console
vif_script = /etc/xen/scripts/vif-stardust
CONF
say "starting stardust-agent"
stardust-agent -c /etc/stardust/agent.conf
say "stardust-agent exited $?"
