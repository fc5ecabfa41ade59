/* build.c: from a checked manifest to image.sd (build.h). The steps, in order:
 *
 *   gather      the application's class path (directories, jars) and the class library
 *   check       the main class, then the link check (every reference resolves)
 *   rootfs      the class library closure, the root filesystem image
 *   kernel      the kernel link (only the components the manifest needs)
 *   image       image.sd: normalised manifest, versions, both parts with their digests
 *
 * Every problem found by gather and check is reported, not only the first; the later steps
 * run only when there are none. The parts are made in a private temporary directory and
 * image.sd is written with a rename at the end, so a failed build leaves nothing at out_path. */
#define _GNU_SOURCE
#include "build.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <json-c/json.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "classlib_closure.h"
#include "classpath.h"
#include "classworld.h"
#include "image_sd.h"
#include "kernel_link.h"
#include "linkcheck.h"
#include "maincheck.h"
#include "manifest.h"
#include "msglist.h"
#include "rootfs.h"

#define STARDUST_VERSION "0.1.0"

struct build {
    const struct manifest *m;
    const struct build_options *o;
    char components[PATH_MAX];
    char out_path[PATH_MAX];
    char work[PATH_MAX];            /* temporary directory, "" until made */
    struct classpath app, lib;
    struct classworld world;
    int world_ready;
    unsigned char *keep;
    struct msglist errors, warnings;
    struct build_report *r;
};

static void progress(struct build *b, const char *step, double fraction)
{
    if (b->o->progress)
        b->o->progress(step, fraction, b->o->progress_ctx);
}

/* A host path as messages show it: relative to the manifest's directory when inside it. */
static const char *shown_path(const struct manifest *m, const char *path)
{
    size_t n = strlen(m->dir);
    if (strncmp(path, m->dir, n) == 0 && path[n] == '/')
        return path + n + 1;
    if (strcmp(path, m->dir) == 0)
        return ".";
    return path;
}

/* ---- gather ----------------------------------------------------------------------------- */

static void gather(struct build *b)
{
    const struct manifest *m = b->m;
    for (size_t i = 0; i < m->nclasspath; i++) {
        const struct mf_classpath_entry *e = &m->classpath[i];
        const char *shown = shown_path(m, e->path);
        struct stat st;
        if (stat(e->path, &st) < 0)
            msglist_add(&b->errors, "%s:%d:%d: class path entry '%s': %s", m->file, e->pos.line,
                        e->pos.col, shown, strerror(errno));
        else if (e->is_jar)
            classpath_add_jar(&b->app, e->path, shown, &b->errors);
        else
            classpath_add_dir(&b->app, e->path, shown, &b->errors);
        progress(b, "gather", 0.5 * (double)(i + 1) / (double)(m->nclasspath + 1));
    }
    classpath_finish(&b->app, &b->errors);

    char classlib[PATH_MAX + 16];
    snprintf(classlib, sizeof classlib, "%s/classlib", b->components);
    struct stat st;
    if (stat(classlib, &st) < 0 || !S_ISDIR(st.st_mode))
        msglist_add(&b->errors, "class library not found at %s (run `make components`, or give "
                    "the components directory)", classlib);
    else
        classpath_add_dir(&b->lib, classlib, "classlib", &b->errors);
    classpath_finish(&b->lib, &b->errors);
    progress(b, "gather", 1.0);
}

/* ---- check ------------------------------------------------------------------------------ */

/* The VM looks in the class library first: an application class of the same name never loads. */
static void warn_hidden(struct build *b)
{
    for (size_t i = 0; i < b->app.nclasses; i++)
        if (classpath_find(&b->lib, b->app.classes[i].name)) {
            char dot[512];
            msglist_add(&b->warnings, "%s: class %s is hidden by the class library's",
                        b->app.classes[i].source, cw_dotted(b->app.classes[i].name, dot, sizeof dot));
        }
}

