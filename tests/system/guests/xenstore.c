/* The kernel's xenstore client (kernel/xen/xenstore.h), driven directly: this guest alone
 * reaches below the kernel API, because the client has no other way to be tested from inside
 * a domain. Round trips, errors, a value bigger than half the ring, truncated reads, watches
 * (fired, then silenced by unwatch), requests with events masked (the polling path used from
 * event context and by sd_exit), and several threads with requests in flight at once. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <sd/errors.h>
#include <sd/irq.h>
#include <sd/thread.h>
#include <sd/time.h>

#include "xenstore.h"

#define THREADS 4
#define ROUNDS  25

static int failures;

static void check(bool ok, const char *what)
{
    printf("%s: %s\n", ok ? "ok" : "FAILED", what);
    failures += !ok;
}

static void round_trip(void)
{
    char buf[64];
    check(xs_write("data/sd-test/a", "hello") == 0, "write a relative key");
    check(xs_read("data/sd-test/a", buf, sizeof(buf)) == 5 && strcmp(buf, "hello") == 0,
          "read it back");
    check(xs_read("name", buf, sizeof(buf)) > 0 && strcmp(buf, "xenstore") == 0,
          "the domain's name (relative path)");
    check(xs_read("data/sd-test/missing", buf, sizeof(buf)) == -SD_ENOENT,
          "a missing key gives -SD_ENOENT");
    check(xs_read("data/sd-test/a", buf, 3) == 5 && strcmp(buf, "he") == 0,
          "a short buffer truncates and reports the full length");
    check(xs_rm("data/sd-test/a") == 0, "rm");
    check(xs_read("data/sd-test/a", buf, sizeof(buf)) == -SD_ENOENT, "gone after rm");
    check(xs_read("/local/domain/0/no-such-key-for-us", buf, sizeof(buf)) < 0,
          "another domain's key is refused or absent");
}

static void big_values(void)
{
    static char big[901], back[1024], huge[XS_REQ_MAX + 1];
    for (size_t i = 0; i < sizeof(big) - 1; i++)
        big[i] = (char)('a' + i % 26);
    check(xs_write("data/sd-test/big", big) == 0, "write 900 bytes (most of the ring)");
    check(xs_read("data/sd-test/big", back, sizeof(back)) == 900 && strcmp(back, big) == 0,
          "read 900 bytes back");
    memset(huge, 'x', sizeof(huge) - 1);
    check(xs_write("data/sd-test/huge", huge) == -SD_EINVAL,
          "a request over XS_REQ_MAX is refused");
}

static void masked_requests(void)
{
    char buf[32];
    unsigned long flags = sd_irq_save();
    int w = xs_write("data/sd-test/masked", "42");
    int r = xs_read("data/sd-test/masked", buf, sizeof(buf));
    sd_irq_restore(flags);
    check(w == 0 && r == 2 && strcmp(buf, "42") == 0, "requests with events masked (polling)");
}

static volatile int watch_hits;

static void on_change(const char *path, void *arg)
{
    watch_hits++;
}

static bool wait_hits(int at_least, uint64_t timeout_ns)
{
    uint64_t end = sd_clock_monotonic_ns() + timeout_ns;
    while (watch_hits < at_least && sd_clock_monotonic_ns() < end)
        sd_thread_sleep_ns(10 * SD_NS_PER_MS);
    return watch_hits >= at_least;
}

static void watches(void)
{
    check(xs_watch("data/sd-test/w", "test-w", on_change, NULL) == 0, "watch");
    check(wait_hits(1, SD_NS_PER_S), "the initial watch event arrives");
    int before = watch_hits;
    xs_write("data/sd-test/w/x", "1");
    check(wait_hits(before + 1, SD_NS_PER_S), "a write below the watched path fires it");
    check(xs_watch("data/sd-test/w", "test-w", on_change, NULL) == -SD_EINVAL,
          "a duplicate token is refused");
    check(xs_unwatch("data/sd-test/w", "test-w") == 0, "unwatch");
    before = watch_hits;
    xs_write("data/sd-test/w/x", "2");
    sd_thread_sleep_ns(300 * SD_NS_PER_MS);
    check(watch_hits == before, "no events after unwatch");
}

static volatile int thread_errors, threads_done;

static void hammer(void *arg)
{
    int id = (int)(intptr_t)arg;
    char key[48], val[16], back[16];
    snprintf(key, sizeof(key), "data/sd-test/t%d", id);
    for (int i = 0; i < ROUNDS; i++) {
        snprintf(val, sizeof(val), "%d-%d", id, i);
        if (xs_write(key, val) != 0 || xs_read(key, back, sizeof(back)) < 0 ||
            strcmp(val, back) != 0)
            thread_errors++;
    }
    threads_done++;
}

static void concurrent(void)
{
    for (int i = 0; i < THREADS; i++) {
        struct sd_thread *t = sd_thread_create("hammer", hammer, (void *)(intptr_t)i, 0);
        if (t)
            sd_thread_detach(t);
        else
            thread_errors++;
    }
    uint64_t end = sd_clock_monotonic_ns() + 20 * SD_NS_PER_S;
    while (threads_done < THREADS && sd_clock_monotonic_ns() < end)
        sd_thread_sleep_ns(10 * SD_NS_PER_MS);
    check(threads_done == THREADS && thread_errors == 0,
          "4 threads x 25 write/read pairs, requests in flight together");
}

/* A figure, not a check: the mean time of one read round trip to xenstored. */
static void time_reads(void)
{
    char buf[32];
    enum { N = 200 };
    uint64_t t0 = sd_clock_monotonic_ns();
    for (int i = 0; i < N; i++)
        xs_read("name", buf, sizeof(buf));
    printf("xenstore: %d reads, mean %.1f us\n", N, (sd_clock_monotonic_ns() - t0) / 1e3 / N);
}

/* A figure: from our own write of a watched key to the callback on the xenwatch thread (the
 * path a shutdown request takes inside the guest). */
static void time_watch(void)
{
    watch_hits = 0;
    if (xs_watch("data/sd-test/lat", "test-lat", on_change, NULL) != 0 || !wait_hits(1, SD_NS_PER_S))
        return;
    uint64_t t0 = sd_clock_monotonic_ns();
    xs_write("data/sd-test/lat", "1");
    while (watch_hits < 2 && sd_clock_monotonic_ns() - t0 < SD_NS_PER_S)
        sd_thread_yield();
    uint64_t dt = sd_clock_monotonic_ns() - t0;
    xs_unwatch("data/sd-test/lat", "test-lat");
    printf("xenstore: write to watch callback %.1f us\n", dt / 1e3);
}

int main(void)
{
    uint64_t t0 = sd_clock_monotonic_ns();
    round_trip();
    big_values();
    masked_requests();
    watches();
    concurrent();
    time_reads();
    time_watch();
    xs_rm("data/sd-test");
    printf("xenstore tests took %.1f ms\n", (sd_clock_monotonic_ns() - t0) / 1e6);
    if (failures)
        printf("VERDICT FAIL: %d checks failed\n", failures);
    else
        printf("VERDICT PASS\n");
    return 0;
}
