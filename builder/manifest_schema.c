/* manifest_schema.c: the manifest's keys, one load function each, and their defaults. The
 * wording of every message here is part of the interface: man/stardust-manifest.5 lists them
 * (DIAGNOSTICS) and tests/builder asserts them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "manifest_internal.h"
#include "suggest.h"

#define MF_MEMORY_MIN 8u               /* MiB: kernel, VM and class library need about 4 */
#define MF_MEMORY_MAX 65536u
#define MF_VCPUS_MAX 64u

#define SIZE_SYNTAX "a size like 16m (a number of bytes, optionally followed by k, m or g)"

/* ---- name, version, main, args, on_crash --------------------------------------------------- */
static void load_name(struct mf_ctx *c, const char *key, yaml_node_t *v, void *obj)
{
    struct manifest *m = obj;
    const char *s = mf_nonempty(c, key, v);
    if (!s)
        return;
    if (!mf_valid_name(s)) {
        mf_error(c, mf_pos_of(v), "'name' must be a domain name: lowercase letters, digits and "
                 "'-', at most 63 characters, not starting or ending with '-'");
        return;
    }
    mf_set_string(&m->name, s);
}

static void load_version(struct mf_ctx *c, const char *key, yaml_node_t *v, void *obj)
{
    struct manifest *m = obj;
    const char *s;
    if (!mf_is_null(v) && (s = mf_nonempty(c, key, v)))
        mf_set_string(&m->version, s);
}

static void load_main(struct mf_ctx *c, const char *key, yaml_node_t *v, void *obj)
{
    struct manifest *m = obj;
    const char *s = mf_nonempty(c, key, v);
    if (!s)
        return;
    if (!mf_valid_class_name(s)) {
        mf_error(c, mf_pos_of(v), "'main' must be a Java class name like org.example.Main");
        return;
    }
    mf_set_string(&m->main, s);
    m->main_pos = mf_pos_of(v);
}

static void load_args(struct mf_ctx *c, const char *key, yaml_node_t *v, void *obj)
{
    struct manifest *m = obj;
    yaml_node_t *item;
    if (mf_is_null(v) || !mf_is_sequence(c, key, v, "a list of strings"))
        return;
    MF_FOR_EACH_ITEM(c, v, item) {
        const char *s = mf_scalar(c, key, item, "a list of strings");
        if (s)
            *(char **)mf_push(&m->args, &m->nargs, sizeof(char *)) = mf_xstrdup(s);
    }
}

static const char *const crash_policies[] = { "destroy", "restart", "preserve" };

static void load_on_crash(struct mf_ctx *c, const char *key, yaml_node_t *v, void *obj)
{
    struct manifest *m = obj;
    const char *s;
    if (mf_is_null(v) || !(s = mf_scalar(c, key, v, "destroy, restart or preserve")))
        return;
    for (size_t i = 0; i < MF_ARRAY_LEN(crash_policies); i++) {
        if (!strcmp(s, crash_policies[i])) {
            mf_set_string(&m->on_crash, s);
            return;
        }
    }
    const char *best = suggest_closest(s, crash_policies, MF_ARRAY_LEN(crash_policies));
    if (best)
        mf_error(c, mf_pos_of(v), "'on_crash' must be destroy, restart or preserve "
                 "(did you mean '%s'?)", best);
    else
        mf_error(c, mf_pos_of(v), "'on_crash' must be destroy, restart or preserve");
}

/* ---- memory, vcpus ---------------------------------------------------------------------------- */
static void load_memory(struct mf_ctx *c, const char *key, yaml_node_t *v, void *obj)
{
    struct manifest *m = obj;
    const char *s;
    unsigned long mib;
    unsigned long long bytes;
    if (mf_is_null(v) || !(s = mf_scalar(c, key, v, "an integer (MiB)")))
        return;
    if (mf_parse_uint(s, &mib)) {
        /* a plain number is MiB */
    } else if (mf_parse_size(s, &bytes) && bytes % (1u << 20) == 0) {
        mib = (unsigned long)(bytes >> 20);
    } else {
        mf_error(c, mf_pos_of(v), "'memory' must be an integer (MiB)");
        return;
    }
    if (mib < MF_MEMORY_MIN || mib > MF_MEMORY_MAX) {
        mf_error(c, mf_pos_of(v), "'memory' must be between %u and %u (MiB)", MF_MEMORY_MIN,
                 MF_MEMORY_MAX);
        return;
    }
    m->memory_mb = (unsigned)mib;
}

