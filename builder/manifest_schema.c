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
#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

#define SIZE_SYNTAX "a size like 16m (a number of bytes, optionally followed by k, m or g)"

static const char *text(const yaml_node_t *n)
{
    return (const char *)n->data.scalar.value;
}

/* The scalar's text, or NULL after reporting "'key' must be WHAT". */
static const char *scalar(struct mf_ctx *c, const char *key, yaml_node_t *v, const char *what)
{
    if (v->type != YAML_SCALAR_NODE) {
        mf_error(c, mf_pos_of(v), "'%s' must be %s", key, what);
        return NULL;
    }
    if (strlen(text(v)) != v->data.scalar.length) {
        mf_error(c, mf_pos_of(v), "'%s' must not contain NUL characters", key);
        return NULL;
    }
    return text(v);
}

/* A string that must be present and not empty; NULL after reporting. */
static const char *nonempty(struct mf_ctx *c, const char *key, yaml_node_t *v)
{
    if (mf_is_null(v) || (v->type == YAML_SCALAR_NODE && !v->data.scalar.length)) {
        mf_error(c, mf_pos_of(v), "'%s' must not be empty", key);
        return NULL;
    }
    return scalar(c, key, v, "a string");
}

static void set_string(char **field, const char *s)
{
    free(*field);
    *field = mf_xstrdup(s);
}

/* Appends one zeroed element to a growing array; returns it. */
static void *push(void *arrayp, size_t *n, size_t size)
{
    void **array = arrayp;
    *array = mf_xrealloc(*array, (*n + 1) * size);
    void *elem = (char *)*array + *n * size;
    memset(elem, 0, size);
    (*n)++;
    return elem;
}

static int is_sequence(struct mf_ctx *c, const char *key, yaml_node_t *v, const char *what)
{
    if (v->type == YAML_SEQUENCE_NODE)
        return 1;
    mf_error(c, mf_pos_of(v), "'%s' must be %s", key, what);
    return 0;
}

#define FOR_EACH_ITEM(c, seq, item)                                                        \
    for (yaml_node_item_t *it_ = (seq)->data.sequence.items.start;                          \
         it_ < (seq)->data.sequence.items.top && ((item) = mf_node((c), *it_)); it_++)

/* ---- name, version, main, args, on_crash --------------------------------------------------- */
static void load_name(struct mf_ctx *c, const char *key, yaml_node_t *v, void *obj)
{
    struct manifest *m = obj;
    const char *s = nonempty(c, key, v);
    if (!s)
        return;
    if (!mf_valid_name(s)) {
        mf_error(c, mf_pos_of(v), "'name' must be a domain name: lowercase letters, digits and "
                 "'-', at most 63 characters, not starting or ending with '-'");
        return;
    }
    set_string(&m->name, s);
}

static void load_version(struct mf_ctx *c, const char *key, yaml_node_t *v, void *obj)
{
    struct manifest *m = obj;
    const char *s;
    if (!mf_is_null(v) && (s = nonempty(c, key, v)))
        set_string(&m->version, s);
}

static void load_main(struct mf_ctx *c, const char *key, yaml_node_t *v, void *obj)
{
    struct manifest *m = obj;
    const char *s = nonempty(c, key, v);
    if (!s)
        return;
    if (!mf_valid_class_name(s)) {
        mf_error(c, mf_pos_of(v), "'main' must be a Java class name like org.example.Main");
        return;
    }
    set_string(&m->main, s);
    m->main_pos = mf_pos_of(v);
}

static void load_args(struct mf_ctx *c, const char *key, yaml_node_t *v, void *obj)
{
    struct manifest *m = obj;
    yaml_node_t *item;
    if (mf_is_null(v) || !is_sequence(c, key, v, "a list of strings"))
        return;
    FOR_EACH_ITEM(c, v, item) {
        const char *s = scalar(c, key, item, "a list of strings");
        if (s)
            *(char **)push(&m->args, &m->nargs, sizeof(char *)) = mf_xstrdup(s);
    }
}

static const char *const crash_policies[] = { "destroy", "restart", "preserve" };

