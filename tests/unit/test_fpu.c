/* FPU/SSE state is per thread: two threads keep running sums in SSE and x87 registers and
 * their own MXCSR rounding mode, and must see exact results while they are switched, both by
 * preemption (no yields: only time slices interleave them) and by yielding. */
#include <stdint.h>

#include "sd/thread.h"
#include "unit.h"

struct fpu_job {
    double step;                /* a power of two: sums stay exact */
    long double lstep;
    uint32_t rounding;          /* MXCSR RC bits */
    bool yields;
    volatile unsigned long progress;
    volatile unsigned long *other;
    volatile bool done;
    volatile bool *other_done;
    int switches_seen;          /* times the other's progress moved between two looks */
    int errors;
};

/* MXCSR without its sticky exception flags (bits 0-5), which the arithmetic itself sets. */
#define MXCSR_CONTROL 0xffc0u

static uint32_t get_mxcsr(void)
{
    uint32_t v;
    __asm__ volatile("stmxcsr %0" : "=m"(v));
    return v;
}

static void set_mxcsr(uint32_t v)
{
    __asm__ volatile("ldmxcsr %0" : : "m"(v));
}

static void fpu_worker(void *arg)
{
    struct fpu_job *j = arg;
    uint32_t mxcsr = (get_mxcsr() & ~0x6000u) | j->rounding;
    volatile double three = 3.0;
    double acc = 0;
    long double lacc = 0;

    set_mxcsr(mxcsr);
    double third = 1.0 / three;          /* depends on the rounding mode */
    unsigned long seen = *j->other;
    for (unsigned long i = 1; j->switches_seen < 20 && !*j->other_done; i++) {
        acc += j->step;
        lacc += j->lstep;
        if (acc != (double)i * j->step || lacc != (long double)i * j->lstep
            || (get_mxcsr() & MXCSR_CONTROL) != (mxcsr & MXCSR_CONTROL) || 1.0 / three != third)
            j->errors++;
        j->progress = i;
        if (*j->other != seen) {
            seen = *j->other;
            j->switches_seen++;
        }
        if (j->yields && i % 1000 == 0)
            sd_thread_yield();
    }
    j->done = true;
}

static void run_pair(bool yields)
{
    struct fpu_job a = { .step = 0.5, .lstep = 0.125L, .rounding = 0x6000, .yields = yields };
    struct fpu_job b = { .step = 0.25, .lstep = 2.0L, .rounding = 0x0000, .yields = yields };

    a.other = &b.progress;
    b.other = &a.progress;
    a.other_done = &b.done;
    b.other_done = &a.done;
    struct sd_thread *ta = sd_thread_create("fpu-a", fpu_worker, &a, 0);
    struct sd_thread *tb = sd_thread_create("fpu-b", fpu_worker, &b, 0);
    sd_thread_join(ta);
    sd_thread_join(tb);
    ck_assert_int_eq(a.errors, 0);
    ck_assert_int_eq(b.errors, 0);
    ck_assert_int_ge(a.switches_seen + b.switches_seen, 20);   /* they did interleave */
}

START_TEST(fpu_preserved_across_preemption)
{
    run_pair(false);
}
END_TEST

START_TEST(fpu_control_preserved_across_yield)
{
    run_pair(true);
}
END_TEST

Suite *suite_fpu(void)
{
    Suite *s = suite_create("fpu");
    TCase *tc = unit_tcase("fpu");

    tcase_add_test(tc, fpu_preserved_across_preemption);
    tcase_add_test(tc, fpu_control_preserved_across_yield);
    suite_add_tcase(s, tc);
    return s;
}
