/* java_conf.c: java.conf's parser and its combination with the domain's command line.
 * See java_conf.h; the format is runtime/fs/README.md's. */
#include "java_conf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int list_add(conf_list *l, char *s)
{
    char **v = realloc(l->v, sizeof(char *) * (size_t)(l->n + 1));
    if (!v) {
        free(s);
        return -1;
    }
    l->v = v;
    l->v[l->n++] = s;
    return 0;
}

static void list_free(conf_list *l)
{
    for (int i = 0; i < l->n; i++)
        free(l->v[i]);
    free(l->v);
}

/* VALUE with its escapes (\\ \n \t \s) undone; NULL on a bad escape or out of memory. */
static char *unescape(const char *p, size_t n)
{
    char *out = malloc(n + 1), *o = out;
    if (!out)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        if (p[i] != '\\') {
            *o++ = p[i];
            continue;
        }
        if (++i == n)
            goto bad;
        switch (p[i]) {
        case '\\': *o++ = '\\'; break;
        case 'n': *o++ = '\n'; break;
        case 't': *o++ = '\t'; break;
        case 's': *o++ = ' '; break;
        default: goto bad;
        }
    }
    *o = 0;
    return out;
bad:
    free(out);
    return NULL;
}

/* One KEY VALUE line (no newline). 0, or -1 with the reason in err. */
static int parse_line(java_conf *c, const char *line, size_t n, char *err, size_t errlen)
{
    const char *sp = memchr(line, ' ', n);
    if (!sp || sp + 1 == line + n) {
        snprintf(err, errlen, "missing value for '%.*s'", (int)(sp ? (size_t)(sp - line) : n), line);
        return -1;
    }
    size_t klen = (size_t)(sp - line);
    char *v = unescape(sp + 1, n - klen - 1);
    if (!v) {
        snprintf(err, errlen, "bad escape in the value of '%.*s'", (int)klen, line);
        return -1;
    }
    static const struct { const char *key; size_t off; int list; } keys[] = {
        { "main", offsetof(java_conf, main), 0 },
        { "heap", offsetof(java_conf, heap), 0 },
        { "stack", offsetof(java_conf, stack), 0 },
        { "arg", offsetof(java_conf, args), 1 },
        { "classpath", offsetof(java_conf, classpath), 1 },
        { "prop", offsetof(java_conf, props), 1 },
        { "env", offsetof(java_conf, env), 1 },
    };
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        if (strlen(keys[i].key) != klen || memcmp(keys[i].key, line, klen) != 0)
            continue;
        if (keys[i].list)
            return list_add((conf_list *)((char *)c + keys[i].off), v);
        char **slot = (char **)((char *)c + keys[i].off);
        if (*slot) {
            snprintf(err, errlen, "'%s' given twice", keys[i].key);
            free(v);
            return -1;
        }
        *slot = v;
        return 0;
    }
    snprintf(err, errlen, "unknown key '%.*s'", (int)klen, line);
    free(v);
    return -1;
}

int java_conf_parse(const char *text, size_t len, java_conf *c, char *err, size_t errlen)
{
    memset(c, 0, sizeof *c);
    const char *p = text, *end = text + len;
    for (int lineno = 1; p < end; lineno++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        size_t n = (size_t)(le - p);
        if (n && p[n - 1] == '\r')
            n--;
        if (n && p[0] != '#') {
            char why[160];
            if (parse_line(c, p, n, why, sizeof why) != 0) {
                snprintf(err, errlen, "line %d: %s", lineno, why);
                return -1;
            }
        }
        p = nl ? nl + 1 : end;
    }
    return 0;
}

void java_conf_free(java_conf *c)
{
    free(c->main);
    free(c->heap);
    free(c->stack);
    list_free(&c->args);
    list_free(&c->classpath);
    list_free(&c->props);
    list_free(&c->env);
    memset(c, 0, sizeof *c);
}

int java_option_takes_value(const char *w)
{
    return !strcmp(w, "-cp") || !strcmp(w, "-classpath") || !strcmp(w, "--class-path") ||
           !strcmp(w, "-Xmx") || !strcmp(w, "-Xss") || !strcmp(w, "-Xms");
}

/* "PREFIXvalue", malloc'd (kept for the VM's life: options are referenced, not copied). */
static char *joined(const char *prefix, const char *value)
{
    size_t a = strlen(prefix), b = strlen(value);
    char *s = malloc(a + b + 1);
    if (s) {
        memcpy(s, prefix, a);
        memcpy(s + a, value, b + 1);
    }
    return s;
}

char **java_conf_vm_argv(const java_conf *c, int ncmd, char **cmd, int *n)
{
    int max = 4 + 2 * c->classpath.n + c->props.n + ncmd + 1 + c->args.n + 1;
    char **v = malloc(sizeof(char *) * (size_t)max);
    if (!v)
        return NULL;
    int k = 0;
    if (c->heap && !(v[k++] = joined("-Xmx", c->heap)))
        goto oom;
    if (c->stack && !(v[k++] = joined("-Xss", c->stack)))
        goto oom;
    for (int i = 0; i < c->classpath.n; i++) {
        v[k++] = "-cp";
        v[k++] = c->classpath.v[i];
    }
    for (int i = 0; i < c->props.n; i++)
        if (!(v[k++] = joined("-D", c->props.v[i])))
            goto oom;
    int i = 0;
    for (; i < ncmd && cmd[i][0] == '-'; i++) {
        v[k++] = cmd[i];
        if (java_option_takes_value(cmd[i]) && i + 1 < ncmd)
            v[k++] = cmd[++i];
    }
    if (i < ncmd) {
        for (; i < ncmd; i++)
            v[k++] = cmd[i];
    } else if (c->main) {
        v[k++] = c->main;
        for (int j = 0; j < c->args.n; j++)
            v[k++] = c->args.v[j];
    }
    v[k] = NULL;
    *n = k;
    return v;
oom:
    free(v);     /* the few strings made so far are lost: the launcher exits anyway */
    return NULL;
}
