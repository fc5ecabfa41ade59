/* msglist.h: a growing list of one-line messages (the errors and warnings of a build).
 * The back end collects every problem it finds instead of stopping at the first; build.c
 * hands the lists to struct build_report. Out of memory: the message is dropped, the count
 * of dropped lines is kept, so a caller can still tell that something went wrong. */
#ifndef SD_BUILDER_MSGLIST_H
#define SD_BUILDER_MSGLIST_H
#include <stddef.h>

struct msglist {
    char **v;          /* v[0..n): malloc'd lines, no trailing newline */
    size_t n, cap;
    size_t dropped;    /* lines lost to out of memory */
};

void msglist_add(struct msglist *l, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Whether exactly this line is already in the list (to report a problem once). */
int msglist_has(const struct msglist *l, const char *line);
/* Moves every line of from to the end of to; from is left empty. */
void msglist_move(struct msglist *to, struct msglist *from);
void msglist_free(struct msglist *l);
/* Number of problems, the dropped ones included. */
static inline size_t msglist_count(const struct msglist *l) { return l->n + l->dropped; }

#endif
