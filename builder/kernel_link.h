/* kernel_link.h: links the image's Xen PV kernel (kernel + VM + libc) from the component
 * libraries in the components directory (default <dir of stardust-build>/../lib/stardust,
 * made by `make components`; layout and link line in that directory's README.md), with only
 * the components the manifest needs, and strips it.
 *
 * The selection is explicit (kernel_components): every image needs the Xen platform, the VM,
 * the C library layer and the root filesystem reader; a manifest with network interfaces
 * adds netfront and lwIP. Neither exists yet (available = 0): such a manifest is linked with
 * the same components as any other, with a warning that the guest has no network. */
#ifndef SD_BUILDER_KERNEL_LINK_H
#define SD_BUILDER_KERNEL_LINK_H
#include <stddef.h>
#include <sys/types.h>

struct manifest;
struct msglist;

struct kernel_component {
    const char *name;            /* "xen", "jvm", "libc", "sdfs", "netfront", "lwip" */
    const char *const *files;    /* in the components directory, link order; NULL-terminated */
    int available;               /* 0: not built by this release (network) */
};

/* The components m needs, in link order, into out[0..max); returns the count. */
size_t kernel_components(const struct manifest *m, const struct kernel_component **out, size_t max);

/* <dir of the running binary>/../lib/stardust into buf; NULL when /proc/self/exe is unreadable. */
const char *kernel_default_components_dir(char *buf, size_t buflen);

/* Links into out_path (stripped) through out_path.unstripped; the linker's first lines of
 * output go into errors on failure. 0 or -1. */
int kernel_link(const struct manifest *m, const char *components_dir, const char *out_path,
                struct msglist *errors, struct msglist *warnings);

/* The same in two halves, so the link runs while the caller does other work: start spawns the
 * linker (0, or -1 with errors and nothing running); finish waits for it and strips (0 or -1);
 * cancel waits for it to end and removes its files. After start, exactly one of finish and
 * cancel. */
struct kernel_job {
    pid_t pid;                 /* the linker, -1 when none */
    char *unstripped, *log, *out;
};
int kernel_link_start(const struct manifest *m, const char *components_dir, const char *out_path,
                      struct kernel_job *job, struct msglist *errors, struct msglist *warnings);
int kernel_link_finish(struct kernel_job *job, struct msglist *errors);
void kernel_link_cancel(struct kernel_job *job);

#endif
