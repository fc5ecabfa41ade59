/* manifest.c: reading service.yaml (manifest.h). The YAML goes into a libyaml document, so
 * every node keeps its line and column for messages; manifest_schema.c gives the keys their
 * meaning. Errors are collected, not returned at the first one: the user fixes them in one go. */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "manifest_internal.h"
#include "suggest.h"

#define MF_MAX_FILE (4u << 20)         /* a manifest is a page or two; 4 MiB is a mistake */

/* ---- allocation: out of memory in a command-line tool is fatal, not an error to report ---- */
void *mf_xmalloc(size_t n)
{
    void *p = calloc(1, n ? n : 1);
    if (!p) {
        fputs("stardust-build: out of memory\n", stderr);
        abort();
    }
    return p;
}

void *mf_xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p) {
        fputs("stardust-build: out of memory\n", stderr);
        abort();
    }
    return p;
}

char *mf_xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(mf_xmalloc(n), s, n);
}

/* ---- errors -------------------------------------------------------------------------------- */
static void mf_append(struct mf_ctx *c, const char *line)
{
    size_t n = strlen(line);
    if (c->used + n + 2 > c->errlen)   /* no room: keep the complete lines we have */
        return;
    if (c->used)
        c->err[c->used++] = '\n';
    memcpy(c->err + c->used, line, n + 1);
    c->used += n;
}

void mf_error(struct mf_ctx *c, struct mf_pos pos, const char *fmt, ...)
{
    char msg[512], line[PATH_MAX + 600];
    va_list ap;
    if (++c->nerrors > MF_MAX_ERRORS)
        return;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (c->nerrors == MF_MAX_ERRORS)
        snprintf(msg, sizeof msg, "too many errors, stopping here");
    snprintf(line, sizeof line, "%s:%d:%d: %s", c->file, pos.line, pos.col, msg);
    mf_append(c, line);
}

/* ---- nodes ----------------------------------------------------------------------------------- */
struct mf_pos mf_pos_of(const yaml_node_t *n)
{
    struct mf_pos p = { (int)n->start_mark.line + 1, (int)n->start_mark.column + 1 };
    return p;
}

yaml_node_t *mf_node(struct mf_ctx *c, int index)
{
    return yaml_document_get_node(c->doc, index);
}

int mf_is_null(const yaml_node_t *n)
{
    const char *v = (const char *)n->data.scalar.value;
    if (n->type != YAML_SCALAR_NODE || n->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
        return 0;
    return !strcmp(v, "") || !strcmp(v, "~") || !strcmp(v, "null") || !strcmp(v, "Null")
           || !strcmp(v, "NULL");
}

static const char *const *key_names(const struct mf_key *keys, size_t nkeys)
{
    static const char *names[32];
    for (size_t i = 0; i < nkeys && i < 32; i++)
        names[i] = keys[i].name;
    return names;
}

/* Index of the key named name in keys, or -1. */
static int find_key(const struct mf_key *keys, size_t nkeys, const char *name)
{
    for (size_t i = 0; i < nkeys; i++)
        if (!strcmp(keys[i].name, name))
            return (int)i;
    return -1;
}

/* Reports an unknown key; returns the index of the key suggested instead, or -1. */
static int unknown_key(struct mf_ctx *c, yaml_node_t *k, const struct mf_key *keys, size_t nkeys)
{
    const char *word = (const char *)k->data.scalar.value;
    const char *best = suggest_closest(word, key_names(keys, nkeys), nkeys < 32 ? nkeys : 32);
    if (best) {
        mf_error(c, mf_pos_of(k), "unknown key '%s' (did you mean '%s'?)", word, best);
        return find_key(keys, nkeys, best);
    }
    char list[512] = "";
    size_t used = 0;
    for (size_t i = 0; i < nkeys && used < sizeof list; i++)
        used += (size_t)snprintf(list + used, sizeof list - used, "%s%s", i ? ", " : "",
                                 keys[i].name);
    mf_error(c, mf_pos_of(k), "unknown key '%s' (expected one of: %s)", word, list);
    return -1;
}

void mf_walk(struct mf_ctx *c, yaml_node_t *map, const struct mf_key *keys, size_t nkeys, void *obj)
{
    yaml_node_t *seen[32] = { 0 };
    int misspelt[32] = { 0 };          /* a required key reported as a typo is not missing too */
    for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top; p++) {
        yaml_node_t *k = mf_node(c, p->key), *v = mf_node(c, p->value);
        if (k->type != YAML_SCALAR_NODE) {
            mf_error(c, mf_pos_of(k), "keys must be plain words, not lists or mappings");
            continue;
        }
        const char *name = (const char *)k->data.scalar.value;
        int i = find_key(keys, nkeys, name);
        if (i < 0) {
            int meant = unknown_key(c, k, keys, nkeys);
            if (meant >= 0)
                misspelt[meant] = 1;
        } else if (seen[i]) {
            mf_error(c, mf_pos_of(k), "duplicate key '%s' (first at line %d)", name,
                     mf_pos_of(seen[i]).line);
        } else {
            seen[i] = k;
            keys[i].load(c, keys[i].name, v, obj);
        }
    }
    for (size_t i = 0; i < nkeys; i++)
        if (keys[i].required && !seen[i] && !misspelt[i])
            mf_error(c, mf_pos_of(map), "missing required key '%s'", keys[i].name);
}

