/* manifest.h: a service manifest (service.yaml), parsed and checked.
 *
 * manifest_load reads the YAML (libyaml), fills every default and checks every field; on error
 * it prints nothing and returns -1 with err set to "FILE:LINE:COL: message" (the position of
 * the offending node), one such line per problem ('\n'-separated, whole lines only, as many as
 * fit in errlen), or "FILE: reason" when the file cannot be read; *m is then left zeroed.
 * Paths in the result are absolute (resolved against the manifest's
 * directory). Owner: builder/manifest*.c. See man/stardust-manifest.5 for the language. */
#ifndef SD_BUILDER_MANIFEST_H
#define SD_BUILDER_MANIFEST_H
#include <stddef.h>

struct mf_pos { int line, col; };          /* 1-based, of the node in the YAML file */

struct mf_kv { char *key, *value; struct mf_pos pos; };

struct mf_resource {                       /* a file or directory copied into the image */
    char *src;                             /* absolute host path */
    char *dest;                            /* absolute image path, e.g. "/app/greeting.txt" */
    struct mf_pos pos;
};

struct mf_classpath_entry {                /* a directory of classes or a jar file */
    char *path;                            /* absolute host path */
    int is_jar;
    struct mf_pos pos;
};

struct mf_netif {
    char *bridge;                          /* default "xenbr0" */
    char *mac;                             /* NULL: the toolstack picks one */
    int dhcp;                              /* 1: DHCP; 0: static below */
    char *address;                         /* "10.0.0.2/24" */
    char *gateway;                         /* may be NULL */
    struct mf_pos pos;
};

struct manifest {
    char *file;                            /* the manifest's path as given */
    char *dir;                             /* its directory, absolute */
    char *name;                            /* required: [a-z0-9][a-z0-9-]* (a domain name) */
    char *version;                         /* default "0.0.0" */
    char *main;                            /* required: binary name, dots ("org.example.Main") */
    struct mf_pos main_pos;
    char **args; size_t nargs;
    struct mf_classpath_entry *classpath; size_t nclasspath;   /* default: "." */
    struct mf_resource *resources; size_t nresources;
    char *heap;                            /* NULL: sized from memory by the VM */
    char *stack;                           /* default "256k" */
    struct mf_kv *properties; size_t nproperties;
    struct mf_kv *env; size_t nenv;
    unsigned memory_mb;                    /* default 32 */
    unsigned vcpus;                        /* default 1 */
    struct mf_netif *network; size_t nnetwork;
    char *on_crash;                        /* "destroy" (default), "restart", "preserve" */
};

int manifest_load(const char *path, struct manifest *m, char *err, size_t errlen);
void manifest_free(struct manifest *m);
/* The normalised manifest as JSON (builder/IMAGE.md); a json_object *, caller puts it. */
struct json_object *manifest_to_json(const struct manifest *m);

#endif
