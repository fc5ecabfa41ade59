/* classworld.c: see classworld.h. */
#include "classworld.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "classpath.h"

static struct cw_class *make(const struct classpath *cp, int in_lib)
{
    struct cw_class *v = calloc(cp->nclasses ? cp->nclasses : 1, sizeof *v);
    for (size_t i = 0; v && i < cp->nclasses; i++) {
        v[i].item = &cp->classes[i];
        v[i].in_lib = in_lib;
        v[i].index = (long)i;
    }
    return v;
}

int cw_init(struct classworld *w, const struct classpath *app, const struct classpath *lib)
{
    w->app = app;
    w->lib = lib;
    w->app_classes = make(app, 0);
    w->lib_classes = make(lib, 1);
    if (!w->app_classes || !w->lib_classes) {
        cw_free(w);
        return -1;
    }
    return 0;
}

static void free_classes(struct cw_class *v, size_t n)
{
    for (size_t i = 0; v && i < n; i++)
        if (v[i].cf)
            cf_free(v[i].cf);
    free(v);
}

void cw_free(struct classworld *w)
{
    if (w->app)
        free_classes(w->app_classes, w->app->nclasses);
    if (w->lib)
        free_classes(w->lib_classes, w->lib->nclasses);
    w->app_classes = w->lib_classes = NULL;
}

struct cw_class *cw_find(struct classworld *w, const char *name)
{
    long i = classpath_index(w->lib, name);
    if (i >= 0)
        return &w->lib_classes[i];
    i = classpath_index(w->app, name);
    return i >= 0 ? &w->app_classes[i] : NULL;
}

cf_class *cw_parse(struct cw_class *c)
{
    if (c->parsed == 0) {
        int rc = cf_parse(c->item->data, c->item->len, &c->cf, c->error, sizeof c->error);
        c->parsed = rc == CF_OK ? 1 : -1;
        if (rc != CF_OK)
            c->cf = NULL;
    }
    return c->cf;
}

const char *cw_utf8(const cf_class *cf, unsigned idx)
{
    if (idx == 0 || idx >= cf->cp_count || cf->cp[idx].tag != CONST_Utf8)
        return NULL;
    return cf->cp[idx].str;
}

const char *cw_class_name(const cf_class *cf, unsigned idx)
{
    if (idx == 0 || idx >= cf->cp_count || cf->cp[idx].tag != CONST_Class)
        return NULL;
    return cw_utf8(cf, cf->cp[idx].idx1);
}

const char *cw_element_class(const char *name, char *buf, size_t buflen)
{
    while (*name == '[')
        name++;
    if (name[0] == 'L' && name[strlen(name) - 1] == ';' && name != name + strlen(name) - 1) {
        /* a descriptor "Lfoo/Bar;" (array element, or a caller passing a field type) */
        snprintf(buf, buflen, "%.*s", (int)(strlen(name) - 2), name + 1);
        return buf;
    }
    if (strlen(name) == 1 && strchr("BCDFIJSZV", name[0]))
        return NULL;
    snprintf(buf, buflen, "%s", name);
    return buf;
}

const char *cw_dotted(const char *name, char *buf, size_t buflen)
{
    snprintf(buf, buflen, "%s", name);
    for (char *p = buf; *p; p++)
        if (*p == '/')
            *p = '.';
    return buf;
}
