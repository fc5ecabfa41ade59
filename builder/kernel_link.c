/* kernel_link.c: see kernel_link.h. The link line mirrors kernel/xen/xen.mk's sd_link_guest:
 *
 *   gcc -nostdlib -static -no-pie -Wl,--build-id=none -Wl,-T,DIR/kernel.ld -Wl,-z,noexecstack
 *       -Wl,-z,max-page-size=4096 -Wl,--gc-sections -o OUT DIR/boot/<each>.o
 *       -Wl,--start-group <each selected component's files> -Wl,--end-group
 *
 * then `strip -o FINAL OUT`. --build-id=none and a fixed argument order keep the output the same
 * for the same components (ld is deterministic for the same inputs). */
#define _GNU_SOURCE
#include "kernel_link.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "manifest.h"
#include "msglist.h"

extern char **environ;

/* ---- the components --------------------------------------------------------------------- */

static const char *const xen_files[] = { "libsd-xen.a", NULL };
static const char *const jvm_files[] = { "libjvm-launcher.a", "libjvm.a", NULL };
static const char *const libc_files[] = { "libsdc.a", "libc.a", "libm.a", NULL };
static const char *const sdfs_files[] = { "libsdfs.a", NULL };
static const char *const netfront_files[] = { "libsd-netfront.a", NULL };
static const char *const lwip_files[] = { "liblwip.a", NULL };

/* In link order (one group: the order matters only for reading). */
static const struct kernel_component comp_jvm = { "jvm", jvm_files, 1 };
static const struct kernel_component comp_lwip = { "lwip", lwip_files, 0 };
static const struct kernel_component comp_sdfs = { "sdfs", sdfs_files, 1 };
static const struct kernel_component comp_libc = { "libc", libc_files, 1 };
static const struct kernel_component comp_netfront = { "netfront", netfront_files, 0 };
static const struct kernel_component comp_xen = { "xen", xen_files, 1 };

size_t kernel_components(const struct manifest *m, const struct kernel_component **out, size_t max)
{
    const struct kernel_component *sel[8];
    size_t n = 0;
    sel[n++] = &comp_jvm;
    if (m->nnetwork > 0)               /* sockets: the TCP/IP stack over netfront */
        sel[n++] = &comp_lwip;
    sel[n++] = &comp_sdfs;
    sel[n++] = &comp_libc;
    if (m->nnetwork > 0)
        sel[n++] = &comp_netfront;
    sel[n++] = &comp_xen;
    size_t k = n < max ? n : max;
    memcpy(out, sel, k * sizeof *out);
    return k;
}

const char *kernel_default_components_dir(char *buf, size_t buflen)
{
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        return NULL;
    exe[n] = 0;
    snprintf(buf, buflen, "%s/../lib/stardust", dirname(exe));
    return buf;
}

/* ---- running tools ---------------------------------------------------------------------- */

/* Starts argv with stdout+stderr into log_path; the pid, or -1 with an error. */
static pid_t spawn(char *const argv[], const char *log_path, struct msglist *errors)
{
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, log_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_adddup2(&fa, 1, 2);
    pid_t pid;
    int rc = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    if (rc != 0) {
        msglist_add(errors, "kernel link: cannot run %s: %s", argv[0], strerror(rc));
        return -1;
    }
    return pid;
}

/* Waits for pid (running tool); 0 when it exited 0, else -1 with its first lines of output. */
static int finish(pid_t pid, const char *tool, const char *log_path, struct msglist *errors)
{
    int status;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR) {
            msglist_add(errors, "kernel link: waiting for %s: %s", tool, strerror(errno));
            return -1;
        }
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
        return 0;
    /* the tool's own words, a few lines of them */
    FILE *f = fopen(log_path, "r");
    char line[512];
    int shown = 0;
    while (f && shown < 8 && fgets(line, sizeof line, f)) {
        line[strcspn(line, "\n")] = 0;
        msglist_add(errors, "kernel link: %s", line);
        shown++;
    }
    if (f)
        fclose(f);
    msglist_add(errors, "kernel link: %s failed (%s %d)", tool,
                WIFEXITED(status) ? "exit status" : "signal",
                WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status));
    return -1;
}

static int run(char *const argv[], const char *log_path, struct msglist *errors)
{
    pid_t pid = spawn(argv, log_path, errors);
    return pid < 0 ? -1 : finish(pid, argv[0], log_path, errors);
}

/* ---- the argument vector ---------------------------------------------------------------- */

struct argv { char **v; size_t n, cap; int oom; };

static void arg(struct argv *a, const char *fmt, const char *s)
{
    if (a->n + 2 > a->cap) {
        size_t cap = a->cap ? a->cap * 2 : 32;
        char **v = realloc(a->v, cap * sizeof *v);
        if (!v) {
            a->oom = 1;
            return;
        }
        a->v = v;
        a->cap = cap;
    }
    char *x = NULL;
    if (asprintf(&x, fmt, s) < 0) {
        a->oom = 1;
        return;
    }
    a->v[a->n++] = x;
    a->v[a->n] = NULL;
}

