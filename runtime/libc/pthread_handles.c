/* The handle table behind pthread_t, pthread_mutex_t and pthread_cond_t (pthread_internal.h).
 *
 * Handles index chunks of slots that are allocated as needed and never freed or moved, so a
 * lookup needs no lock: it reads a chunk pointer published with release order. Freed handles
 * are reused (most recently freed first). Making, freeing and the free list: under one mutex. */
#include <stdlib.h>

#include <sd/sync.h>

#include "pthread_internal.h"

#define CHUNK_SLOTS 1024u
#define MAX_CHUNKS  64u          /* 65536 handles */

struct slot {
    void *obj;
    enum sdc_handle_kind kind;
    uint32_t next_free;          /* free list link (a handle), 0 = end */
};

static struct slot *chunks[MAX_CHUNKS];
static uint32_t issued;          /* handles 1..issued have a slot */
static uint32_t free_list;
static struct sd_mutex lock = SD_MUTEX_RECURSIVE_INITIALIZER;

void sdc_handles_lock(void)
{
    sd_mutex_lock(&lock);
}

void sdc_handles_unlock(void)
{
    sd_mutex_unlock(&lock);
}

static struct slot *slot_of(uint32_t h)
{
    if (h == 0 || h > MAX_CHUNKS * CHUNK_SLOTS)
        return NULL;
    struct slot *chunk = __atomic_load_n(&chunks[(h - 1) / CHUNK_SLOTS], __ATOMIC_ACQUIRE);
    return chunk ? &chunk[(h - 1) % CHUNK_SLOTS] : NULL;
}

uint32_t sdc_handle_new(void *obj, enum sdc_handle_kind kind)
{
    uint32_t h = 0;
    sd_mutex_lock(&lock);
    if (free_list) {
        h = free_list;
        free_list = slot_of(h)->next_free;
    } else if (issued < MAX_CHUNKS * CHUNK_SLOTS) {
        uint32_t c = issued / CHUNK_SLOTS;
        if (!chunks[c]) {
            struct slot *chunk = calloc(CHUNK_SLOTS, sizeof *chunk);
            if (chunk)
                __atomic_store_n(&chunks[c], chunk, __ATOMIC_RELEASE);
        }
        if (chunks[c])
            h = ++issued;
    }
    if (h) {
        struct slot *s = slot_of(h);
        s->obj = obj;
        __atomic_store_n(&s->kind, kind, __ATOMIC_RELEASE);
    }
    sd_mutex_unlock(&lock);
    return h;
}

void *sdc_handle_get(uint32_t h, enum sdc_handle_kind kind)
{
    struct slot *s = slot_of(h);
    if (!s || __atomic_load_n(&s->kind, __ATOMIC_ACQUIRE) != kind)
        return NULL;
    return s->obj;
}

void sdc_handle_free(uint32_t h)
{
    sd_mutex_lock(&lock);
    struct slot *s = slot_of(h);
    if (s && s->kind != SDC_H_FREE) {
        s->kind = SDC_H_FREE;
        s->obj = NULL;
        s->next_free = free_list;
        free_list = h;
    }
    sd_mutex_unlock(&lock);
}
