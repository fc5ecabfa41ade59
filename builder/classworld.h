/* classworld.h: the classes a service can see at run time, as the VM would find them: the
 * class library first (the boot class path), then the application's class path. Class files
 * are parsed on first use (runtime/jvm/classfile.c, the VM's own parser) and kept.
 * Used by the link check and the class library closure. */
#ifndef SD_BUILDER_CLASSWORLD_H
#define SD_BUILDER_CLASSWORLD_H
#include <stddef.h>

#include "classfile.h"

struct classpath;
struct cp_item;

struct cw_class {
    const struct cp_item *item;   /* name, bytes, source */
    int in_lib;                   /* 1: class library, 0: application */
    long index;                   /* in its classpath's classes[] */
    cf_class *cf;                 /* NULL until parsed, or when it does not parse */
    int parsed;                   /* 0 not tried, 1 parsed, -1 failed (error below) */
    char error[256];
};

struct classworld {
    const struct classpath *app, *lib;
    struct cw_class *app_classes, *lib_classes;   /* parallel to app->classes, lib->classes */
};

/* Both class paths must be finished (classpath_finish). 0, or -1 when out of memory. */
int cw_init(struct classworld *w, const struct classpath *app, const struct classpath *lib);
void cw_free(struct classworld *w);
/* The class the VM would load for an internal name, or NULL. */
struct cw_class *cw_find(struct classworld *w, const char *name);
/* The parsed class file, or NULL (c->error says why). */
cf_class *cw_parse(struct cw_class *c);
/* Constant-pool helpers for a parsed class; NULL when the index is not of that kind. */
const char *cw_utf8(const cf_class *cf, unsigned idx);
const char *cw_class_name(const cf_class *cf, unsigned idx);   /* CONSTANT_Class's name */
/* The class an array or class descriptor/name names: "[[Lfoo/Bar;" -> "foo/Bar", "foo/Bar" ->
 * "foo/Bar", "[I" -> NULL (primitive arrays need no class file). Writes into buf. */
const char *cw_element_class(const char *name, char *buf, size_t buflen);
/* "org/x/Main" -> "org.x.Main" into buf. */
const char *cw_dotted(const char *name, char *buf, size_t buflen);

#endif
