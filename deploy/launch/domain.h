/*
 * domain.h: one Xen PV domain's life through libxenlight: create it, wait for it to shut down
 * (or for a deadline), read what it left in xenstore, destroy it.
 *
 * Used by sd-launch (deploy/launch/main.c) and meant for stardust-deploy. Runs in a dom0 (or any
 * domain with libxl's privileges). Every call returns 0 on success or a negative SD_E* code and
 * leaves a message for sd_host_error(); none of them exits.
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

/* What to boot. name, kernel are required; ramdisk and cmdline may be NULL. */
struct sd_domain_spec {
    const char *name;
    const char *kernel;       /* path of a Xen PV ELF, as seen by this domain */
    const char *ramdisk;
    const char *cmdline;
    unsigned memory_mb;       /* both max and target */
    unsigned vcpus;           /* 0 means 1 */
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

/* CLOCK_REALTIME in nanoseconds: the clock the guest's timestamps are on. */
int64_t sd_wall_ns(void);

#endif
