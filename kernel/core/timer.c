/* Clocks and one-shot timers. Armed timers form one list sorted by deadline (earliest first,
 * equal deadlines in arming order). Timers also drive sleeps, timed waits and time slices
 * (sched.c), so arming is frequent: the platform timer (a hypercall or system call) is only
 * reprogrammed when the new head is due before the event already requested; an early event
 * finds nothing due and requests the next one. */
#include "core.h"
#include "platform.h"
#include "sd/time.h"

static struct sd_timer *armed_head;
static uint64_t requested_ns;       /* deadline asked of the platform; 0: none outstanding */

/* Make sure an event comes at or before deadline_ns. Events masked. */
static void request_event(uint64_t deadline_ns)
{
    if (requested_ns == 0 || deadline_ns < requested_ns) {
        requested_ns = deadline_ns ? deadline_ns : 1;
        plat_timer_set(requested_ns);
    }
}

uint64_t sd_clock_monotonic_ns(void)
{
    return plat_monotonic_ns();
}

uint64_t sd_clock_wall_ns(void)
{
    return plat_wall_ns();
}

uint64_t timer_now(void)
{
    return plat_monotonic_ns();
}

void sd_timer_init(struct sd_timer *t, void (*fn)(struct sd_timer *), void *arg)
{
    t->next = NULL;
    t->deadline_ns = 0;
    t->fn = fn;
    t->arg = arg;
    t->armed = false;
}

/* Unlink t if armed; true if it was. Events masked. */
static bool unlink(struct sd_timer *t)
{
    if (!t->armed)
        return false;
    for (struct sd_timer **pp = &armed_head; *pp; pp = &(*pp)->next) {
        if (*pp == t) {
            *pp = t->next;
            break;
        }
    }
    t->next = NULL;
    t->armed = false;
    return true;
}

/* Context: any. */
void sd_timer_arm(struct sd_timer *t, uint64_t deadline_ns)
{
    unsigned long flags = plat_irq_save();
    struct sd_timer **pp = &armed_head;

    unlink(t);
    while (*pp && (*pp)->deadline_ns <= deadline_ns)
        pp = &(*pp)->next;
    t->deadline_ns = deadline_ns;
    t->next = *pp;
    t->armed = true;
    *pp = t;
    if (armed_head == t)
        request_event(deadline_ns);
    plat_irq_restore(flags);
}

/* Context: any. The platform timer may still fire for a cancelled head: harmless, the event
 * finds nothing due. */
bool sd_timer_cancel(struct sd_timer *t)
{
    unsigned long flags = plat_irq_save();
    bool was = unlink(t);
    plat_irq_restore(flags);
    return was;
}

/* Context: event (events masked). Runs every due timer, each exactly once, in deadline order;
 * callbacks may arm timers (those due already run in this same call). */
void sd_timer_event(void)
{
    uint64_t now = plat_monotonic_ns();

    /* Whatever brought us here, ask afresh below: trusting an outstanding request could lose
     * the event for good if the platform's timer fired a little before our clock's deadline. */
    requested_ns = 0;
    while (armed_head) {
        struct sd_timer *t = armed_head;
        if (t->deadline_ns > now) {
            now = plat_monotonic_ns();
            if (t->deadline_ns > now)
                break;
        }
        armed_head = t->next;
        t->next = NULL;
        t->armed = false;
        t->fn(t);
    }
    if (armed_head)
        request_event(armed_head->deadline_ns);
}
