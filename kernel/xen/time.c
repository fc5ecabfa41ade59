/* Clocks and the one-shot timer, from Xen's time info.
 *
 * Xen keeps, per vCPU, a snapshot (system_time in ns since the host booted, the TSC at that
 * moment, and a scale) that it rewrites under a version counter: odd while it is being
 * updated. Now = system_time + ((tsc - tsc_timestamp) << shift) * mul / 2^32, with a negative
 * shift meaning a right shift. The wall clock is shared_info's wc_* (the epoch time at system
 * time 0) plus system time. Our monotonic clock counts from xen_time_init. */
#include <sd/printk.h>
#include "../core/platform.h"
#include "evtchn.h"
#include "hypercall.h"
#include "xen_internal.h"
#include "xen.h"

static uint64_t boot_system_ns;
static uint64_t last_monotonic;

static uint64_t rdtsc_ordered(void)
{
    uint32_t lo, hi;
    __asm__ volatile("lfence; rdtsc" : "=a"(lo), "=d"(hi) : : "memory");
    return ((uint64_t)hi << 32) | lo;
}

static uint64_t scale_delta(uint64_t delta, uint32_t mul, int8_t shift)
{
    if (shift < 0)
        delta >>= -shift;
    else
        delta <<= shift;
    return (uint64_t)(((unsigned __int128)delta * mul) >> 32);
}

/* Xen system time now, in ns. Context: any. */
static uint64_t system_ns(void)
{
    const volatile struct vcpu_time_info *t = &xen_vcpu()->time;
    uint32_t version;
    uint64_t ns;
    do {
        version = t->version;
        __atomic_thread_fence(__ATOMIC_ACQUIRE);
        uint64_t delta = rdtsc_ordered() - t->tsc_timestamp;
        ns = t->system_time + scale_delta(delta, t->tsc_to_system_mul, t->tsc_shift);
        __atomic_thread_fence(__ATOMIC_ACQUIRE);
    } while ((version & 1) || version != t->version);
    return ns;
}

void xen_time_init(void)
{
    boot_system_ns = system_ns();
}

/* Never goes back, even if the snapshots of two physical CPUs disagree slightly. */
uint64_t plat_monotonic_ns(void)
{
    uint64_t now = system_ns() - boot_system_ns;
    uint64_t last = __atomic_load_n(&last_monotonic, __ATOMIC_RELAXED);
    while (now > last) {
        if (__atomic_compare_exchange_n(&last_monotonic, &last, now, false, __ATOMIC_RELAXED,
                                        __ATOMIC_RELAXED))
            return now;
    }
    return last;
}

uint64_t plat_wall_ns(void)
{
    const volatile shared_info_t *s = xen_shared_info;
    uint32_t version;
    uint64_t sec, nsec;
    do {
        version = s->wc_version;
        __atomic_thread_fence(__ATOMIC_ACQUIRE);
        sec = ((uint64_t)s->wc_sec_hi << 32) | s->wc_sec;
        nsec = s->wc_nsec;
        __atomic_thread_fence(__ATOMIC_ACQUIRE);
    } while ((version & 1) || version != s->wc_version);
    return sec * 1000000000ULL + nsec + system_ns();
}

void plat_timer_set(uint64_t deadline_ns)
{
    /* Without VCPU_SSHOTTMR_future a deadline in the past fires at once. */
    struct vcpu_set_singleshot_timer t = {
        .timeout_abs_ns = deadline_ns + boot_system_ns,
        .flags = 0,
    };
    long rc = hyp_vcpu_op(VCPUOP_set_singleshot_timer, 0, &t);
    if (rc != 0)
        panic("time: set_singleshot_timer refused (%ld)", rc);
}

static void timer_virq(evtchn_port_t port, void *arg)
{
    (void)port;
    (void)arg;
    sd_timer_event();
}

void xen_timer_init(void)
{
    /* Core arms the one-shot timer for every deadline (time slices included): the default
     * periodic tick would only cost wake-ups. */
    hyp_vcpu_op(VCPUOP_stop_periodic_timer, 0, NULL);
    evtchn_port_t port;
    int rc = evtchn_bind_virq(VIRQ_TIMER, timer_virq, NULL, &port);
    if (rc != 0)
        panic("time: cannot bind VIRQ_TIMER (%d)", rc);
}
