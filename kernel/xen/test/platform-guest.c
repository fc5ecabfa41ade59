/* Test guest for the Xen platform layer, booted as dom0 by platform_test.c (no xenstore, no
 * console ring needed: dom0's console_io goes to the serial port). Bare: the kernel API only,
 * no libc. argv[1] names the case; each prints "VERDICT PASS|FAIL case" or must crash with
 * the kernel's fault report. */
#include <stdbool.h>
#include <stdint.h>
#include <sd/mm.h>
#include <sd/printk.h>
#include <sd/thread.h>
#include <sd/time.h>

#define COUNTERS 3

static bool streq(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
}

static int verdict(const char *name, bool ok)
{
    printk("VERDICT %s %s\n", ok ? "PASS" : "FAIL", name);
    return ok ? 0 : 1;
}

/* Sleeps never end early; the monotonic clock never goes back; the wall clock is sane. */
static int case_timer(void)
{
    bool ok = true;
    uint64_t prev = sd_clock_monotonic_ns();
    for (int i = 1; i <= 5; i++) {
        uint64_t ns = (uint64_t)i * 10 * SD_NS_PER_MS;
        uint64_t t0 = sd_clock_monotonic_ns();
        sd_thread_sleep_ns(ns);
        uint64_t t1 = sd_clock_monotonic_ns();
        printk("slept %lu us for %lu us\n", (unsigned long)((t1 - t0) / 1000),
               (unsigned long)(ns / 1000));
        ok = ok && t1 - t0 >= ns && t0 >= prev;
        prev = t1;
    }
    uint64_t wall_s = sd_clock_wall_ns() / SD_NS_PER_S;
    printk("wall clock %lu s since the epoch\n", (unsigned long)wall_s);
    ok = ok && wall_s > 1577836800ULL;      /* after 2020-01-01 */
    return verdict("timer", ok);
}

struct counter {
    volatile uint64_t count;
    volatile bool fpu_broken;
};
static struct counter counters[COUNTERS];

/* Never yields: only timer preemption lets anyone else run. */
static void spinner(void *arg)
{
    (void)arg;
    for (;;)
        __asm__ volatile("" ::: "memory");
}

/* Keeps an SSE double in step with an integer: lost FPU state across preemption shows. */
static void counter(void *arg)
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

static int case_preempt(void)
{
    bool ok = sd_thread_create("spinner", spinner, NULL, 0) != NULL;
    for (int i = 0; i < COUNTERS; i++)
        ok = ok && sd_thread_create("counter", counter, &counters[i], 0) != NULL;
    uint64_t last[COUNTERS] = { 0 };
    for (int round = 0; round < 3 && ok; round++) {
        sd_thread_sleep_ns(100 * SD_NS_PER_MS);
        for (int i = 0; i < COUNTERS; i++) {
            uint64_t now = counters[i].count;
            printk("round %d counter %d: %lu\n", round, i, (unsigned long)now);
            ok = ok && now > last[i] && !counters[i].fpu_broken;
            last[i] = now;
        }
    }
    return verdict("preempt", ok);
}

static void nothing(void *arg)
{
    (void)arg;
}

/* Every free page is mapped and writable (the direct map covers all of memory), including the
 * guard pages of thread stacks that have been freed. */
static int case_memory(void)
{
    for (int i = 0; i < 50; i++) {
        struct sd_thread *t = sd_thread_create("short", nothing, NULL, 0);
        if (t == NULL)
            return verdict("memory", false);
        sd_thread_join(t);
    }
    size_t expected = sd_pages_free_count(), n = 0;
    void *p;
    while ((p = sd_pages_alloc(1)) != NULL) {
        ((volatile char *)p)[0] = 1;
        ((volatile char *)p)[SD_PAGE_SIZE - 1] = 2;
        n++;
    }
    printk("wrote %lu pages of %lu free, %lu total\n", (unsigned long)n,
           (unsigned long)expected, (unsigned long)sd_pages_total());
    return verdict("memory", n == expected && n > 0);
}

__attribute__((noinline)) static void recurse(volatile char *prev)
{
    volatile char buf[256];
    buf[0] = prev ? prev[0] : 0;
    recurse(buf);
    __asm__ volatile("" ::: "memory");
}

/* The guard page sits right below this thread's SD_STACK_DEFAULT bytes of stack. */
static void overflow(void *arg)
{
    (void)arg;
    volatile char top;
    printk("overflow: stack top near %p\n", (void *)&top);
    recurse(&top);
}

static const char rodata_bytes[] = "read only";
static volatile int zero;
static char data_ret[16] = { (char)0xc3 };     /* a `ret` instruction, in .data */
static void (*volatile call_target)(void);

/* Hide a constant from the optimiser so the fault really happens at run time. */
#define OPAQUE(p) ({ __typeof__(p) p_ = (p); __asm__ volatile("" : "+r"(p_)); p_; })

static int crash(const char *t)
{
    if (streq(t, "null"))
        return *OPAQUE((volatile int *)0);
    if (streq(t, "write-text"))
        *OPAQUE((volatile char *)(uintptr_t)case_timer) = 0;
    if (streq(t, "write-rodata"))
        *OPAQUE((volatile char *)rodata_bytes) = 0;
    if (streq(t, "exec-data")) {
        call_target = (void (*)(void))data_ret;
        call_target();
    }
    if (streq(t, "exec-heap")) {
        char *p = sd_malloc(16);
        p[0] = (char)0xc3;
        call_target = (void (*)(void))p;
        call_target();
    }
    if (streq(t, "divide"))
        return 7 / zero;
    if (streq(t, "invalid-op"))
        __asm__ volatile("ud2");
    if (streq(t, "gp"))
        __asm__ volatile("movq $0x8000000000000000, %%rax; movq (%%rax), %%rax" ::: "rax");
    if (streq(t, "stack-overflow"))
        sd_thread_join(sd_thread_create("overflow", overflow, NULL, 0));
    return verdict(t, false);       /* still alive: the fault did not happen */
}

int sd_main(int argc, char **argv)
{
    const char *t = argc > 1 ? argv[1] : "";
    printk("platform test: %s\n", t);
    if (streq(t, "timer"))
        return case_timer();
    if (streq(t, "preempt"))
        return case_preempt();
    if (streq(t, "memory"))
        return case_memory();
    if (streq(t, "exit"))
        return 7;
    return crash(t);
}
