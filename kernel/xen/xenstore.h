/* The xenstore client: the domain's channel to the toolstack's key/value store.
 *
 * Internal to kernel/xen (netfront, blkfront, shutdown, exit code). One shared ring page
 * (start_info store_mfn) and one event channel (store_evtchn); the wire format is
 * <xen/io/xs_wire.h>.
 *
 * Paths: a path that does not start with '/' is relative to the domain's home,
 * /local/domain/<domid>/ (so "data/exit-code" is this domain's). Values are strings; a
 * request (path + value) must fit in XS_REQ_MAX bytes, a reply larger than the caller's
 * buffer is truncated (and reported, see xs_read).
 *
 * Context of every request (xs_read, xs_write, xs_rm, xs_watch, xs_unwatch): any.
 *   From a thread with events unmasked the caller blocks on a wait queue while the reply
 *   arrives in event context; with events masked (event context, or before the scheduler
 *   runs) the call polls the ring instead. Several requests may be in flight at once: replies
 *   are matched to requests by id.
 * Errors: every call returns 0 (or a length) on success, or a negative SD_E* code:
 *   -SD_ENOENT no such key, -SD_EINVAL bad argument (too long, NULL), -SD_EIO anything the
 *   daemon refused (permissions, quota) or xenstore not initialised.
 */
#ifndef SD_XEN_XENSTORE_H
#define SD_XEN_XENSTORE_H
#include <stddef.h>

/* Largest request payload (path, NULs and value) we send: it must fit in the request ring at
 * once, so that requests from different contexts never interleave. */
#define XS_REQ_MAX 1000

/* Called on the "xenwatch" kernel thread for each watch event: path is the key that changed
 * (relative if the watch was registered relative). A callback may make xenstore requests and
 * may block; it must not unwatch itself. */
typedef void (*xs_watch_fn)(const char *path, void *arg);

/* Connect to the ring from start_info, bind its event channel and start the "xenwatch"
 * thread. Called once by boot code after the scheduler is up. Returns 0 or -SD_EIO. */
int xenstore_init(void);

/* Read the value of path into buf (NUL-terminated, truncated to len - 1 bytes).
 * Returns the full length of the value (so a result >= len means truncation), or <0. */
int xs_read(const char *path, char *buf, size_t len);
/* Write value to path (creating it and missing parents). Returns 0 or <0. */
int xs_write(const char *path, const char *value);
/* Remove path and everything below it. Returns 0 or <0 (-SD_ENOENT if absent). */
int xs_rm(const char *path);

/* Call fn(path, arg) whenever path or anything below it changes, and once right after
 * registration (xenstored's initial event). token must be unique among this domain's watches.
 * Returns 0 or <0 (nothing registered on failure). */
int xs_watch(const char *path, const char *token, xs_watch_fn fn, void *arg);
/* Stop a watch that xs_watch registered with this path and token. Events already queued for
 * it are dropped. Returns 0 or <0. Context: thread other than xenwatch itself, or any. */
int xs_unwatch(const char *path, const char *token);

#endif
