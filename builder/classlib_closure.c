/* classlib_closure.c: see classlib_closure.h. A work list over the class world. */
#include "classlib_closure.h"

#include <stdlib.h>
#include <string.h>

#include "classpath.h"
#include "classworld.h"
#include "vm_roots.h"

struct work {
    struct classworld *w;
    unsigned char *keep, *app_seen;
    struct cw_class **list;
    size_t n, cap, kept;
    int oom;
};

static void add(struct work *k, const char *name)
{
    struct cw_class *c = cw_find(k->w, name);
    if (!c)
        return;
    unsigned char *seen = c->in_lib ? &k->keep[c->index] : &k->app_seen[c->index];
    if (*seen)
        return;
    if (k->n == k->cap) {
        size_t cap = k->cap ? k->cap * 2 : 256;
        struct cw_class **l = realloc(k->list, cap * sizeof *l);
        if (!l) {
            k->oom = 1;
            return;
        }
        k->list = l;
        k->cap = cap;
    }
    *seen = 1;
    k->kept += c->in_lib;
    k->list[k->n++] = c;
}

/* A class name that may be an array ("[[Lfoo/Bar;") or a primitive array. */
static void add_class_name(struct work *k, const char *name)
{
    char buf[512];
    const char *elem = name ? cw_element_class(name, buf, sizeof buf) : NULL;
    if (elem)
        add(k, elem);
}

/* Every "Lfoo/Bar;" in a field or method descriptor. */
static void add_descriptor(struct work *k, const char *desc)
{
    for (const char *p = desc; p && (p = strchr(p, 'L'));) {
        const char *end = strchr(p, ';');
        if (!end)
            return;
        char buf[512];
        size_t n = (size_t)(end - p - 1);
        if (n < sizeof buf) {
            memcpy(buf, p + 1, n);
            buf[n] = 0;
            add(k, buf);
        }
        p = end + 1;
    }
}

static void scan(struct work *k, struct cw_class *c)
{
    const cf_class *cf = cw_parse(c);
    if (!cf)
        return;
    for (unsigned i = 1; i < cf->cp_count; i++) {
        const cf_const *e = &cf->cp[i];
        if (e->tag == CONST_Class)
            add_class_name(k, cw_utf8(cf, e->idx1));
        else if (e->tag == CONST_NameAndType)
            add_descriptor(k, cw_utf8(cf, e->idx2));
        else if (e->tag == CONST_MethodType)
            add_descriptor(k, cw_utf8(cf, e->idx1));
    }
    for (uint16_t i = 0; i < cf->nfields; i++)
        add_descriptor(k, cf->fields[i].desc);
    for (uint16_t i = 0; i < cf->nmethods; i++)
        add_descriptor(k, cf->methods[i].desc);
}

size_t classlib_closure(struct classworld *w, unsigned char *keep)
{
    struct work k = { .w = w, .keep = keep };
    memset(keep, 0, w->lib->nclasses);
    k.app_seen = calloc(w->app->nclasses ? w->app->nclasses : 1, 1);
    if (!k.app_seen)
        return (size_t)-1;
    for (size_t i = 0; i < vm_root_count; i++)
        add(&k, vm_root_classes[i]);
    for (size_t i = 0; i < w->app->nclasses; i++)
        add(&k, w->app->classes[i].name);
    for (size_t i = 0; i < k.n && !k.oom; i++)
        scan(&k, k.list[i]);
    free(k.list);
    free(k.app_seen);
    return k.oom ? (size_t)-1 : k.kept;
}