static void load_vcpus(struct mf_ctx *c, const char *key, yaml_node_t *v, void *obj)
{
    struct manifest *m = obj;
    const char *s;
    unsigned long n;
    if (mf_is_null(v) || !(s = mf_scalar(c, key, v, "an integer")))
        return;
    if (!mf_parse_uint(s, &n)) {
        mf_error(c, mf_pos_of(v), "'vcpus' must be an integer");
        return;
    }
    if (n < 1 || n > MF_VCPUS_MAX) {
        mf_error(c, mf_pos_of(v), "'vcpus' must be between 1 and %u", MF_VCPUS_MAX);
        return;
    }
    m->vcpus = (unsigned)n;
}

/* ---- classpath ------------------------------------------------------------------------------ */
static int has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && !strcasecmp(s + n - k, suffix);
}

static void add_classpath_entry(struct mf_ctx *c, yaml_node_t *v)
{
    struct manifest *m = c->m;
    const char *s = mf_nonempty(c, "classpath", v);
    struct stat st;
    if (!s)
        return;
    char *path = mf_host_path(c, s);
    if (stat(path, &st) != 0) {
        mf_error(c, mf_pos_of(v), "classpath entry '%s' does not exist", s);
    } else if (!S_ISDIR(st.st_mode) && !(S_ISREG(st.st_mode) && has_suffix(s, ".jar"))) {
        mf_error(c, mf_pos_of(v), "classpath entry '%s' is neither a directory nor a .jar file", s);
    } else {
        struct mf_classpath_entry *e = mf_push(&m->classpath, &m->nclasspath, sizeof *e);
        e->path = path;
        e->is_jar = !S_ISDIR(st.st_mode);
        e->pos = mf_pos_of(v);
        return;
    }
    free(path);
}

static void load_classpath(struct mf_ctx *c, const char *key, yaml_node_t *v, void *obj)
{
    yaml_node_t *item;
    if (mf_is_null(v))
        return;
    if (v->type == YAML_SCALAR_NODE) {  /* one entry needs no list */
        add_classpath_entry(c, v);
        return;
    }
    if (!mf_is_sequence(c, key, v, "a list of directories and .jar files"))
        return;
    MF_FOR_EACH_ITEM(c, v, item)
        add_classpath_entry(c, item);
}

/* ---- resources ------------------------------------------------------------------------------ */
/* /app/BASENAME, from the path as written (not the resolved one: a symbolic link keeps its own
 * name); NULL when that name cannot be an image path ("." or ".."). */
static char *default_dest(const char *written)
{
    size_t len = strlen(written);
    while (len > 1 && written[len - 1] == '/')
        len--;
    const char *base = written + len;
    while (base > written && base[-1] != '/')
        base--;
    size_t blen = (size_t)(written + len - base), n = blen + sizeof "/app/";
    char *dest = mf_xmalloc(n);
    snprintf(dest, n, "/app/%.*s", (int)blen, base);
    if (!mf_valid_image_path(dest)) {
        free(dest);
        return NULL;
    }
    return dest;
}

static void load_res_src(struct mf_ctx *c, const char *key, yaml_node_t *v, void *obj)
{
    struct mf_resource *r = obj;
    const char *s = mf_nonempty(c, key, v);
    struct stat st;
    if (!s)
        return;
    char *path = mf_host_path(c, s);
    if (stat(path, &st) != 0) {
        mf_error(c, mf_pos_of(v), "resource '%s' does not exist", s);
        free(path);
        return;
    }
    r->src = path;
    if (!r->dest)
        r->dest = default_dest(s);
}

static void load_res_dest(struct mf_ctx *c, const char *key, yaml_node_t *v, void *obj)
{
    struct mf_resource *r = obj;
    const char *s = mf_nonempty(c, key, v);
    if (!s)
        return;
    if (!mf_valid_image_path(s)) {
        mf_error(c, mf_pos_of(v), "'dest' must be an absolute path in the image, like /app/data.txt");
        return;
    }
    if (mf_path_under(s, "/classlib") || mf_path_under(s, "/etc/stardust")) {
        mf_error(c, mf_pos_of(v), "'dest' %s is reserved for Stardust (/classlib, /etc/stardust)", s);
        return;
    }
    mf_set_string(&r->dest, s);
}