static int check(struct build *b)
{
    progress(b, "check", 0.0);
    if (cw_init(&b->world, &b->app, &b->lib) < 0) {
        msglist_add(&b->errors, "out of memory");
        return -1;
    }
    b->world_ready = 1;
    maincheck(b->m, &b->world, &b->errors);
    /* without the class library every reference would be "missing": one error is enough */
    if (b->lib.nclasses == 0)
        return -1;
    struct msglist problems = { 0 };
    linkcheck_run(&b->world, &problems, &b->errors);
    if (b->o->allow_missing)
        msglist_move(&b->warnings, &problems);
    else
        msglist_move(&b->errors, &problems);
    warn_hidden(b);
    progress(b, "check", 1.0);
    return msglist_count(&b->errors) ? -1 : 0;
}

/* ---- the parts -------------------------------------------------------------------------- */

static int slurp(const char *path, uint8_t **out, size_t *len, struct msglist *errors)
{
    FILE *f = fopen(path, "rb");
    struct stat st;
    if (!f || fstat(fileno(f), &st) < 0) {
        msglist_add(errors, "%s: %s", path, strerror(errno));
        if (f)
            fclose(f);
        return -1;
    }
    uint8_t *buf = malloc(st.st_size ? (size_t)st.st_size : 1);
    size_t n = buf ? fread(buf, 1, (size_t)st.st_size, f) : 0;
    fclose(f);
    if (!buf || n != (size_t)st.st_size) {
        free(buf);
        msglist_add(errors, "%s: cannot read", path);
        return -1;
    }
    *out = buf;
    *len = n;
    return 0;
}

static int make_rootfs(struct build *b, const char *path)
{
    progress(b, "rootfs", 0.0);
    b->keep = calloc(b->lib.nclasses ? b->lib.nclasses : 1, 1);
    if (!b->keep || classlib_closure(&b->world, b->keep) == (size_t)-1) {
        msglist_add(&b->errors, "class library closure: out of memory");
        return -1;
    }
    struct rootfs_counts c;
    uint64_t size = 0;
    if (rootfs_write(b->m, &b->app, &b->lib, b->keep, path, &size, &c, &b->errors) < 0)
        return -1;
    b->r->rootfs_size = size;
    b->r->app_classes = c.app_classes;
    b->r->classlib_classes = c.classlib_classes;
    b->r->resources = c.resources;
    progress(b, "rootfs", 1.0);
    return 0;
}

/* "NAME VERSION" lines of the components directory's VERSIONS, over the tool's own version. */
static struct json_object *versions(struct build *b)
{
    struct json_object *v = json_object_new_object();
    const char *names[] = { "classlib", "jvm", "kernel" };
    for (size_t i = 0; i < 3; i++)
        json_object_object_add(v, names[i], json_object_new_string(STARDUST_VERSION));
    char path[PATH_MAX + 16], line[256], name[64], ver[64];
    snprintf(path, sizeof path, "%s/VERSIONS", b->components);
    FILE *f = fopen(path, "r");
    while (f && fgets(line, sizeof line, f))
        if (line[0] != '#' && sscanf(line, "%63s %63s", name, ver) == 2)
            json_object_object_add(v, name, json_object_new_string(ver));
    if (f)
        fclose(f);
    json_object_object_add(v, "stardust-build", json_object_new_string(STARDUST_VERSION));
    return v;
}

static int make_image(struct build *b, const char *kpath, const char *rpath)
{
    progress(b, "image", 0.0);
    uint8_t *k = NULL, *rfs = NULL;
    size_t klen = 0, rlen = 0;
    int rc = -1;
    if (slurp(kpath, &k, &klen, &b->errors) < 0 || slurp(rpath, &rfs, &rlen, &b->errors) < 0)
        goto out;
    struct json_object *mj = manifest_to_json(b->m), *vj = versions(b);
    char err[512];
    rc = image_sd_write(b->out_path, mj, vj, k, klen, rfs, rlen, b->r->digest, err, sizeof err);
    json_object_put(mj);
    json_object_put(vj);
    if (rc < 0) {
        msglist_add(&b->errors, "%s", err);
        goto out;
    }
    struct stat st;
    b->r->image_size = stat(b->out_path, &st) == 0 ? (uint64_t)st.st_size : 0;
    b->r->kernel_size = klen;
    progress(b, "image", 1.0);
out:
    free(k);
    free(rfs);
    return rc;
}