static void argv_free(struct argv *a)
{
    for (size_t i = 0; i < a->n; i++)
        free(a->v[i]);
    free(a->v);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* DIR/boot/<each>.o in name order (the entry point first is the linker script's business). */
static int boot_objects(struct argv *a, const char *dir, struct msglist *errors)
{
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/boot", dir);
    DIR *d = opendir(path);
    if (!d) {
        msglist_add(errors, "kernel link: %s: %s (run `make components`)", path, strerror(errno));
        return -1;
    }
    char *names[64] = { 0 };
    size_t n = 0;
    struct dirent *de;
    while ((de = readdir(d)) && n < 64) {
        size_t l = strlen(de->d_name);
        if (l > 2 && strcmp(de->d_name + l - 2, ".o") == 0)
            names[n++] = strdup(de->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = 0; i < n; i++) {
        if (names[i]) {
            snprintf(path, sizeof path, "%s/boot/%s", dir, names[i]);
            arg(a, "%s", path);
        } else
            a->oom = 1;
        free(names[i]);
    }
    if (n == 0) {
        msglist_add(errors, "kernel link: %s/boot has no boot objects", dir);
        return -1;
    }
    return 0;
}

/* The selected components' files; a component this release does not have is left out with one
 * warning at the manifest's first network interface (the guest then has no network). */
static int component_files(struct argv *a, const struct manifest *m, const char *dir,
                           struct msglist *errors, struct msglist *warnings)
{
    const struct kernel_component *sel[8];
    size_t n = kernel_components(m, sel, 8);
    char missing[128] = "";
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        if (!sel[i]->available) {
            snprintf(missing + strlen(missing), sizeof missing - strlen(missing), "%s%s",
                     missing[0] ? " and " : "", sel[i]->name);
            continue;
        }
        for (const char *const *f = sel[i]->files; *f; f++) {
            char path[PATH_MAX];
            snprintf(path, sizeof path, "%s/%s", dir, *f);
            if (access(path, R_OK) != 0) {
                msglist_add(errors, "kernel link: component %s: %s: %s (run `make components`)",
                            sel[i]->name, path, strerror(errno));
                rc = -1;
            } else
                arg(a, "%s", path);
        }
    }
    if (missing[0] && m->nnetwork > 0)
        msglist_add(warnings, "%s:%d:%d: network interfaces need %s, which this release does not "
                    "have yet: the guest is linked without them and has no network", m->file,
                    m->network[0].pos.line, m->network[0].pos.col, missing);
    return rc;
}

static void job_clear(struct kernel_job *j)
{
    if (j->unstripped)
        unlink(j->unstripped);
    if (j->log)
        unlink(j->log);
    free(j->unstripped);
    free(j->log);
    free(j->out);
    memset(j, 0, sizeof *j);
    j->pid = -1;
}

int kernel_link_start(const struct manifest *m, const char *components_dir, const char *out_path,
                      struct kernel_job *j, struct msglist *errors, struct msglist *warnings)
{
    struct argv a = { 0 };
    memset(j, 0, sizeof *j);
    j->pid = -1;
    if (asprintf(&j->unstripped, "%s.unstripped", out_path) < 0 ||
        asprintf(&j->log, "%s.log", out_path) < 0 || !(j->out = strdup(out_path))) {
        msglist_add(errors, "kernel link: out of memory");
        goto fail;
    }
    const char *fixed[] = { "-nostdlib", "-static", "-no-pie", "-Wl,--build-id=none",
                            "-Wl,-z,noexecstack", "-Wl,-z,max-page-size=4096", "-Wl,--gc-sections" };
    arg(&a, "%s", "gcc");
    for (size_t i = 0; i < sizeof fixed / sizeof *fixed; i++)
        arg(&a, "%s", fixed[i]);
    arg(&a, "-Wl,-T,%s/kernel.ld", components_dir);
    arg(&a, "%s", "-o");
    arg(&a, "%s", j->unstripped);
    if (boot_objects(&a, components_dir, errors) < 0)
        goto fail;
    arg(&a, "%s", "-Wl,--start-group");
    if (component_files(&a, m, components_dir, errors, warnings) < 0)
        goto fail;
    arg(&a, "%s", "-Wl,--end-group");
    if (a.oom) {
        msglist_add(errors, "kernel link: out of memory");
        goto fail;
    }
    if ((j->pid = spawn(a.v, j->log, errors)) < 0)
        goto fail;
    argv_free(&a);
    return 0;
fail:
    argv_free(&a);
    job_clear(j);
    return -1;
}

int kernel_link_finish(struct kernel_job *j, struct msglist *errors)
{
    if (j->pid < 0)
        return -1;
    int rc = finish(j->pid, "gcc", j->log, errors);
    j->pid = -1;
    if (rc == 0) {
        char *strip[] = { "strip", "-o", j->out, j->unstripped, NULL };
        rc = run(strip, j->log, errors);
    }
    job_clear(j);
    return rc;
}

/* Waits rather than kills: gcc's children (collect2, ld) would outlive a killed gcc and could
 * write into the work directory after the caller removed it. A link takes a fraction of a
 * second, and this is the failure path. */
void kernel_link_cancel(struct kernel_job *j)
{
    if (j->pid > 0)
        while (waitpid(j->pid, NULL, 0) < 0 && errno == EINTR)
            ;
    job_clear(j);
}

int kernel_link(const struct manifest *m, const char *components_dir, const char *out_path,
                struct msglist *errors, struct msglist *warnings)
{
    struct kernel_job j;
    if (kernel_link_start(m, components_dir, out_path, &j, errors, warnings) < 0)
        return -1;
    return kernel_link_finish(&j, errors);
}
