/* Event channels, 2-level ABI.
 *
 * Xen marks port p pending by setting bit p in shared_info->evtchn_pending, then bit p / 64 in
 * vcpu_info->evtchn_pending_sel, then vcpu_info->evtchn_upcall_pending, and delivers an upcall
 * if the vCPU's mask allows. A port whose bit is set in evtchn_mask is pending but not
 * delivered. The dispatcher clears in the opposite order, so nothing set meanwhile is lost. */
#include <sd/errors.h>
#include <sd/printk.h>
#include "evtchn.h"
#include "hypercall.h"
#include "xen.h"

#define BITS_PER_WORD  (sizeof(xen_ulong_t) * 8)
#define NR_PORTS       (BITS_PER_WORD * BITS_PER_WORD)

struct binding {
    evtchn_handler_t handler;
    void *arg;
};

static struct binding bindings[NR_PORTS];

static void port_mask(evtchn_port_t port)
{
    __atomic_or_fetch(&xen_shared_info->evtchn_mask[port / BITS_PER_WORD],
                      (xen_ulong_t)1 << (port % BITS_PER_WORD), __ATOMIC_SEQ_CST);
}

/* EVTCHNOP_unmask also raises an upcall if the port became pending while masked. */
static void port_unmask(evtchn_port_t port)
{
    struct evtchn_unmask op = { .port = port };
    hyp_event_channel_op(EVTCHNOP_unmask, &op);
}

static void port_clear(evtchn_port_t port)
{
    __atomic_and_fetch(&xen_shared_info->evtchn_pending[port / BITS_PER_WORD],
                       ~((xen_ulong_t)1 << (port % BITS_PER_WORD)), __ATOMIC_SEQ_CST);
}

void evtchn_init(void)
{
    for (size_t w = 0; w < NR_PORTS / BITS_PER_WORD; w++)
        xen_shared_info->evtchn_mask[w] = ~(xen_ulong_t)0;
}

int evtchn_bind(evtchn_port_t port, evtchn_handler_t h, void *arg)
{
    if (port >= NR_PORTS || h == NULL || bindings[port].handler != NULL)
        return -SD_EINVAL;
    bindings[port].arg = arg;
    __atomic_store_n(&bindings[port].handler, h, __ATOMIC_RELEASE);
    port_unmask(port);
    return 0;
}

void evtchn_unbind(evtchn_port_t port)
{
    if (port >= NR_PORTS)
        return;
    port_mask(port);
    __atomic_store_n(&bindings[port].handler, NULL, __ATOMIC_RELEASE);
    bindings[port].arg = NULL;
}

void evtchn_notify(evtchn_port_t port)
{
    struct evtchn_send op = { .port = port };
    hyp_event_channel_op(EVTCHNOP_send, &op);
}

int evtchn_bind_virq(uint32_t virq, evtchn_handler_t h, void *arg, evtchn_port_t *port)
{
    struct evtchn_bind_virq op = { .virq = virq, .vcpu = 0 };
    if (hyp_event_channel_op(EVTCHNOP_bind_virq, &op) != 0)
        return -SD_EIO;
    int rc = evtchn_bind(op.port, h, arg);
    if (rc != 0) {
        struct evtchn_close close = { .port = op.port };
        hyp_event_channel_op(EVTCHNOP_close, &close);
        return rc;
    }
    *port = op.port;
    return 0;
}

static void handle_port(evtchn_port_t port)
{
    port_clear(port);
    evtchn_handler_t h = __atomic_load_n(&bindings[port].handler, __ATOMIC_ACQUIRE);
    if (h != NULL)
        h(port, bindings[port].arg);
    else
        port_mask(port);        /* nobody listens: stop it from firing again */
}

void evtchn_dispatch(void)
{
    struct vcpu_info *v = xen_vcpu();
    do {
        __atomic_store_n(&v->evtchn_upcall_pending, 0, __ATOMIC_SEQ_CST);
        xen_ulong_t sel = __atomic_exchange_n(&v->evtchn_pending_sel, 0, __ATOMIC_SEQ_CST);
        while (sel != 0) {
            unsigned w = (unsigned)__builtin_ctzl(sel);
            sel &= sel - 1;
            xen_ulong_t ready;
            while ((ready = xen_shared_info->evtchn_pending[w] &
                            ~xen_shared_info->evtchn_mask[w]) != 0)
                handle_port(w * BITS_PER_WORD + (unsigned)__builtin_ctzl(ready));
        }
    } while (__atomic_load_n(&v->evtchn_upcall_pending, __ATOMIC_SEQ_CST));
}