/* ---- typed values (manifest_internal.h) ---------------------------------------------------- */
const char *mf_text(const yaml_node_t *n)
{
    return (const char *)n->data.scalar.value;
}

/* The scalar's text, or NULL after reporting "'key' must be WHAT". */
const char *mf_scalar(struct mf_ctx *c, const char *key, yaml_node_t *v, const char *what)
{
    if (v->type != YAML_SCALAR_NODE) {
        mf_error(c, mf_pos_of(v), "'%s' must be %s", key, what);
        return NULL;
    }
    if (strlen(mf_text(v)) != v->data.scalar.length) {
        mf_error(c, mf_pos_of(v), "'%s' must not contain NUL characters", key);
        return NULL;
    }
    return mf_text(v);
}

/* A string that must be present and not empty; NULL after reporting. */
const char *mf_nonempty(struct mf_ctx *c, const char *key, yaml_node_t *v)
{
    if (mf_is_null(v) || (v->type == YAML_SCALAR_NODE && !v->data.scalar.length)) {
        mf_error(c, mf_pos_of(v), "'%s' must not be empty", key);
        return NULL;
    }
    return mf_scalar(c, key, v, "a string");
}

void mf_set_string(char **field, const char *s)
{
    free(*field);
    *field = mf_xstrdup(s);
}

/* Appends one zeroed element to a growing array; returns it. */
void *mf_push(void *arrayp, size_t *n, size_t size)
{
    void **array = arrayp;
    *array = mf_xrealloc(*array, (*n + 1) * size);
    void *elem = (char *)*array + *n * size;
    memset(elem, 0, size);
    (*n)++;
    return elem;
}

int mf_is_sequence(struct mf_ctx *c, const char *key, yaml_node_t *v, const char *what)
{
    if (v->type == YAML_SEQUENCE_NODE)
        return 1;
    mf_error(c, mf_pos_of(v), "'%s' must be %s", key, what);
    return 0;
}

char *mf_host_path(struct mf_ctx *c, const char *path)
{
    char *joined, resolved[PATH_MAX];
    if (path[0] == '/') {
        joined = mf_xstrdup(path);
    } else {
        size_t n = strlen(c->m->dir) + strlen(path) + 2;
        joined = mf_xmalloc(n);
        snprintf(joined, n, "%s/%s", c->m->dir, path);
    }
    if (realpath(joined, resolved)) {
        free(joined);
        return mf_xstrdup(resolved);
    }
    return joined;
}

/* ---- reading the file ------------------------------------------------------------------------ */
static char *read_file(const char *path, size_t *len, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    if (!f) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return NULL;
    }
    buf = mf_xmalloc(MF_MAX_FILE + 1);
    *len = fread(buf, 1, MF_MAX_FILE + 1, f);
    if (ferror(f) || *len > MF_MAX_FILE) {
        snprintf(err, errlen, "%s: %s", path, ferror(f) ? strerror(errno) : "larger than 4 MiB");
        free(buf);
        buf = NULL;
    }
    fclose(f);
    return buf;
}

/* The line and column of byte offset in buf (reader errors carry only an offset). */
static struct mf_pos offset_pos(const char *buf, size_t offset)
{
    struct mf_pos p = { 1, 1 };
    for (size_t i = 0; i < offset; i++) {
        if (buf[i] == '\n') {
            p.line++;
            p.col = 1;
        } else if (((unsigned char)buf[i] & 0xc0) != 0x80) {
            p.col++;
        }
    }
    return p;
}

