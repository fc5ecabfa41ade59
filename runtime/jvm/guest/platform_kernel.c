/* platform_kernel.c: platform.h for the unikernel, over the kernel API (kernel/include/sd):
 * kernel threads, mutexes and condition variables, clocks, the page allocator; class files
 * straight from the image filesystem (runtime/fs). The file calls over descriptors are
 * ../platform_files.c (newlib's open/read, which runtime/libc serves from the same image).
 *
 * Memory is not virtual here: a reservation is real, zeroed pages at once, and discarding
 * keeps them (nothing else could use pages the VM still holds the range of). */
#include "../platform.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sd/app.h>
#include <sd/mm.h>
#include <sd/sync.h>
#include <sd/thread.h>
#include <sd/time.h>
#include <sdc/thread.h>
#include <sdfs/fs.h>

/* Pages pf_memory_available keeps back for the kernel (thread records, its heap) and for
 * newlib's malloc arena growing past what the VM accounted for. */
#define MEMORY_RESERVE (768u << 10)

struct pf_mutex { struct sd_mutex m; };
struct pf_cond { struct sd_cond c; };
struct start { void (*fn)(void *); void *arg; };

static void thread_main(void *p)
{
    struct start s = *(struct start *)p;
    free(p);
    s.fn(s.arg);
    sdc_thread_release();       /* the kernel has no thread-exit hook for newlib's state */
}

pf_thread *pf_thread_start(void (*fn)(void *), void *arg, size_t stack_size)
{
    struct start *s = malloc(sizeof *s);
    if (!s)
        return NULL;
    s->fn = fn;
    s->arg = arg;
    struct sd_thread *t = sd_thread_create("java", thread_main, s, stack_size);
    if (!t) {
        free(s);
        return NULL;
    }
    sd_thread_detach(t);
    return (pf_thread *)t;
}

/* What the kernel gave "main", less a margin for the frames below the VM (sd_main, libc). */
size_t pf_main_stack_size(void) { return sd_main_stack_size() - (32u << 10); }
void pf_thread_yield(void) { sd_thread_yield(); }

pf_mutex *pf_mutex_new(void)
{
    pf_mutex *m = malloc(sizeof *m);
    if (!m)
        abort();
    sd_mutex_init(&m->m, false);
    return m;
}
void pf_mutex_lock(pf_mutex *m) { sd_mutex_lock(&m->m); }
void pf_mutex_unlock(pf_mutex *m) { sd_mutex_unlock(&m->m); }

pf_cond *pf_cond_new(void)
{
    pf_cond *c = malloc(sizeof *c);
    if (!c)
        abort();
    sd_cond_init(&c->c);
    return c;
}

int pf_cond_wait(pf_cond *c, pf_mutex *m, uint64_t timeout_ns)
{
    if (timeout_ns == 0) {
        sd_cond_wait(&c->c, &m->m);
        return 0;
    }
    return sd_cond_timedwait(&c->c, &m->m, sd_clock_monotonic_ns() + timeout_ns) != 0;
}
void pf_cond_signal(pf_cond *c) { sd_cond_signal(&c->c); }
void pf_cond_broadcast(pf_cond *c) { sd_cond_broadcast(&c->c); }

uint64_t pf_nanotime(void) { return sd_clock_monotonic_ns(); }
uint64_t pf_wallclock_ms(void) { return sd_clock_wall_ns() / SD_NS_PER_MS; }
void pf_sleep_ns(uint64_t ns) { sd_thread_sleep_ns(ns); }

void *pf_reserve(size_t len)
{
    size_t pages = (len + SD_PAGE_SIZE - 1) / SD_PAGE_SIZE;
    void *p = sd_pages_alloc(pages ? pages : 1);
    if (p)
        memset(p, 0, pages * SD_PAGE_SIZE);
    return p;
}

void *pf_reserve_uninit(size_t len)
{
    size_t pages = (len + SD_PAGE_SIZE - 1) / SD_PAGE_SIZE;
    return sd_pages_alloc(pages ? pages : 1);
}

void pf_discard(void *p, size_t len) { }

const uint8_t *pf_map_file(const char *path, size_t *len)
{
    const struct sdfs *fs = sdfs_root();
    const struct sdfs_entry *e = fs ? sdfs_lookup(fs, path) : NULL;
    if (!e || sdfs_is_dir(e))
        return NULL;
    const void *data = sdfs_data(fs, e);
    if (!data)
        return NULL;
    *len = (size_t)e->size;
    return data;
}

int pf_executable_dir(char *buf, size_t n) { return -1; }

size_t pf_memory_available(void)
{
    size_t free_bytes = sd_pages_free_count() * SD_PAGE_SIZE;
    return free_bytes > MEMORY_RESERVE ? free_bytes - MEMORY_RESERVE : 0;
}

int pf_processors(void) { return 1; }

_Noreturn void pf_exit(int status)
{
    fflush(stdout);
    fflush(stderr);
    sd_exit(status);
}