/* Keys are loaded in file order: src fills in a default dest only when dest has not been seen,
 * and a dest written after src replaces that default. */
static const struct mf_key resource_keys[] = {
    { "src", load_res_src, 1 },
    { "dest", load_res_dest, 0 },
};

static void add_resource(struct mf_ctx *c, yaml_node_t *v)
{
    struct manifest *m = c->m;
    struct mf_resource r = { .pos = mf_pos_of(v) };
    int before = c->nerrors;
    if (v->type == YAML_SCALAR_NODE && !mf_is_null(v)) {
        load_res_src(c, "resources", v, &r);
    } else if (v->type == YAML_MAPPING_NODE) {
        mf_walk(c, v, resource_keys, MF_ARRAY_LEN(resource_keys), &r);
    } else {
        mf_error(c, mf_pos_of(v), "each entry of 'resources' must be a path or a mapping with "
                 "'src' and 'dest'");
    }
    if (c->nerrors == before && r.src && !r.dest)
        mf_error(c, r.pos, "resource '%s' needs a 'dest': its name cannot be used in the image",
                 v->type == YAML_SCALAR_NODE ? mf_text(v) : r.src);
    if (c->nerrors != before || !r.src) {
        free(r.src);
        free(r.dest);
        return;
    }
    for (size_t i = 0; i < m->nresources; i++) {
        if (!strcmp(m->resources[i].dest, r.dest)) {
            mf_error(c, r.pos, "resource destination %s is already used (line %d)", r.dest,
                     m->resources[i].pos.line);
            free(r.src);
            free(r.dest);
            return;
        }
    }
    *(struct mf_resource *)mf_push(&m->resources, &m->nresources, sizeof r) = r;
}

static void load_resources(struct mf_ctx *c, const char *key, yaml_node_t *v, void *obj)
{
    yaml_node_t *item;
    if (mf_is_null(v) || !mf_is_sequence(c, key, v, "a list of files or directories"))
        return;
    MF_FOR_EACH_ITEM(c, v, item)
        add_resource(c, item);
}

