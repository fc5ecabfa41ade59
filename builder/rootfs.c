/* rootfs.c: see rootfs.h. */
#define _GNU_SOURCE
#include "rootfs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "classpath.h"
#include "manifest.h"
#include "msglist.h"
#include "sdfs/write.h"

/* ---- java.conf -------------------------------------------------------------------------- */

/* One "KEY VALUE" line; VALUE escaped as runtime/fs/README.md says (every space too, so a
 * value's leading or trailing blanks survive any reader). */
static void conf_line(FILE *f, const char *key, const char *v1, const char *sep, const char *v2)
{
    fprintf(f, "%s ", key);
    const char *parts[2] = { v1, v2 };
    for (int i = 0; i < 2 && parts[i]; i++) {
        if (i == 1)
            fputs(sep, f);
        for (const char *p = parts[i]; *p; p++) {
            switch (*p) {
            case '\\': fputs("\\\\", f); break;
            case '\n': fputs("\\n", f); break;
            case '\t': fputs("\\t", f); break;
            case ' ': fputs("\\s", f); break;
            default: fputc(*p, f);
            }
        }
    }
    fputc('\n', f);
}

char *rootfs_java_conf(const struct manifest *m)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    if (!f)
        return NULL;
    fprintf(f, "# /etc/stardust/java.conf: how to launch the VM (written by stardust-build)\n");
    conf_line(f, "main", m->main, NULL, NULL);
    for (size_t i = 0; i < m->nargs; i++)
        conf_line(f, "arg", m->args[i], NULL, NULL);
    conf_line(f, "classpath", "/app", NULL, NULL);
    for (size_t i = 0; i < m->nproperties; i++)
        conf_line(f, "prop", m->properties[i].key, "=", m->properties[i].value);
    for (size_t i = 0; i < m->nenv; i++)
        conf_line(f, "env", m->env[i].key, "=", m->env[i].value);
    if (m->heap)
        conf_line(f, "heap", m->heap, NULL, NULL);
    if (m->stack)
        conf_line(f, "stack", m->stack, NULL, NULL);
    if (fclose(f) != 0) {
        free(text);
        return NULL;
    }
    return text;
}

/* ---- the image -------------------------------------------------------------------------- */

static int add_bytes(struct sdfs_writer *w, const char *prefix, const char *name, const char *suffix,
                     const struct cp_item *it, struct msglist *errors)
{
    char *path = NULL, err[512];
    if (asprintf(&path, "%s%s%s", prefix, name, suffix) < 0) {
        msglist_add(errors, "%s: out of memory", it->source);
        return -1;
    }
    int rc = sdfs_writer_add(w, path, it->data, it->len, err, sizeof err);
    if (rc < 0)
        msglist_add(errors, "%s: %s", it->source, err);
    free(path);
    return rc;
}

static void add_classes(struct sdfs_writer *w, const struct classpath *app,
                        const struct classpath *lib, const unsigned char *keep,
                        struct rootfs_counts *c, struct msglist *errors)
{
    for (size_t i = 0; i < lib->nclasses; i++)
        if (keep[i] && add_bytes(w, "/classlib/", lib->classes[i].name, ".class", &lib->classes[i],
                                 errors) == 0)
            c->classlib_classes++;
    for (size_t i = 0; i < app->nclasses; i++)
        if (add_bytes(w, "/app/", app->classes[i].name, ".class", &app->classes[i], errors) == 0)
            c->app_classes++;
    for (size_t i = 0; i < app->nresources; i++)
        if (add_bytes(w, "", app->resources[i].name, "", &app->resources[i], errors) == 0)
            c->resources++;
}

static void add_manifest_resources(struct sdfs_writer *w, const struct manifest *m,
                                   struct rootfs_counts *c, struct msglist *errors)
{
    for (size_t i = 0; i < m->nresources; i++) {
        const struct mf_resource *r = &m->resources[i];
        char err[512];
        if (sdfs_writer_add_host(w, r->dest, r->src, err, sizeof err) < 0)
            msglist_add(errors, "%s:%d:%d: resource: %s", m->file, r->pos.line, r->pos.col, err);
        else
            c->resources++;
    }
}

int rootfs_write(const struct manifest *m, const struct classpath *app,
                 const struct classpath *lib, const unsigned char *keep, const char *out_path,
                 uint64_t *size, struct rootfs_counts *counts, struct msglist *errors)
{
    size_t before = msglist_count(errors);
    struct rootfs_counts c = { 0 };
    struct sdfs_writer *w = sdfs_writer_new();
    char *conf = rootfs_java_conf(m);
    char err[512];
    if (!w || !conf) {
        msglist_add(errors, "root filesystem: out of memory");
        goto out;
    }
    add_classes(w, app, lib, keep, &c, errors);
    add_manifest_resources(w, m, &c, errors);
    if (sdfs_writer_add(w, "/etc/stardust/java.conf", conf, strlen(conf), err, sizeof err) < 0)
        msglist_add(errors, "%s: %s", m->file, err);
    if (msglist_count(errors) == before &&
        sdfs_writer_write(w, out_path, size, NULL, err, sizeof err) < 0)
        msglist_add(errors, "root filesystem: %s", err);
out:
    free(conf);
    sdfs_writer_free(w);
    if (counts)
        *counts = c;
    return msglist_count(errors) == before ? 0 : -1;
}
