/* sandbox.h: the "sandbox" host: a private Xen with a small dom0 running stardust-agent, inside
 * QEMU on this machine (deploy/sandbox/), reachable only on a loopback port. Started on first
 * use, kept running until `stardust-deploy sandbox stop` (or its lifetime, 24 h by default,
 * runs out: QEMU always runs under timeout).
 *
 * State directory (one sandbox per directory): $STARDUST_SANDBOX_DIR, else
 * $XDG_STATE_HOME/stardust/sandbox, else ~/.local/state/stardust/sandbox. It holds
 *   token          the agent's bearer token, new for every boot (mode 0600)
 *   cert.pem       the agent's self-signed certificate (for 127.0.0.1): the client's CA file
 *   key.pem        its key (0600)
 *   port           the loopback port QEMU forwards to the agent
 *   pid            the process group leader of the boot (deploy/sandbox/sandbox-host.sh)
 *   boot/          qemu.log (Xen's and dom0's console), ttyS1.log, the job archive
 *   lock           serialises start and stop between concurrent stardust-deploy processes
 * The Xen, dom0 kernel and dom0 initramfs come from the project's build/sandbox (`make deps`;
 * $SD_SANDBOX overrides). Nothing of the sandbox's own state (images, services) survives a stop.
 *
 * Every call returns an SDX_* status and a message in err. */
#ifndef SD_CLI_SANDBOX_H
#define SD_CLI_SANDBOX_H

#include <stdbool.h>
#include <stddef.h>

struct json_object;

struct sandbox_info {
    bool running;
    int pid;
    int port;
    char url[64];            /* https://127.0.0.1:PORT */
    char token[128];
    char ca[512];            /* path of cert.pem */
    char dir[448];           /* the state directory */
    double boot_s;           /* sandbox_start: seconds from spawn to a healthy agent (0: was up) */
};

/* Looks at the state directory: info->running when its QEMU is alive (the agent may still be
 * starting). Never starts anything. */
int sandbox_probe(struct sandbox_info *info, char *err, size_t errlen);
/* Makes sure the sandbox runs and its agent answers /v1/health, booting it when needed, waiting
 * at most timeout_s (0: 300 s). Concurrent callers boot it once. Progress on stderr when
 * verbose or a terminal. SDX_UNREACHABLE when it cannot be booted (what is missing is said). */
int sandbox_start(int timeout_s, int verbose, struct sandbox_info *info, char *err, size_t errlen);
/* Stops it (QEMU and everything under it); no-op when not running. */
int sandbox_stop(struct sandbox_info *info, char *err, size_t errlen);
/* {"host":"sandbox","running":..,"pid":..,"url":..,"state_dir":..,"boot_log":..} */
struct json_object *sandbox_info_json(const struct sandbox_info *info);

#endif
