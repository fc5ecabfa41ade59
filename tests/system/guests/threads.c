/* Preemptive threads: one thread spins forever without yielding, seven count; all must make
 * progress, and the main thread's 100 ms sleeps (measured on the monotonic clock) must never
 * wake early nor absurdly late (1 s). Each counter also keeps a double in step with its count,
 * which catches FPU/SSE state lost across preemption. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include <sd/thread.h>
#include <sd/time.h>

#define COUNTERS   7
#define SLEEPS     5
#define SLEEP_NS   (100 * SD_NS_PER_MS)
#define LATE_NS    SD_NS_PER_S

struct counter {
    volatile uint64_t count;
    volatile bool fpu_broken;
};

static struct counter counters[COUNTERS];
static volatile uint64_t spins;

static void spinner(void *arg)
{
    for (;;)
        spins++;
}

static void count(void *arg)
{
    struct counter *c = arg;
    double half = 0.0;
    for (;;) {
        half += 0.5;
        uint64_t n = c->count + 1;
        c->count = n;
        if (half != (double)n * 0.5)
            c->fpu_broken = true;
    }
}

static bool start_threads(void)
{
    if (!sd_thread_create("spinner", spinner, NULL, 0))
        return false;
    for (int i = 0; i < COUNTERS; i++) {
        char name[16];
        snprintf(name, sizeof(name), "count%d", i);
        if (!sd_thread_create(name, count, &counters[i], 0))
            return false;
    }
    return true;
}

static void snapshot(uint64_t out[COUNTERS])
{
    for (int i = 0; i < COUNTERS; i++)
        out[i] = counters[i].count;
}

int main(void)
{
    if (!start_threads()) {
        printf("VERDICT FAIL: cannot create threads\n");
        return 1;
    }
    uint64_t before[COUNTERS], after[COUNTERS];
    uint64_t min_ns = UINT64_MAX, max_ns = 0;
    bool early = false, late = false;
    snapshot(before);
    uint64_t spins_before = spins;
    for (int i = 0; i < SLEEPS; i++) {
        uint64_t t0 = sd_clock_monotonic_ns();
        sd_thread_sleep_ns(SLEEP_NS);
        uint64_t dt = sd_clock_monotonic_ns() - t0;
        early |= dt < SLEEP_NS;
        late |= dt > LATE_NS;
        min_ns = dt < min_ns ? dt : min_ns;
        max_ns = dt > max_ns ? dt : max_ns;
    }
    snapshot(after);
    uint64_t spins_after = spins;

    bool stalled = spins_after == spins_before, fpu = false;
    printf("sleep 100 ms x %d: min %.3f ms, max %.3f ms\n", SLEEPS, min_ns / 1e6, max_ns / 1e6);
    for (int i = 0; i < COUNTERS; i++) {
        printf("count%d: %llu -> %llu\n", i, (unsigned long long)before[i],
               (unsigned long long)after[i]);
        stalled |= after[i] == before[i];
        fpu |= counters[i].fpu_broken;
    }
    printf("spinner: %llu -> %llu\n", (unsigned long long)spins_before,
           (unsigned long long)spins_after);
    if (early || late || stalled || fpu)
        printf("VERDICT FAIL:%s%s%s%s\n", early ? " a sleep woke early" : "",
               late ? " a sleep took over 1 s" : "", stalled ? " a thread made no progress" : "",
               fpu ? " FPU state lost" : "");
    else
        printf("VERDICT PASS\n");
    return 0;
}
