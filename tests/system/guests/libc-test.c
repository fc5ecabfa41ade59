/* Ordinary C on runtime/libc + newlib, in the guest: printf with floats, malloc (and ENOMEM
 * from sbrk), setjmp/longjmp, qsort/bsearch, clocks and sleeps, stdio without files, and
 * errno kept per thread while threads run at once.
 *
 * Prints "ok NAME" or "FAIL NAME: detail" per check, then "VERDICT PASS" or
 * "VERDICT FAIL: n checks failed"; main returns 0 or 1 (the domain's exit code). An atexit
 * handler prints "ATEXIT OK" after the verdict: returning from main must run it. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include <sd/thread.h>
#include <sdc/thread.h>

static int failures;

static void check(bool ok, const char *name, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void check(bool ok, const char *name, const char *fmt, ...)
{
    if (ok) {
        printf("ok %s\n", name);
        return;
    }
    failures++;
    printf("FAIL %s: ", name);
    va_list ap;
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    printf("\n");
}

/* ---- printf and friends ------------------------------------------------------------------- */

static void test_formatting(void)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%.3f|%8.2f|%e|%g", 3.14159, -2.5, 12345.678, 0.0001);
    check(strcmp(buf, "3.142|   -2.50|1.234568e+04|0.0001") == 0, "printf-float", "got \"%s\"", buf);

    snprintf(buf, sizeof buf, "%lld|%zu|%hhd|%jx", -1234567890123LL, (size_t)42, (signed char)-7,
             (uintmax_t)0xdeadbeefcafeULL);
    check(strcmp(buf, "-1234567890123|42|-7|deadbeefcafe") == 0, "printf-c99-sizes", "got \"%s\"",
          buf);

    double d = strtod("2.718281828", NULL);
    int n = 0;
    float f = 0;
    int got = sscanf("17 0.125", "%d %f", &n, &f);
    check(d > 2.7182818 && d < 2.7182819 && got == 2 && n == 17 && f == 0.125f, "strtod-sscanf",
          "strtod %.9f, sscanf gave %d items (%d, %f)", d, got, n, f);
}

/* ---- malloc ---------------------------------------------------------------------------------- */

static void test_malloc(void)
{
    enum { BLOCKS = 256 };
    unsigned char *blocks[BLOCKS];
    bool ok = true;
    for (int i = 0; i < BLOCKS; i++) {
        blocks[i] = malloc(16 + i * 97);
        if (!blocks[i]) {
            ok = false;
            break;
        }
        memset(blocks[i], i & 0xff, 16 + i * 97);
    }
    for (int i = 0; ok && i < BLOCKS; i++) {
        blocks[i] = realloc(blocks[i], 16 + i * 97 + 4000);
        ok = blocks[i] && blocks[i][0] == (i & 0xff) && blocks[i][16 + i * 97 - 1] == (i & 0xff);
    }
    for (int i = 0; i < BLOCKS; i++)
        free(ok ? blocks[i] : NULL);
    check(ok, "malloc-realloc", "a block was lost or its contents changed");

    /* A block the size of 8 MB, so it comes from sbrk growth and not a free list. */
    size_t big = 8u << 20;
    unsigned char *p = malloc(big);
    check(p && ((uintptr_t)p & 15) == 0, "malloc-large", "malloc(8 MB) gave %p", (void *)p);
    if (p) {
        memset(p, 0x5a, big);
        check(p[0] == 0x5a && p[big - 1] == 0x5a, "malloc-large-usable", "contents lost");
        free(p);
    }

    errno = 0;
    void *huge = malloc((size_t)1 << 40);
    int err = errno;
    check(huge == NULL && err == ENOMEM, "malloc-enomem", "malloc(1 TB) gave %p, errno %d",
          huge, err);
    void *after = malloc(100);
    check(after != NULL, "malloc-after-enomem", "malloc(100) failed after a refused request");
    free(after);
}

/* ---- setjmp / longjmp ------------------------------------------------------------------------- */

static jmp_buf jump;

