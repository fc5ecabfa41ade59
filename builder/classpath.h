/* classpath.h: the classes and resources of a class path, gathered into memory.
 *
 * Directories contribute their .class files (other files are not taken: the default class
 * path "." would otherwise sweep in the manifest, sources and old images; resources are named
 * in the manifest). Jars are unpacked with libarchive: .class entries become classes, entries
 * under META-INF/ are ignored (manifests, signatures, and META-INF/versions/N classes, which
 * are for Java 9+ VMs), every other file becomes a resource at /app/<entry>.
 *
 * Entries are kept in the order added until classpath_finish sorts them by name; then a name
 * found twice with equal bytes is kept once (the first), with different bytes it is an error
 * naming both sources. Errors go to a msglist (all of them, not only the first). */
#ifndef SD_BUILDER_CLASSPATH_H
#define SD_BUILDER_CLASSPATH_H
#include <stddef.h>
#include <stdint.h>

struct msglist;

struct cp_item {
    char *name;        /* class: internal name "org/x/Main"; resource: image path "/app/a.txt" */
    uint8_t *data;     /* the bytes (owned) */
    size_t len;
    char *source;      /* for messages: "classes/org/x/Main.class", "lib/x.jar!org/x/Main.class" */
    size_t order;      /* position in the order added (first wins among equal duplicates) */
};

struct classpath {
    struct cp_item *classes; size_t nclasses, capclasses;
    struct cp_item *resources; size_t nresources, capresources;
    size_t added;      /* counter behind cp_item.order */
    int finished;      /* sorted, duplicates resolved: classpath_find works */
};

void classpath_init(struct classpath *cp);
void classpath_free(struct classpath *cp);

/* Every .class file under dir (recursively). display is how messages name dir ("classes").
 * Returns the number of errors added (0: fine). */
int classpath_add_dir(struct classpath *cp, const char *dir, const char *display,
                      struct msglist *errors);
/* Every entry of a jar: "DISPLAY: corrupt jar: ..." when the archive cannot be read,
 * "DISPLAY!ENTRY: ..." when one entry is bad. Returns the number of errors added. */
int classpath_add_jar(struct classpath *cp, const char *jar, const char *display,
                      struct msglist *errors);
/* Sorts, drops equal duplicates, reports differing ones. Returns the number of errors added. */
int classpath_finish(struct classpath *cp, struct msglist *errors);

/* The class with this internal name, or NULL (only after classpath_finish). */
const struct cp_item *classpath_find(const struct classpath *cp, const char *name);
/* Index of a found class in cp->classes (for per-class flags), or -1. */
long classpath_index(const struct classpath *cp, const char *name);

#endif
