/* manifest_internal.h: what the manifest_*.c files share; the rest of builder/ uses manifest.h.
 *
 * manifest.c reads the YAML into a libyaml document (every node keeps its position), then
 * manifest_schema.c walks it with one handler per key, filling struct manifest. A handler that
 * finds a problem records it with mf_error and goes on, so one run reports every problem. */
#ifndef SD_BUILDER_MANIFEST_INTERNAL_H
#define SD_BUILDER_MANIFEST_INTERNAL_H
#include <stddef.h>
#include <stdint.h>
#include <yaml.h>

#include "manifest.h"

#define MF_MAX_ERRORS 50
#define MF_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* The loader's state while one manifest is read. */
struct mf_ctx {
    const char *file;              /* the manifest's path as given: the start of every message */
    yaml_document_t *doc;
    struct manifest *m;            /* being filled */
    char *err;                     /* error lines so far, '\n'-separated */
    size_t errlen, used;
    int nerrors;
    struct mf_pos heap_pos, stack_pos;   /* for the checks across keys */
};

/* One key of a mapping and what to do with its value; obj is the struct being filled. */
struct mf_key {
    const char *name;
    void (*load)(struct mf_ctx *c, const char *key, yaml_node_t *value, void *obj);
    int required;
};

/* ---- manifest.c: errors, nodes, walking -------------------------------------------------- */
void mf_error(struct mf_ctx *c, struct mf_pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
struct mf_pos mf_pos_of(const yaml_node_t *n);
yaml_node_t *mf_node(struct mf_ctx *c, int index);
/* Empty, "~" or "null" written plainly: the key is as good as absent (its default applies). */
int mf_is_null(const yaml_node_t *n);
/* Walks mapping node map (the caller checked its type): every key is looked up in keys[] and
 * handed to its load function; unknown keys (with a suggestion), duplicate keys, keys that are
 * not strings and missing required keys are errors. */
void mf_walk(struct mf_ctx *c, yaml_node_t *map, const struct mf_key *keys, size_t nkeys, void *obj);
/* A host path from the manifest, absolute (relative ones are resolved against its directory;
 * symbolic links resolved when the path exists). Never NULL (aborts on out-of-memory). */
char *mf_host_path(struct mf_ctx *c, const char *path);
void *mf_xmalloc(size_t n);
void *mf_xrealloc(void *p, size_t n);
char *mf_xstrdup(const char *s);

/* ---- manifest.c: typed values; each returns NULL/0 after reporting the problem ------------- */
const char *mf_text(const yaml_node_t *n);            /* a scalar's text */
/* The scalar's text, or NULL after "'key' must be WHAT". */
const char *mf_scalar(struct mf_ctx *c, const char *key, yaml_node_t *v, const char *what);
/* A string that must be present and not empty. */
const char *mf_nonempty(struct mf_ctx *c, const char *key, yaml_node_t *v);
int mf_is_sequence(struct mf_ctx *c, const char *key, yaml_node_t *v, const char *what);
void mf_set_string(char **field, const char *s);      /* replaces *field with a copy of s */
void *mf_push(void *arrayp, size_t *n, size_t size);  /* appends a zeroed element, returns it */
#define MF_FOR_EACH_ITEM(c, seq, item)                                                        \
    for (yaml_node_item_t *it_ = (seq)->data.sequence.items.start;                          \
         it_ < (seq)->data.sequence.items.top && ((item) = mf_node((c), *it_)); it_++)

/* ---- manifest_network.c ----------------------------------------------------------------------- */
void mf_load_network(struct mf_ctx *c, const char *key, yaml_node_t *v, void *obj);

/* ---- manifest_schema.c: the keys ---------------------------------------------------------- */
/* Fills c->m from the root node (the caller checked that it is a mapping). */
void mf_load_root(struct mf_ctx *c, yaml_node_t *root);
/* Defaults for every optional field, and the checks that involve more than one key. */
void mf_set_defaults(struct manifest *m);
void mf_check_across(struct mf_ctx *c);

/* ---- manifest_values.c: the syntax of single values (1 valid, 0 not) ----------------------- */
int mf_valid_name(const char *s);
int mf_valid_class_name(const char *s);
int mf_parse_uint(const char *s, unsigned long *out);
int mf_parse_size(const char *s, unsigned long long *bytes);
enum { MF_MAC_OK, MF_MAC_BAD, MF_MAC_MULTICAST };
int mf_check_mac(const char *s);
int mf_parse_ipv4(const char *s, uint32_t *addr);
int mf_parse_cidr(const char *s, uint32_t *addr, unsigned *prefix);
int mf_valid_ifname(const char *s);
int mf_valid_env_name(const char *s);
int mf_valid_image_path(const char *s);
int mf_path_under(const char *s, const char *dir);

#endif
