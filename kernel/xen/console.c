/* The PV console: a shared page with an output ring (to xenconsoled) and an input ring.
 *
 * Output works from the first instruction after xen_console_init, by polling: while the ring
 * is full the writer yields the vCPU until xenconsoled drains it. Once the event channel is
 * bound (xen_console_events_init), a thread writer with events unmasked sleeps instead and is
 * woken by the console event. In dom0 there is no ring: writes go to the hypervisor's console
 * with the console_io hypercall (a domU gets -EPERM for that on a release build of Xen).
 *
 * Bytes are copied into the ring with events masked, so output from an event handler never
 * lands inside another writer's chunk; a write longer than the free space may be split.
 * Before the domain stops, plat_halt calls xen_console_flush so that the last lines (an exit
 * message, a fault report) reach xenconsoled before the domain's memory goes away.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "xen.h"
#include "hypercall.h"
#include "evtchn.h"
#include "devices.h"
#include "blocking.h"
#include "ring_barrier.h"

#include <xen/io/console.h>

#include "../core/platform.h"
#include <sd/sync.h>

#define WRITER_RECHECK_NS (10 * 1000 * 1000ULL)
#define CONSOLE_FLUSH_NS  (500 * 1000 * 1000ULL)

static struct xencons_interface *cons;     /* NULL: no ring (dom0, or not set up yet) */
static evtchn_port_t cons_port;
static bool use_console_io;                /* dom0: the hypervisor's console */
static bool events_bound;                  /* the console event wakes writers */
static struct sd_waitq writers = SD_WAITQ_INITIALIZER;

void xen_console_init(void)
{
    if (xen_is_dom0()) {
        use_console_io = true;
        return;
    }
    cons_port = xen_start_info->console.domU.evtchn;
    cons = xen_mfn_to_virt(xen_start_info->console.domU.mfn);
}

/* Copy as much of s as fits into the output ring; returns the count. Events masked. */
static size_t out_put(const char *s, size_t n)
{
    XENCONS_RING_IDX cons_idx = cons->out_cons, prod = cons->out_prod;
    ring_mb();                   /* read out_cons before reusing the slots it freed */
    size_t space = sizeof(cons->out) - (size_t)(prod - cons_idx);
    if (n > space)
        n = space;
    for (size_t i = 0; i < n; i++)
        cons->out[MASK_XENCONS_IDX(prod + i, cons->out)] = s[i];
    ring_wmb();                  /* the bytes before the index that publishes them */
    cons->out_prod = prod + (XENCONS_RING_IDX)n;
    return n;
}

static bool out_full(void)
{
    return cons->out_prod - cons->out_cons >= sizeof(cons->out);
}

void plat_console_write(const char *s, size_t n)
{
    if (use_console_io) {
        hyp_console_io(CONSOLEIO_write, (int)n, s);
        return;
    }
    if (!cons)
        return;
    bool can_block = events_bound && xen_may_block();
    unsigned long flags = plat_irq_save();
    while (n > 0) {
        size_t k = out_put(s, n);
        s += k;
        n -= k;
        if (k > 0)
            evtchn_notify(cons_port);
        if (n == 0)
            break;
        /* Full: wait for xenconsoled to make room. */
        if (can_block) {
            /* A bounded wait: output must not hang on one lost notification. */
            while (out_full())
                sd_waitq_wait(&writers, plat_monotonic_ns() + WRITER_RECHECK_NS);
        } else {
            hyp_sched_op(SCHEDOP_yield, NULL);
        }
    }
    plat_irq_restore(flags);
}

/* Wait (at most CONSOLE_FLUSH_NS) until xenconsoled has taken every byte of output, so the
 * last lines before a shutdown or crash are not lost with the domain. Context: any. */
void xen_console_flush(void)
{
    if (!cons)
        return;
    uint64_t end = plat_monotonic_ns() + CONSOLE_FLUSH_NS;
    while (cons->out_cons != cons->out_prod && plat_monotonic_ns() < end) {
        evtchn_notify(cons_port);
        hyp_sched_op(SCHEDOP_yield, NULL);
    }
}

/* Pass input bytes to core, a chunk at a time. Event context. */
static void in_drain(void)
{
    char buf[64];
    bool consumed = false;
    for (;;) {
        XENCONS_RING_IDX c = cons->in_cons, prod = cons->in_prod;
        ring_rmb();              /* the bytes the producer wrote before in_prod */
        size_t n = 0;
        while (c + n != prod && n < sizeof(buf)) {
            buf[n] = cons->in[MASK_XENCONS_IDX(c + n, cons->in)];
            n++;
        }
        if (n == 0)
            break;
        ring_mb();               /* done reading before handing the slots back */
        cons->in_cons = c + (XENCONS_RING_IDX)n;
        consumed = true;
        sd_console_input(buf, n);
    }
    if (consumed)
        evtchn_notify(cons_port);
}

static void console_event(evtchn_port_t port, void *arg)
{
    in_drain();
    sd_waitq_wake_all(&writers);     /* xenconsoled may have drained output */
}

void xen_console_events_init(void)
{
    if (!cons)
        return;
    if (evtchn_bind(cons_port, console_event, NULL) == 0)
        events_bound = true;
}
