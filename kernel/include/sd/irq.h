/* Event (interrupt) masking. On Xen: the vCPU's event upcall mask. Hosted: blocked signals.
 * Save/restore nest; the flags word is opaque. Context: any. */
#ifndef SD_IRQ_H
#define SD_IRQ_H

unsigned long sd_irq_save(void);            /* mask events, return the previous state */
void sd_irq_restore(unsigned long flags);   /* return to a state sd_irq_save gave */
void sd_irq_enable(void);                   /* unmask and deliver anything pending */

#endif