static void load_on_crash(struct mf_ctx *c, const char *key, yaml_node_t *v, void *obj)
{
    struct manifest *m = obj;
    const char *s;
    if (mf_is_null(v) || !(s = scalar(c, key, v, "destroy, restart or preserve")))
        return;
    for (size_t i = 0; i < ARRAY_LEN(crash_policies); i++) {
        if (!strcmp(s, crash_policies[i])) {
            set_string(&m->on_crash, s);
            return;
        }
    }
    const char *best = suggest_closest(s, crash_policies, ARRAY_LEN(crash_policies));
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
    if (mf_is_null(v) || !(s = scalar(c, key, v, "an integer (MiB)")))
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
    if (mf_is_null(v) || !(s = scalar(c, key, v, "an integer")))
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
    const char *s = nonempty(c, "classpath", v);
    struct stat st;
    if (!s)
        return;
    char *path = mf_host_path(c, s);
    if (stat(path, &st) != 0) {
        mf_error(c, mf_pos_of(v), "classpath entry '%s' does not exist", s);
    } else if (!S_ISDIR(st.st_mode) && !(S_ISREG(st.st_mode) && has_suffix(s, ".jar"))) {
        mf_error(c, mf_pos_of(v), "classpath entry '%s' is neither a directory nor a .jar file", s);
    } else {
        struct mf_classpath_entry *e = push(&m->classpath, &m->nclasspath, sizeof *e);
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
    if (!is_sequence(c, key, v, "a list of directories and .jar files"))
        return;
    FOR_EACH_ITEM(c, v, item)
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
    const char *s = nonempty(c, key, v);
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
    const char *s = nonempty(c, key, v);
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
    set_string(&r->dest, s);
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
        mf_walk(c, v, resource_keys, ARRAY_LEN(resource_keys), &r);
    } else {
        mf_error(c, mf_pos_of(v), "each entry of 'resources' must be a path or a mapping with "
                 "'src' and 'dest'");
    }
    if (c->nerrors == before && r.src && !r.dest)
        mf_error(c, r.pos, "resource '%s' needs a 'dest': its name cannot be used in the image",
                 v->type == YAML_SCALAR_NODE ? text(v) : r.src);
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
    *(struct mf_resource *)push(&m->resources, &m->nresources, sizeof r) = r;
}

static void load_resources(struct mf_ctx *c, const char *key, yaml_node_t *v, void *obj)
{
    yaml_node_t *item;
    if (mf_is_null(v) || !is_sequence(c, key, v, "a list of files or directories"))
        return;
    FOR_EACH_ITEM(c, v, item)
        add_resource(c, item);
}

/* ---- java: heap, stack, properties; env ------------------------------------------------------ */
/* A -Xmx style size of at least min bytes, stored in lower case; 0 after reporting. */
static int load_size(struct mf_ctx *c, const char *key, yaml_node_t *v, unsigned long long min,
                     const char *min_text, char **field, struct mf_pos *pos)
{
    const char *s;
    unsigned long long bytes;
    if (mf_is_null(v) || !(s = scalar(c, key, v, SIZE_SYNTAX)))
        return 0;
    if (!mf_parse_size(s, &bytes)) {
        mf_error(c, mf_pos_of(v), "'%s' must be " SIZE_SYNTAX, key);
        return 0;
    }
    if (bytes < min) {
        mf_error(c, mf_pos_of(v), "'%s' must be at least %s", key, min_text);
        return 0;
    }
    set_string(field, s);
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
        const char *name = scalar(c, key, k, "a mapping of names to values"), *value;
        if (!name)
            continue;
        if (!valid_name(name)) {
            mf_error(c, mf_pos_of(k), bad_name, name);
            continue;
        }
        value = mf_is_null(val) ? "" : scalar(c, name, val, "a string");
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
        struct mf_kv *kv = push(kvs, n, sizeof *kv);
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
    mf_walk(c, v, java_keys, ARRAY_LEN(java_keys), obj);
}

/* ---- network -------------------------------------------------------------------------------- */
static void load_bridge(struct mf_ctx *c, const char *key, yaml_node_t *v, void *obj)
{
    struct mf_netif *nif = obj;
    const char *s;
    if (mf_is_null(v) || !(s = nonempty(c, key, v)))
        return;
    if (!mf_valid_ifname(s)) {
        mf_error(c, mf_pos_of(v), "'bridge' must be a network interface name (at most 15 "
                 "letters, digits, '_', '.' or '-')");
        return;
    }
    set_string(&nif->bridge, s);
}

static void load_mac(struct mf_ctx *c, const char *key, yaml_node_t *v, void *obj)
{
    struct mf_netif *nif = obj;
    const char *s;
    if (mf_is_null(v) || !(s = nonempty(c, key, v)))
        return;
    switch (mf_check_mac(s)) {
    case MF_MAC_BAD:
        mf_error(c, mf_pos_of(v), "'mac' must be a MAC address like 00:16:3e:12:34:56");
        return;
    case MF_MAC_MULTICAST:
        mf_error(c, mf_pos_of(v), "'mac' must be a unicast address (its first byte even)");
        return;
    }
    set_string(&nif->mac, s);
    for (char *p = nif->mac; *p; p++)
        if (*p >= 'A' && *p <= 'F')
            *p = (char)(*p - 'A' + 'a');
}