static void syntax_error(struct mf_ctx *c, yaml_parser_t *parser, const char *buf)
{
    struct mf_pos pos = { (int)parser->problem_mark.line + 1, (int)parser->problem_mark.column + 1 };
    if (parser->error == YAML_READER_ERROR) {
        mf_error(c, offset_pos(buf, parser->problem_offset), "not UTF-8 text: %s",
                 parser->problem);
    } else if (parser->context) {
        mf_error(c, pos, "syntax error: %s (%s that starts at %d:%d)", parser->problem,
                 parser->context, (int)parser->context_mark.line + 1,
                 (int)parser->context_mark.column + 1);
    } else {
        mf_error(c, pos, "syntax error: %s", parser->problem ? parser->problem : "unreadable");
    }
}

/* Loads the one document of the stream into doc; 0, or -1 after reporting the problem. */
static int parse_document(struct mf_ctx *c, const char *buf, size_t len, yaml_document_t *doc)
{
    yaml_parser_t parser;
    yaml_document_t extra;
    int rc = -1;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, (const unsigned char *)buf, len);
    if (!yaml_parser_load(&parser, doc)) {
        syntax_error(c, &parser, buf);
        goto out;
    }
    if (!yaml_parser_load(&parser, &extra)) {
        syntax_error(c, &parser, buf);
        yaml_document_delete(doc);
        goto out;
    }
    yaml_node_t *second = yaml_document_get_root_node(&extra);
    if (second) {
        mf_error(c, mf_pos_of(second), "a manifest is one YAML document; remove the second one");
        yaml_document_delete(doc);
    } else {
        rc = 0;
    }
    yaml_document_delete(&extra);
out:
    yaml_parser_delete(&parser);
    return rc;
}

static void check_document(struct mf_ctx *c)
{
    yaml_node_t *root = yaml_document_get_root_node(c->doc);
    struct mf_pos top = { 1, 1 };
    if (!root || mf_is_null(root)) {
        mf_error(c, top, "the manifest is empty (it needs at least 'name' and 'main')");
        return;
    }
    if (root->type != YAML_MAPPING_NODE) {
        mf_error(c, mf_pos_of(root), "the manifest must be a mapping of keys to values");
        return;
    }
    mf_load_root(c, root);
    mf_set_defaults(c->m);
    if (c->nerrors == 0)
        mf_check_across(c);
}

static char *manifest_dir(const char *path)
{
    char *copy = mf_xstrdup(path), *slash = strrchr(copy, '/'), resolved[PATH_MAX];
    const char *dir = ".";
    if (slash == copy)
        dir = "/";
    else if (slash) {
        *slash = 0;
        dir = copy;
    }
    char *out = mf_xstrdup(realpath(dir, resolved) ? resolved : dir);
    free(copy);
    return out;
}

int manifest_load(const char *path, struct manifest *m, char *err, size_t errlen)
{
    struct mf_ctx c = { .file = path, .m = m, .err = err, .errlen = errlen };
    yaml_document_t doc;
    size_t len = 0;
    char *buf;

    memset(m, 0, sizeof *m);
    if (errlen)
        err[0] = 0;
    if (!(buf = read_file(path, &len, err, errlen)))
        return -1;
    m->file = mf_xstrdup(path);
    m->dir = manifest_dir(path);
    if (parse_document(&c, buf, len, &doc) == 0) {
        c.doc = &doc;
        check_document(&c);
        yaml_document_delete(&doc);
    }
    free(buf);
    if (c.nerrors) {
        manifest_free(m);
        return -1;
    }
    return 0;
}

static void free_kvs(struct mf_kv *kv, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(kv[i].key);
        free(kv[i].value);
    }
    free(kv);
}

void manifest_free(struct manifest *m)
{
    free(m->file);
    free(m->dir);
    free(m->name);
    free(m->version);
    free(m->main);
    for (size_t i = 0; i < m->nargs; i++)
        free(m->args[i]);
    free(m->args);
    for (size_t i = 0; i < m->nclasspath; i++)
        free(m->classpath[i].path);
    free(m->classpath);
    for (size_t i = 0; i < m->nresources; i++) {
        free(m->resources[i].src);
        free(m->resources[i].dest);
    }
    free(m->resources);
    free(m->heap);
    free(m->stack);
    free_kvs(m->properties, m->nproperties);
    free_kvs(m->env, m->nenv);
    for (size_t i = 0; i < m->nnetwork; i++) {
        free(m->network[i].bridge);
        free(m->network[i].mac);
        free(m->network[i].address);
        free(m->network[i].gateway);
    }
    free(m->network);
    free(m->on_crash);
    memset(m, 0, sizeof *m);
}
