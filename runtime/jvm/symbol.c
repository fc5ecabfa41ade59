/* symbol.c: the table of interned names. Two equal names are the same pointer, so class,
 * method and field lookups compare pointers. Entries live for the whole run. */
#include <stdlib.h>
#include <string.h>

#include "vm.h"

typedef struct Sym { struct Sym *next; uint32_t hash; char s[]; } Sym;

static Sym **table;
static size_t table_size, table_count;
static pf_mutex *sym_lock;

#define SYM_DEF(id, s) const char *S_##id;
SYMBOLS(SYM_DEF)

static uint32_t hash_n(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (uint8_t)s[i]) * 16777619u;
    return h;
}

static void grow(void)
{
    size_t nsize = table_size ? table_size * 2 : 1024;
    Sym **nt = calloc(nsize, sizeof *nt);
    if (!nt)
        abort();
    for (size_t i = 0; i < table_size; i++)
        for (Sym *e = table[i], *n; e; e = n) {
            n = e->next;
            e->next = nt[e->hash & (nsize - 1)];
            nt[e->hash & (nsize - 1)] = e;
        }
    free(table);
    table = nt;
    table_size = nsize;
}

const char *sym_intern_n(const char *s, size_t n)
{
    uint32_t h = hash_n(s, n);
    pf_mutex_lock(sym_lock);
    for (Sym *e = table[h & (table_size - 1)]; e; e = e->next)
        if (e->hash == h && strncmp(e->s, s, n) == 0 && e->s[n] == 0) {
            pf_mutex_unlock(sym_lock);
            return e->s;
        }
    if (table_count * 2 >= table_size)
        grow();
    Sym *e = malloc(sizeof(Sym) + n + 1);
    if (!e)
        abort();
    memcpy(e->s, s, n);
    e->s[n] = 0;
    e->hash = h;
    e->next = table[h & (table_size - 1)];
    table[h & (table_size - 1)] = e;
    table_count++;
    pf_mutex_unlock(sym_lock);
    return e->s;
}

const char *sym_intern(const char *s) { return sym_intern_n(s, strlen(s)); }

void sym_init(void)
{
    sym_lock = pf_mutex_new();
    grow();
#define SYM_SET(id, s) S_##id = sym_intern(s);
    SYMBOLS(SYM_SET)
}