static void __attribute__((noinline)) dive(int depth)
{
    char pad[256];   /* real stack frames between setjmp and longjmp */
    memset(pad, depth, sizeof pad);
    if (depth < 0)
        return;
    if (depth == 0)
        longjmp(jump, 42);
    dive(depth - 1);
    __asm__ volatile("" : : "r"(pad) : "memory");
}

static void test_setjmp(void)
{
    volatile int passes = 0;
    volatile double carried = 1.5;
    int v = setjmp(jump);
    passes++;
    if (v == 0) {
        carried = 2.5;
        dive(10);
    }
    check(v == 42 && passes == 2 && carried == 2.5, "setjmp-longjmp",
          "value %d after %d passes, carried %f", v, passes, carried);

    /* longjmp(env, 0) must make setjmp return 1. */
    volatile int second = 0;
    if ((v = setjmp(jump)) == 0)
        longjmp(jump, 0);
    second = v;
    check(second == 1, "longjmp-zero", "setjmp returned %d", second);
}

/* ---- qsort / bsearch ------------------------------------------------------------------------- */

static int compare_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static void test_qsort(void)
{
    enum { N = 5000 };
    static int v[N];
    uint32_t r = 12345;
    long sum_before = 0, sum_after = 0;
    for (int i = 0; i < N; i++) {
        r = r * 1103515245u + 12345u;
        v[i] = (int)(r >> 8) % 100000 - 50000;
        sum_before += v[i];
    }
    qsort(v, N, sizeof v[0], compare_int);
    bool sorted = true;
    for (int i = 0; i < N; i++) {
        sum_after += v[i];
        if (i > 0 && v[i - 1] > v[i])
            sorted = false;
    }
    check(sorted && sum_before == sum_after, "qsort", "sorted %d, sums %ld %ld", sorted,
          sum_before, sum_after);
    int key = v[N / 3];
    int *found = bsearch(&key, v, N, sizeof v[0], compare_int);
    check(found && *found == key, "bsearch", "did not find %d", key);
}

/* ---- time -------------------------------------------------------------------------------------- */

static uint64_t mono_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static void test_time(void)
{
    time_t now = time(NULL);
    struct timeval tv;
    gettimeofday(&tv, NULL);
    /* 2020-01-01: Xen's wall clock is the host's, so anything earlier means it was not read. */
    check(now > 1577836800 && tv.tv_sec >= now && tv.tv_sec - now < 5, "time-wallclock",
          "time() %lld, gettimeofday %lld", (long long)now, (long long)tv.tv_sec);

    struct tm tm;
    time_t t = 86400 + 3661;
    gmtime_r(&t, &tm);
    char buf[32];
    strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", &tm);
    check(strcmp(buf, "1970-01-02 01:01:01") == 0, "gmtime-strftime", "got \"%s\"", buf);

    struct timespec res;
    errno = 0;
    int bad = clock_gettime((clockid_t)99, &res);
    check(bad == -1 && errno == EINVAL && clock_getres(CLOCK_MONOTONIC, &res) == 0,
          "clock-ids", "unknown clock gave %d errno %d", bad, errno);

    uint64_t t0 = mono_ns();
    struct timespec req = { 0, 30 * 1000 * 1000 };
    int r1 = nanosleep(&req, NULL);
    uint64_t t1 = mono_ns();
    usleep(20 * 1000);
    uint64_t t2 = mono_ns();
    check(r1 == 0 && t1 - t0 >= 30000000u && t2 - t1 >= 20000000u, "sleep-monotonic",
          "nanosleep(30 ms) took %llu ns, usleep(20 ms) %llu ns",
          (unsigned long long)(t1 - t0), (unsigned long long)(t2 - t1));

    req.tv_nsec = 1000000000;
    errno = 0;
    check(nanosleep(&req, NULL) == -1 && errno == EINVAL, "nanosleep-einval", "errno %d", errno);

    clock_t c0 = clock();
    usleep(15 * 1000);
    clock_t c1 = clock();
    check(c1 > c0, "clock", "clock() went from %ld to %ld", (long)c0, (long)c1);
}

/* ---- files, which do not exist yet ------------------------------------------------------------ */