/* ---- java: heap, stack, properties; env ------------------------------------------------------ */
/* A -Xmx style size of at least min bytes, stored in lower case; 0 after reporting. */
static int load_size(struct mf_ctx *c, const char *key, yaml_node_t *v, unsigned long long min,
                     const char *min_text, char **field, struct mf_pos *pos)
{
    const char *s;
    unsigned long long bytes;
    if (mf_is_null(v) || !(s = mf_scalar(c, key, v, SIZE_SYNTAX)))
        return 0;
    if (!mf_parse_size(s, &bytes)) {
        mf_error(c, mf_pos_of(v), "'%s' must be " SIZE_SYNTAX, key);
        return 0;
    }
    if (bytes < min) {
        mf_error(c, mf_pos_of(v), "'%s' must be at least %s", key, min_text);
        return 0;
    }
    mf_set_string(field, s);
    for (char *p = *field; *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p = (char)(*p - 'A' + 'a');
    *pos = mf_pos_of(v);
    return 1;
}

static void load_heap(struct mf_ctx *c, const char *key, yaml_node_t *v, void *obj)
{
    load_size(c, key, v, 1u << 20, "1m", &((struct manifest *)obj)->heap, &c->heap_pos);
}

static void load_stack(struct mf_ctx *c, const char *key, yaml_node_t *v, void *obj)
{
    load_size(c, key, v, 16u << 10, "16k", &((struct manifest *)obj)->stack, &c->stack_pos);
}

/* A mapping of names to string values. valid_name says whether a name is acceptable; bad_name
 * is the message (with one %s for the name) when it is not. */
static void load_kvs(struct mf_ctx *c, const char *key, yaml_node_t *v, struct mf_kv **kvs,
                     size_t *n, int (*valid_name)(const char *), const char *bad_name)
{
    if (mf_is_null(v))
        return;
    if (v->type != YAML_MAPPING_NODE) {
        mf_error(c, mf_pos_of(v), "'%s' must be a mapping of names to values", key);
        return;
    }
    for (yaml_node_pair_t *p = v->data.mapping.pairs.start; p < v->data.mapping.pairs.top; p++) {
        yaml_node_t *k = mf_node(c, p->key), *val = mf_node(c, p->value);
        const char *name = mf_scalar(c, key, k, "a mapping of names to values"), *value;
        if (!name)
            continue;
        if (!valid_name(name)) {
            mf_error(c, mf_pos_of(k), bad_name, name);
            continue;
        }
        value = mf_is_null(val) ? "" : mf_scalar(c, name, val, "a string");
        if (!value)
            continue;
        int dup = -1;
        for (size_t i = 0; i < *n; i++)
            if (!strcmp((*kvs)[i].key, name))
                dup = (int)i;
        if (dup >= 0) {
            mf_error(c, mf_pos_of(k), "duplicate key '%s' (first at line %d)", name,
                     (*kvs)[dup].pos.line);
            continue;
        }
        struct mf_kv *kv = mf_push(kvs, n, sizeof *kv);
        kv->key = mf_xstrdup(name);
        kv->value = mf_xstrdup(value);
        kv->pos = mf_pos_of(k);
    }
}

static int valid_property_name(const char *s)
{
    return s[0] && !strchr(s, '=');
}

static void load_properties(struct mf_ctx *c, const char *key, yaml_node_t *v, void *obj)
{
    struct manifest *m = obj;
    load_kvs(c, key, v, &m->properties, &m->nproperties, valid_property_name,
             "property name '%s' must not be empty or contain '='");
}

static void load_env(struct mf_ctx *c, const char *key, yaml_node_t *v, void *obj)
{
    struct manifest *m = obj;
    load_kvs(c, key, v, &m->env, &m->nenv, mf_valid_env_name,
             "'%s' is not a valid environment variable name (letters, digits and '_', not "
             "starting with a digit)");
}

static const struct mf_key java_keys[] = {
    { "heap", load_heap, 0 },
    { "stack", load_stack, 0 },
    { "properties", load_properties, 0 },
};

static void load_java(struct mf_ctx *c, const char *key, yaml_node_t *v, void *obj)
{
    if (mf_is_null(v))
        return;
    if (v->type != YAML_MAPPING_NODE) {
        mf_error(c, mf_pos_of(v), "'java' must be a mapping (heap, stack, properties)");
        return;
    }
    mf_walk(c, v, java_keys, MF_ARRAY_LEN(java_keys), obj);
}

/* ---- the root, defaults, checks across keys ---------------------------------------------------- */
static const struct mf_key root_keys[] = {
    { "name", load_name, 1 },
    { "version", load_version, 0 },
    { "main", load_main, 1 },
    { "args", load_args, 0 },
    { "classpath", load_classpath, 0 },
    { "resources", load_resources, 0 },
    { "java", load_java, 0 },
    { "env", load_env, 0 },
    { "memory", load_memory, 0 },
    { "vcpus", load_vcpus, 0 },
    { "network", mf_load_network, 0 },
    { "on_crash", load_on_crash, 0 },
};

void mf_load_root(struct mf_ctx *c, yaml_node_t *root)
{
    mf_walk(c, root, root_keys, MF_ARRAY_LEN(root_keys), c->m);
}

void mf_set_defaults(struct manifest *m)
{
    if (!m->version)
        m->version = mf_xstrdup("0.0.0");
    if (!m->stack)
        m->stack = mf_xstrdup("256k");
    if (!m->memory_mb)
        m->memory_mb = 32;
    if (!m->vcpus)
        m->vcpus = 1;
    if (!m->on_crash)
        m->on_crash = mf_xstrdup("destroy");
    if (!m->nclasspath && m->dir) {     /* the manifest's own directory */
        m->classpath = mf_xmalloc(sizeof *m->classpath);
        m->classpath[0].path = mf_xstrdup(m->dir);
        m->classpath[0].pos = (struct mf_pos){ 1, 1 };
        m->nclasspath = 1;
    }
    for (size_t i = 0; i < m->nnetwork; i++)
        if (!m->network[i].bridge)
            m->network[i].bridge = mf_xstrdup("xenbr0");
}

void mf_check_across(struct mf_ctx *c)
{
    struct manifest *m = c->m;
    unsigned long long heap, stack, memory = (unsigned long long)m->memory_mb << 20;
    if (m->heap && mf_parse_size(m->heap, &heap) && heap >= memory)
        mf_error(c, c->heap_pos, "'heap' %s does not fit in 'memory' (%u MiB)", m->heap,
                 m->memory_mb);
    if (c->stack_pos.line && mf_parse_size(m->stack, &stack) && stack >= memory)
        mf_error(c, c->stack_pos, "'stack' %s does not fit in 'memory' (%u MiB)", m->stack,
                 m->memory_mb);
}
