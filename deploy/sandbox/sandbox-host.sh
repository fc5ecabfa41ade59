#!/usr/bin/env bash
# The sandbox host's boot (started in the background by stardust-deploy, deploy/cli/sandbox.c):
# makes the agent's TLS certificate (once per state directory), packs the dom0 job
# (sandbox-dom0.sh as /job/run, the certificate, key and token) and boots Xen + dom0 in QEMU
# with the agent's port forwarded to 127.0.0.1:PORT on this machine only. Runs until QEMU ends:
# `stardust-deploy sandbox stop` kills this script's process group, LIFETIME_S is the limit.
# usage: sandbox-host.sh STATE_DIR SB PORT LIFETIME_S
#   STATE_DIR  the sandbox's state (token written by stardust-deploy; cert.pem/key.pem here)
#   SB         build/sandbox (xen, vmlinux, dom0.cpio: `make deps`)
# Environment: STARDUST_SANDBOX_EXTRA: more cpio archives for dom0, colon-separated (a
# /job/pre/run in them runs before the agent starts: the tests' hook).
set -euo pipefail
state=${1:?usage: sandbox-host.sh STATE_DIR SB PORT LIFETIME_S}; sb=$2; port=$3; life=$4
here=$(cd "$(dirname "$0")" && pwd)
boot=$state/boot
# QEMU forwards 127.0.0.1:PORT to dom0's PORT (boot.sh SD_SANDBOX_HOSTFWD): the agent listens there.
agent_port=$port
mkdir -p "$boot"
echo "sandbox-host: $(date -u +%FT%TZ) booting, agent on 127.0.0.1:$port"

# The agent's certificate: self-signed, for the loopback address the client connects to.
if [ ! -s "$state/cert.pem" ] || [ ! -s "$state/key.pem" ]; then
  (umask 077 && openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
     -days 3650 -subj /CN=stardust-sandbox \
     -addext subjectAltName=IP:127.0.0.1,DNS:localhost \
     -keyout "$state/key.pem.tmp" -out "$state/cert.pem.tmp" 2>/dev/null)
  mv "$state/key.pem.tmp" "$state/key.pem"
  mv "$state/cert.pem.tmp" "$state/cert.pem"
fi
[ -s "$state/token" ] || { echo "sandbox-host: no token in $state" >&2; exit 1; }

job=$boot/job
rm -rf "$job" && mkdir -p "$job/job/sandbox"
install -m 755 "$here/sandbox-dom0.sh" "$job/job/run"
install -m 644 "$state/cert.pem" "$job/job/sandbox/cert.pem"
install -m 600 "$state/key.pem" "$job/job/sandbox/key.pem"
install -m 600 "$state/token" "$job/job/sandbox/token"
echo "$agent_port" > "$job/job/sandbox/port"
(cd "$job" && find job | LC_ALL=C sort | cpio -o -H newc --quiet) > "$boot/job.cpio"
rm -rf "$job"

extra=()
IFS=: read -r -a extra <<< "${STARDUST_SANDBOX_EXTRA:-}"
# agent.cpio (deploy/sandbox/mkagent.sh): the agent, its libraries and network scripts for dom0.
[ -s "$sb/agent.cpio" ] || { echo "sandbox-host: no $sb/agent.cpio (make $sb/agent.cpio)" >&2; exit 1; }
export SD_SANDBOX_HOSTFWD=$port
"$here/boot.sh" "$sb" "$boot" "$life" "$sb/agent.cpio" "$boot/job.cpio" "${extra[@]}"
echo "sandbox-host: $(date -u +%FT%TZ) QEMU ended (status $?)"
