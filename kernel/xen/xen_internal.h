/* Prototypes shared inside kernel/xen (not part of the device engineer's contract), grouped
 * by the file that defines them. */
#ifndef SD_XEN_INTERNAL_H
#define SD_XEN_INTERNAL_H
#include <stdbool.h>
#include <stdint.h>
#include <xen/xen.h>

struct arch_regs;

/* boot.c */
_Noreturn void xen_boot(start_info_t *si);

/* mm.c */
/* Map the shared_info page (at a page reserved in .bss) and set xen_shared_info. Boot only;
 * crashes the domain if Xen refuses. */
void xen_mm_map_shared_info(void);
/* Build the direct map of all nr_pages pages and apply W^X, unmap page 0 and the boot stack's
 * guard page. Stores the free pages' range [*base, *end) for the page allocator. Boot only. */
void xen_mm_init(uintptr_t *base, uintptr_t *end);
/* True if va is mapped (readable) in the current page tables. Context: any. */
bool xen_va_readable(uintptr_t va);

/* time.c */
/* Record the boot time; needs xen_shared_info. */
void xen_time_init(void);
/* Stop Xen's periodic tick and bind VIRQ_TIMER to sd_timer_event. Needs events set up. */
void xen_timer_init(void);

/* traps.c */
/* Install the trap table and the event/failsafe callbacks (events stay masked). */
void xen_traps_init(void);
/* C halves of traps.S's entries. Never return. */
_Noreturn void xen_trap(struct arch_regs *r);
_Noreturn void xen_failsafe(void);

/* irq.c */
/* Unmask event delivery for the first time (boot). */
void xen_events_enable(void);
/* The upcall's C half (traps.S): dispatch events, then preempt if the scheduler asks. */
void xen_upcall(struct arch_regs *r);

#endif
