/* platform_posix.c: platform.h for Linux processes (pthreads, clock_gettime, mmap; class files
 * are mapped read-only, zero-copy). */
#define _GNU_SOURCE
#include "platform.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

struct pf_mutex { pthread_mutex_t m; };
struct pf_cond { pthread_cond_t c; };
struct start { void (*fn)(void *); void *arg; };

static void *thread_main(void *p)
{
    struct start s = *(struct start *)p;
    free(p);
    s.fn(s.arg);
    return NULL;
}

pf_thread *pf_thread_start(void (*fn)(void *), void *arg, size_t stack_size)
{
    struct start *s = malloc(sizeof *s);
    if (!s)
        return NULL;
    s->fn = fn;
    s->arg = arg;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, stack_size);
    pthread_t t;
    int rc = pthread_create(&t, &attr, thread_main, s);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        free(s);
        return NULL;
    }
    return (pf_thread *)(uintptr_t)t;
}

void pf_thread_yield(void) { sched_yield(); }

size_t pf_main_stack_size(void)
{
    struct rlimit rl;
    if (getrlimit(RLIMIT_STACK, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY)
        return 0;
    return (size_t)rl.rlim_cur;
}

pf_mutex *pf_mutex_new(void)
{
    pf_mutex *m = malloc(sizeof *m);
    if (!m)
        abort();
    pthread_mutex_init(&m->m, NULL);
    return m;
}
void pf_mutex_lock(pf_mutex *m) { pthread_mutex_lock(&m->m); }
void pf_mutex_unlock(pf_mutex *m) { pthread_mutex_unlock(&m->m); }

pf_cond *pf_cond_new(void)
{
    pf_cond *c = malloc(sizeof *c);
    if (!c)
        abort();
    pthread_condattr_t a;
    pthread_condattr_init(&a);
    pthread_condattr_setclock(&a, CLOCK_MONOTONIC);
    pthread_cond_init(&c->c, &a);
    pthread_condattr_destroy(&a);
    return c;
}

int pf_cond_wait(pf_cond *c, pf_mutex *m, uint64_t timeout_ns)
{
    if (timeout_ns == 0) {
        pthread_cond_wait(&c->c, &m->m);
        return 0;
    }
    uint64_t dl = pf_nanotime() + timeout_ns;
    struct timespec ts = { (time_t)(dl / 1000000000u), (long)(dl % 1000000000u) };
    return pthread_cond_timedwait(&c->c, &m->m, &ts) == ETIMEDOUT;
}
void pf_cond_signal(pf_cond *c) { pthread_cond_signal(&c->c); }
void pf_cond_broadcast(pf_cond *c) { pthread_cond_broadcast(&c->c); }

uint64_t pf_nanotime(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

uint64_t pf_wallclock_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

void pf_sleep_ns(uint64_t ns)
{
    struct timespec ts = { (time_t)(ns / 1000000000u), (long)(ns % 1000000000u) };
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
        ;
}

void *pf_reserve(size_t len)
{
    void *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                   -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

/* mmap's pages are zero anyway, and only once touched */
void *pf_reserve_uninit(size_t len) { return pf_reserve(len); }

void pf_discard(void *p, size_t len) { madvise(p, len, MADV_DONTNEED); }

const uint8_t *pf_map_file(const char *path, size_t *len)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    struct stat st;
    void *p = MAP_FAILED;
    /* an empty file cannot be mapped: the caller reads it instead */
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
        p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (p == MAP_FAILED)
        return NULL;
    *len = (size_t)st.st_size;
    return p;
}

/* Linux overcommits and has swap: no sound answer, so the VM's fixed default applies. */
size_t pf_memory_available(void) { return 0; }

int pf_processors(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int)n : 1;
}

_Noreturn void pf_exit(int status) { _exit(status); }

int pf_executable_dir(char *buf, size_t n)
{
    ssize_t r = readlink("/proc/self/exe", buf, n - 1);
    if (r <= 0)
        return -1;
    buf[r] = 0;
    char *slash = strrchr(buf, '/');
    if (!slash)
        return -1;
    *slash = 0;
    return 0;
}
