/* Event masking (the vCPU's upcall mask), idling, and the upcall's C half.
 *
 * Masking is a byte in vcpu_info that Xen reads before delivering an upcall; unmasking must
 * then check evtchn_upcall_pending itself, because an event that arrived while masked is only
 * delivered on the next entry into Xen: any hypercall triggers it. */
#include "../arch/x86_64/regs.h"
#include "../core/platform.h"
#include "evtchn.h"
#include "hypercall.h"
#include "xen_internal.h"
#include "xen.h"

static void force_upcall(void)
{
    hyp_xen_version(XENVER_version, NULL);
}

unsigned long plat_irq_save(void)
{
    struct vcpu_info *v = xen_vcpu();
    unsigned long flags = v->evtchn_upcall_mask;
    v->evtchn_upcall_mask = 1;
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
    return flags;
}

void plat_irq_restore(unsigned long flags)
{
    struct vcpu_info *v = xen_vcpu();
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
    v->evtchn_upcall_mask = (uint8_t)flags;
    if (flags == 0) {
        /* The mask store must be visible before the pending flag is read. */
        __atomic_thread_fence(__ATOMIC_SEQ_CST);
        if (v->evtchn_upcall_pending)
            force_upcall();
    }
}

void xen_events_enable(void)
{
    plat_irq_restore(0);
}

/* SCHEDOP_block with events masked unmasks them and checks for pending events atomically
 * before blocking; the upcall runs on the way out of the hypercall. */
void plat_idle(void)
{
    hyp_sched_op(SCHEDOP_block, NULL);
    xen_vcpu()->evtchn_upcall_mask = 1;
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
}

void xen_upcall(struct arch_regs *r)
{
    (void)r;
    evtchn_dispatch();
    if (sd_need_resched())
        sd_preempt();
}
