/* msglist.c: see msglist.h. */
#define _GNU_SOURCE
#include "msglist.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int push(struct msglist *l, char *line)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 8;
        char **v = realloc(l->v, cap * sizeof *v);
        if (!v)
            return -1;
        l->v = v;
        l->cap = cap;
    }
    l->v[l->n++] = line;
    return 0;
}

void msglist_add(struct msglist *l, const char *fmt, ...)
{
    char *line = NULL;
    va_list ap;
    va_start(ap, fmt);
    int n = vasprintf(&line, fmt, ap);
    va_end(ap);
    if (n < 0 || push(l, line) < 0) {
        if (n >= 0)
            free(line);
        l->dropped++;
    }
}

int msglist_has(const struct msglist *l, const char *line)
{
    for (size_t i = 0; i < l->n; i++)
        if (strcmp(l->v[i], line) == 0)
            return 1;
    return 0;
}

void msglist_move(struct msglist *to, struct msglist *from)
{
    for (size_t i = 0; i < from->n; i++)
        if (push(to, from->v[i]) < 0) {
            free(from->v[i]);
            to->dropped++;
        }
    to->dropped += from->dropped;
    free(from->v);
    memset(from, 0, sizeof *from);
}

void msglist_free(struct msglist *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i]);
    free(l->v);
    memset(l, 0, sizeof *l);
}
