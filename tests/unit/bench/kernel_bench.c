/* Figures for kernel/core on the hosted platform: context switch, heap, pages, timer
 * overshoot. A hosted program (its sd_main runs on "main"); prints one line per figure. */
#include "sd/mm.h"
#include "sd/printk.h"
#include "sd/sync.h"
#include "sd/thread.h"
#include "sd/time.h"

#define SWITCHES 200000
#define HEAP_OPS 1000000
#define PAGE_OPS 200000
#define SLEEPS 200

static void yielder(void *arg)
{
    for (int i = 0; i < SWITCHES / 2; i++)
        sd_thread_yield();
}

static void bench_switch(void)
{
    uint64_t t0 = sd_clock_monotonic_ns();
    struct sd_thread *a = sd_thread_create("y1", yielder, NULL, 0);
    struct sd_thread *b = sd_thread_create("y2", yielder, NULL, 0);

    sd_thread_join(a);
    sd_thread_join(b);
    printk("kernel-hosted: yield switch %llu ns (%d switches between two threads)\n",
           (unsigned long long)((sd_clock_monotonic_ns() - t0) / SWITCHES), SWITCHES);
}

static void bench_heap(void)
{
    static void *keep[64];
    uint64_t t0 = sd_clock_monotonic_ns();

    for (int i = 0; i < HEAP_OPS; i++) {
        unsigned slot = (unsigned)i % 64;
        sd_free(keep[slot]);
        keep[slot] = sd_malloc(16 + (unsigned)(i * 37) % 1000);
    }
    printk("kernel-hosted: sd_malloc+sd_free %llu ns (sizes 16..1015, 64 live)\n",
           (unsigned long long)((sd_clock_monotonic_ns() - t0) / HEAP_OPS));
    for (int i = 0; i < 64; i++)
        sd_free(keep[i]);
}

static void bench_pages(void)
{
    uint64_t t0 = sd_clock_monotonic_ns();

    for (int i = 0; i < PAGE_OPS; i++)
        sd_pages_free(sd_pages_alloc(1 + (unsigned)i % 4), 1 + (unsigned)i % 4);
    printk("kernel-hosted: sd_pages_alloc+free %llu ns (1-4 pages, %zu pages managed)\n",
           (unsigned long long)((sd_clock_monotonic_ns() - t0) / PAGE_OPS), sd_pages_total());
}

static void bench_sleep(void)
{
    uint64_t over = 0, worst = 0;

    for (int i = 0; i < SLEEPS; i++) {
        uint64_t t0 = sd_clock_monotonic_ns();
        sd_thread_sleep_ns(SD_NS_PER_MS);
        uint64_t late = sd_clock_monotonic_ns() - t0 - SD_NS_PER_MS;
        over += late;
        worst = late > worst ? late : worst;
    }
    printk("kernel-hosted: sleep 1 ms overshoot mean %llu us, worst %llu us\n",
           (unsigned long long)(over / SLEEPS / 1000), (unsigned long long)(worst / 1000));
}

int sd_main(int argc, char **argv)
{
    bench_switch();
    bench_heap();
    bench_pages();
    bench_sleep();
    return 0;
}
