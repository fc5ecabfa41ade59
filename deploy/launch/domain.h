/*
 * domain.h: one Xen PV domain's life through libxenlight: create it, wait for it to shut down
 * (or for a deadline), read what it left in xenstore, destroy it.
 *
 * Used by sd-launch (deploy/launch/main.c) and meant for stardust-deploy. Runs in a dom0 (or any
 * domain with libxl's privileges). Every call returns 0 on success or a negative SD_E* code and
 * leaves a message for sd_host_error(); none of them exits.
 *
 * Thread safety: one sd_host may be used by one thread at a time (callers serialise).
 *
 * Typical use:
 *     sd_host *h; sd_host_open(&h, 0);
 *     sd_domain_create(h, &spec, &domid);        // running; on failure no domain is left
 *     sd_domain_wait(h, domid, 30000, -1, &exit); // shut down (exit.reason) or SD_ETIMEDOUT
 *     sd_guest_data_read(domid, &data);          // before destroy: keys vanish with the domain
 *     sd_domain_destroy(h, domid);
 *     sd_host_close(h);
 */
#ifndef SD_LAUNCH_DOMAIN_H
#define SD_LAUNCH_DOMAIN_H

#include <stdint.h>

enum {
    SD_OK = 0,
    SD_EXEN = -1,       /* libxl refused or failed (message in sd_host_error) */
    SD_ENOKERNEL = -2,  /* the kernel (or ramdisk) file is missing or unreadable */
    SD_ETIMEDOUT = -3,  /* the deadline passed before the domain shut down */
    SD_EGONE = -4,      /* the domain was destroyed by someone else while we waited */
    SD_ENOMEM = -5,
    SD_ECANCELED = -6,  /* the cancel descriptor became readable while we waited */
};

typedef struct sd_host sd_host;   /* a libxl context and its logger */

/* One network interface: a netback vif in this domain, added to bridge. */
struct sd_vif {
    const char *bridge;       /* e.g. "xenbr0"; NULL: the toolstack's default */
    const char *mac;          /* "00:16:3e:xx:xx:xx", or NULL: libxl picks one */
    const char *script;       /* hotplug script, or NULL: libxl's default (vif-bridge) */
};

/* What to boot. name, kernel are required; ramdisk and cmdline may be NULL. */
struct sd_domain_spec {
    const char *name;
    const char *kernel;       /* path of a Xen PV ELF, as seen by this domain */
    const char *ramdisk;
    const char *cmdline;
    unsigned memory_mb;       /* both max and target */
    unsigned vcpus;           /* 0 means 1 */
    const struct sd_vif *vifs;
    unsigned nvifs;
};

/* A domain's state as Xen reports it (one word; the first that applies, in this order). */
enum sd_domain_state {
    SD_DOM_DYING,             /* being torn down */
    SD_DOM_CRASHED,           /* shut down with reason crash */
    SD_DOM_SHUTDOWN,          /* shut down for any other reason, not yet destroyed */
    SD_DOM_PAUSED,
    SD_DOM_BLOCKED,           /* idle: waiting for an event */
    SD_DOM_RUNNING,
};

/* What libxl knows about one domain now. */
struct sd_domain_info {
    uint32_t domid;
    char name[128];           /* "" if xenstore has none */
    char uuid[37];
    enum sd_domain_state state;
    const char *shutdown_reason;  /* libxl's name when shut down, else NULL (static storage) */
    uint64_t memory_kb;
    unsigned vcpus;
};

/* How the domain ended. reason is libxl's name ("poweroff", "reboot", "suspend", "crash",
 * "watchdog", "soft_reset") and points to static storage. */
struct sd_domain_exit {
    const char *reason;
    int64_t t_shutdown_ns;    /* CLOCK_REALTIME when the shutdown was seen */
};

/* Opens a libxl context. verbose: 0 errors only, 1 progress, 2 debug (on stderr). On failure
 * *out is still set (NULL only with SD_ENOMEM) so that sd_host_error() can say why; close it. */
int sd_host_open(sd_host **out, int verbose);
/* Frees the context; NULL is fine. */
void sd_host_close(sd_host *h);
/* The last error's message ("" if none). Valid until the next call on h. */
const char *sd_host_error(const sd_host *h);

/* Creates the domain and unpauses it; *domid is set on success. On failure any half-built
 * domain has been destroyed and *domid is left unchanged. */
int sd_domain_create(sd_host *h, const struct sd_domain_spec *spec, uint32_t *domid);

/* Waits until the domain shuts down, timeout_ms passes (negative: no limit; SD_ETIMEDOUT) or
 * cancel_fd becomes readable (-1: none; SD_ECANCELED, e.g. a signalfd for SIGINT/SIGTERM).
 * The domain is left as it is (shut down but not destroyed, or still running). */
int sd_domain_wait(sd_host *h, uint32_t domid, int timeout_ms, int cancel_fd,
                   struct sd_domain_exit *exit);

/* Destroys the domain (running or shut down). */
int sd_domain_destroy(sd_host *h, uint32_t domid);

/* Asks the guest to shut down (PV shutdown request: control/shutdown = "poweroff") and returns
 * at once; the guest may ignore it (then destroy it). */
int sd_domain_shutdown(sd_host *h, uint32_t domid);

/* Fills *info for domid; SD_EGONE when Xen has no such domain. */
int sd_domain_info(sd_host *h, uint32_t domid, struct sd_domain_info *info);

/* Every domain but Domain-0: *list (malloc'd, free() it) and *n. */
int sd_domain_list(sd_host *h, struct sd_domain_info **list, int *n);

/* The id of the domain called name; SD_EGONE when there is none. */
int sd_domain_lookup(sd_host *h, const char *name, uint32_t *domid);

/* The MAC of each of domid's vifs, in device order: macs[i] gets "00:16:3e:..", *n how many
 * (at most max). Useful when libxl picked them. */
int sd_domain_vif_macs(sd_host *h, uint32_t domid, char (*macs)[18], unsigned max, unsigned *n);

/* The host: Xen's version ("4.17.3-pre") and its memory. */
struct sd_host_info {
    char xen_version[64];
    uint64_t total_kb, free_kb;
};
int sd_host_info(sd_host *h, struct sd_host_info *info);

/* The word for a state: "running", "blocked", "paused", "shutdown", "crashed", "dying". */
const char *sd_domain_state_name(enum sd_domain_state s);

/* CLOCK_REALTIME in nanoseconds: the clock the guest's timestamps are on. */
int64_t sd_wall_ns(void);

#endif