/* ---- the whole build -------------------------------------------------------------------- */

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    return remove(path);
}

static int setup(struct build *b)
{
    const char *dir = b->o->components_dir;
    if (!dir && !(dir = kernel_default_components_dir(b->components, sizeof b->components))) {
        msglist_add(&b->errors, "cannot find the components directory (give --components DIR)");
        return -1;
    }
    if (dir != b->components)
        snprintf(b->components, sizeof b->components, "%s", dir);
    struct stat st;
    if (stat(b->components, &st) < 0 || !S_ISDIR(st.st_mode)) {
        msglist_add(&b->errors, "components not found at %s (run `make components`, or give "
                    "--components DIR)", b->components);
        return -1;
    }
    if (b->o->out_path)
        snprintf(b->out_path, sizeof b->out_path, "%s", b->o->out_path);
    else
        snprintf(b->out_path, sizeof b->out_path, "%s/image.sd", b->m->dir);
    const char *tmp = getenv("TMPDIR");
    snprintf(b->work, sizeof b->work, "%s/stardust-build.XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(b->work)) {
        msglist_add(&b->errors, "%s: %s", b->work, strerror(errno));
        b->work[0] = 0;
        return -1;
    }
    return 0;
}

/* The kernel link depends only on the manifest's component selection, so it runs in the
 * background from the start, while the classes are gathered and checked and the root
 * filesystem is written (the link is most of a build's time). */
static int run_steps(struct build *b)
{
    if (setup(b) < 0)
        return -1;
    char rpath[PATH_MAX + 16], kpath[PATH_MAX + 16];
    snprintf(rpath, sizeof rpath, "%s/rootfs.img", b->work);
    snprintf(kpath, sizeof kpath, "%s/kernel.elf", b->work);
    struct kernel_job job;
    int linking = kernel_link_start(b->m, b->components, kpath, &job, &b->errors, &b->warnings) == 0;
    gather(b);
    if (check(b) < 0 || make_rootfs(b, rpath) < 0 || !linking) {
        if (linking)
            kernel_link_cancel(&job);
        return -1;
    }
    progress(b, "kernel", 0.0);
    if (kernel_link_finish(&job, &b->errors) < 0)
        return -1;
    progress(b, "kernel", 1.0);
    return make_image(b, kpath, rpath);
}

/* Hands a msglist's lines to the report (which then owns them). */
static void to_report(struct msglist *l, char ***v, size_t *n)
{
    if (l->dropped)
        msglist_add(l, "(%zu more lines lost: out of memory)", l->dropped);
    *v = l->v;
    *n = l->n;
    memset(l, 0, sizeof *l);
}

int build_image(const struct manifest *m, const struct build_options *o, struct build_report *r)
{
    struct build b = { .m = m, .o = o, .r = r };
    memset(r, 0, sizeof *r);
    classpath_init(&b.app);
    classpath_init(&b.lib);
    int rc = run_steps(&b);
    if (rc == 0 && msglist_count(&b.errors))
        rc = -1;
    if (rc < 0 && msglist_count(&b.errors) == 0)
        msglist_add(&b.errors, "%s: build failed", m->file);
    if (b.work[0])
        nftw(b.work, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
    if (b.world_ready)
        cw_free(&b.world);
    free(b.keep);
    classpath_free(&b.app);
    classpath_free(&b.lib);
    to_report(&b.errors, &r->errors, &r->nerrors);
    to_report(&b.warnings, &r->warnings, &r->nwarnings);
    return rc;
}

void build_report_free(struct build_report *r)
{
    struct msglist e = { r->errors, r->nerrors, r->nerrors, 0 };
    struct msglist w = { r->warnings, r->nwarnings, r->nwarnings, 0 };
    msglist_free(&e);
    msglist_free(&w);
    memset(r, 0, sizeof *r);
}