static void test_no_files(void)
{
    errno = 0;
    FILE *f = fopen("/etc/passwd", "r");
    check(f == NULL && errno == ENOENT, "fopen-enoent", "fopen gave %p, errno %d", (void *)f,
          errno);
    check(isatty(1) == 1 && isatty(7) == 0, "isatty", "isatty(1) %d, isatty(7) %d", isatty(1),
          isatty(7));
    errno = 0;
    check(write(9, "x", 1) == -1 && errno == EBADF, "write-ebadf", "errno %d", errno);
}

/* ---- errno per thread ---------------------------------------------------------------------- */

enum { WORKERS = 4, ROUNDS = 200 };

struct worker {
    int id;
    volatile bool done;
    bool errno_kept;
    bool heap_ok;
    bool printf_ok;
};

/* Each worker sets errno to its own value, then sleeps, yields and allocates (other threads set
 * theirs in between; the kernel preempts too) and checks its value every round. */
static void worker(void *arg)
{
    struct worker *w = arg;
    int mine = 1000 + w->id;
    w->errno_kept = w->heap_ok = w->printf_ok = true;
    for (int round = 0; round < ROUNDS; round++) {
        errno = mine;
        if (round % 16 == 0)
            sd_thread_sleep_ns(1000 * 1000);
        else
            sd_thread_yield();
        char *p = malloc(64 + round);
        if (!p)
            w->heap_ok = false;
        else {
            char buf[32];
            snprintf(buf, sizeof buf, "%d:%.1f", w->id, round * 0.5);
            char want[32];
            sprintf(want, "%d:%d.%d", w->id, round / 2, round % 2 ? 5 : 0);
            if (strcmp(buf, want) != 0)
                w->printf_ok = false;
            free(p);
        }
        if (errno != mine)
            w->errno_kept = false;
    }
    sdc_thread_release();
    w->done = true;
}

static void test_errno_per_thread(void)
{
    static struct worker workers[WORKERS];
    struct sd_thread *threads[WORKERS];
    errno = 7;
    for (int i = 0; i < WORKERS; i++) {
        workers[i].id = i;
        char name[16];
        snprintf(name, sizeof name, "libc-w%d", i);
        threads[i] = sd_thread_create(name, worker, &workers[i], 0);
    }
    bool created = true;
    for (int i = 0; i < WORKERS; i++) {
        if (threads[i])
            sd_thread_join(threads[i]);
        else
            created = false;
    }
    int main_errno = errno;
    bool kept = true, heap = true, fmt = true;
    for (int i = 0; i < WORKERS; i++) {
        kept &= workers[i].done && workers[i].errno_kept;
        heap &= workers[i].heap_ok;
        fmt &= workers[i].printf_ok;
    }
    check(created, "threads-created", "sd_thread_create failed");
    check(kept && main_errno == 7, "errno-per-thread",
          "workers kept theirs: %d; main's is %d (want 7)", kept, main_errno);
    check(heap && fmt, "threads-malloc-printf", "malloc ok %d, formatting ok %d", heap, fmt);

    void *marker = &workers[0];
    check(sdc_thread_set_user(marker) == 0 && sdc_thread_user() == marker, "thread-user-slot",
          "the user pointer did not stick");
}

/* ---- constructors and the exit path ------------------------------------------------------------ */

static volatile int constructed;

__attribute__((constructor)) static void construct(void)
{
    constructed = 1;   /* sd_main runs .init_array before main */
}

/* ---- exit path --------------------------------------------------------------------------------- */

static void at_exit(void)
{
    printf("ATEXIT OK\n");   /* printed after the verdict; exit flushes it */
}

int main(int argc, char **argv)
{
    printf("libc-test: argc %d, argv[0] %s\n", argc, argc > 0 ? argv[0] : "(none)");
    atexit(at_exit);
    check(constructed == 1, "constructor", "the constructor did not run before main");
    test_formatting();
    test_malloc();
    test_setjmp();
    test_qsort();
    test_time();
    test_no_files();
    test_errno_per_thread();
    if (failures)
        printf("VERDICT FAIL: %d checks failed\n", failures);
    else
        printf("VERDICT PASS\n");
    return failures ? 1 : 0;
}
