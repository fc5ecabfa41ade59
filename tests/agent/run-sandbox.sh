#!/usr/bin/env bash
# Boots the Xen sandbox with stardust-agent in dom0 and runs the API test program against it
# from this host. QEMU forwards two ports of 127.0.0.1: the agent's HTTPS port and a control
# port (tests/agent/control.sh). The TLS certificate and the token are made here, per run
# (openssl), and never stored in the tree.
# usage: run-sandbox.sh OUTDIR TEST_BIN IMAGES_DIR
# Environment for TEST_BIN: SD_AGENT_URL, SD_AGENT_TOKEN, SD_AGENT_CACERT, SD_CTRL_PORT,
# SD_IMAGES. Exit status: TEST_BIN's.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:?usage: run-sandbox.sh OUTDIR TEST_BIN IMAGES_DIR}; bin=$2; images=$3
sb=${SD_SANDBOX:-$root/build/sandbox}
mkdir -p "$out"
out=$(cd "$out" && pwd)
exec 9>"$out/.lock"
flock 9

# Two free ports (nothing listening on them now).
free_port() {
  local p
  while :; do
    p=$(( 20000 + RANDOM % 20000 ))
    (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null || { echo $p; return; }
  done
}
aport=$(free_port); cport=$(free_port)
[ "$aport" != "$cport" ] || cport=$((aport + 1))

job=$out/job
rm -rf "$job" && mkdir -p "$job/job/tls"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 \
  -subj /CN=localhost -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
  -keyout "$job/job/tls/key.pem" -out "$job/job/tls/cert.pem" 2>"$out/openssl.log" \
  || { echo "run-sandbox: openssl failed (see $out/openssl.log)" >&2; exit 1; }
token=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
echo "$token" > "$job/job/token"
cat > "$job/job/agent.conf" <<CONF
# written by tests/agent/run-sandbox.sh
host = sandbox
listen = 0.0.0.0
port = $aport
tls_cert = /job/tls/cert.pem
tls_key = /job/tls/key.pem
token_file = /job/token
state_dir = /var/lib/stardust/domains
image_dir = /var/lib/stardust/images
max_upload = 64M
request_timeout = 60
max_uploads = 4
vif_script = /etc/xen/scripts/vif-stardust
CONF
echo "$cport" > "$job/job/ctrl-port"
limit=${SD_AGENT_TEST_LIMIT:-900}
echo $((limit - 30)) > "$job/job/max-seconds"
install -m 755 "$here/dom0-agent-job.sh" "$job/job/run"
install -m 755 "$here/control.sh" "$job/job/control.sh"
(cd "$job" && find job | LC_ALL=C sort | cpio -o -H newc --quiet) > "$out/job.cpio"

SD_SANDBOX_HOSTFWD="$aport $cport" setsid "$root/deploy/sandbox/boot.sh" "$sb" "$out" "$limit" \
  "$sb/agent.cpio" "$out/job.cpio" &
qemu=$!

# Wait for dom0's job to start the agent; a QEMU that died (a port taken, a broken cpio) fails
# the run now instead of after the test's own wait.
for _ in $(seq "$limit"); do
  grep -q 'agent-job: agent started' "$out/qemu.log" 2>/dev/null && break
  kill -0 $qemu 2>/dev/null || { echo "run-sandbox: QEMU exited early, see $out/qemu.log" >&2; exit 1; }
  sleep 1
done

export SD_AGENT_URL=https://127.0.0.1:$aport SD_AGENT_TOKEN=$token \
       SD_AGENT_CACERT=$job/job/tls/cert.pem SD_CTRL_PORT=$cport SD_IMAGES=$images
start=$(date +%s)
"$bin"
status=$?
echo "run-sandbox: tests took $(( $(date +%s) - start )) s"

# Power dom0 off through the control port; QEMU exits when it has.
ctl() { (exec 3<>/dev/tcp/127.0.0.1/$cport && echo "$1" >&3 && cat <&3) 2>/dev/null; }
ctl agent-log > "$out/agent.log"
for _ in 1 2 3 4 5; do [ "$(ctl poweroff)" = ok ] && break; sleep 1; done
for _ in $(seq 60); do kill -0 $qemu 2>/dev/null || break; sleep 1; done
# boot.sh runs in its own process group (setsid): end it and its QEMU together.
kill -0 $qemu 2>/dev/null && { echo "run-sandbox: QEMU still running, killing it" >&2; kill -- -$qemu; }
wait $qemu
exit $status