static void load_address(struct mf_ctx *c, const char *key, yaml_node_t *v, void *obj)
{
    struct mf_netif *nif = obj;
    const char *s = nonempty(c, key, v);
    uint32_t addr;
    unsigned prefix;
    if (!s)
        return;
    if (!mf_parse_cidr(s, &addr, &prefix)) {
        mf_error(c, mf_pos_of(v), "'address' must be an IPv4 address with a prefix length, "
                 "like 10.0.0.2/24");
        return;
    }
    set_string(&nif->address, s);
}

static void load_gateway(struct mf_ctx *c, const char *key, yaml_node_t *v, void *obj)
{
    struct mf_netif *nif = obj;
    const char *s;
    uint32_t addr;
    if (mf_is_null(v) || !(s = nonempty(c, key, v)))
        return;
    if (!mf_parse_ipv4(s, &addr)) {
        mf_error(c, mf_pos_of(v), "'gateway' must be an IPv4 address like 10.0.0.1");
        return;
    }
    set_string(&nif->gateway, s);
}

static const struct mf_key ipv4_keys[] = {
    { "address", load_address, 1 },
    { "gateway", load_gateway, 0 },
};

/* The gateway must be reachable: on the interface's own subnet. */
static void check_gateway(struct mf_ctx *c, yaml_node_t *v, const struct mf_netif *nif)
{
    uint32_t addr, gw, mask;
    unsigned prefix;
    if (!nif->address || !nif->gateway || !mf_parse_cidr(nif->address, &addr, &prefix)
        || !mf_parse_ipv4(nif->gateway, &gw))
        return;
    mask = prefix == 32 ? 0xffffffffu : ~(0xffffffffu >> prefix);
    if ((addr & mask) != (gw & mask))
        mf_error(c, mf_pos_of(v), "'gateway' %s is not in the network of %s", nif->gateway,
                 nif->address);
}

static void load_ipv4(struct mf_ctx *c, const char *key, yaml_node_t *v, void *obj)
{
    struct mf_netif *nif = obj;
    const char *what = "'ipv4' must be dhcp, an address like 10.0.0.2/24, or a mapping with "
                       "'address' and 'gateway'";
    uint32_t addr;
    unsigned prefix;
    if (mf_is_null(v))
        return;
    if (v->type == YAML_MAPPING_NODE) {
        nif->dhcp = 0;
        mf_walk(c, v, ipv4_keys, ARRAY_LEN(ipv4_keys), nif);
        check_gateway(c, v, nif);
    } else if (v->type == YAML_SCALAR_NODE && !strcmp(text(v), "dhcp")) {
        nif->dhcp = 1;
    } else if (v->type == YAML_SCALAR_NODE && mf_parse_cidr(text(v), &addr, &prefix)) {
        nif->dhcp = 0;
        set_string(&nif->address, text(v));
    } else {
        mf_error(c, mf_pos_of(v), "%s", what);
    }
}

static const struct mf_key netif_keys[] = {
    { "bridge", load_bridge, 0 },
    { "mac", load_mac, 0 },
    { "ipv4", load_ipv4, 0 },
};

static void free_netif(struct mf_netif *nif)
{
    free(nif->bridge);
    free(nif->mac);
    free(nif->address);
    free(nif->gateway);
}

static void add_netif(struct mf_ctx *c, yaml_node_t *v)
{
    struct manifest *m = c->m;
    struct mf_netif nif = { .dhcp = 1, .pos = mf_pos_of(v) };
    int before = c->nerrors;
    if (v->type == YAML_MAPPING_NODE)
        mf_walk(c, v, netif_keys, ARRAY_LEN(netif_keys), &nif);
    else if (!mf_is_null(v))           /* "- " alone: an interface with every default */
        mf_error(c, mf_pos_of(v), "each entry of 'network' must be a mapping (bridge, mac, ipv4)");
    for (size_t i = 0; nif.mac && i < m->nnetwork; i++) {
        if (m->network[i].mac && !strcmp(m->network[i].mac, nif.mac))
            mf_error(c, mf_pos_of(v), "'mac' %s is already used by the interface at line %d",
                     nif.mac, m->network[i].pos.line);
    }
    if (c->nerrors != before) {
        free_netif(&nif);
        return;
    }
    *(struct mf_netif *)push(&m->network, &m->nnetwork, sizeof nif) = nif;
}

static void load_network(struct mf_ctx *c, const char *key, yaml_node_t *v, void *obj)
{
    yaml_node_t *item;
    if (mf_is_null(v) || !is_sequence(c, key, v, "a list of interfaces"))
        return;
    FOR_EACH_ITEM(c, v, item)
        add_netif(c, item);
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
    { "network", load_network, 0 },
    { "on_crash", load_on_crash, 0 },
};

void mf_load_root(struct mf_ctx *c, yaml_node_t *root)
{
    mf_walk(c, root, root_keys, ARRAY_LEN(root_keys), c->m);
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
