/* The kernel API's event masking (sd/irq.h) over the platform's. */
#include "core.h"
#include "platform.h"
#include "sd/irq.h"

unsigned long sd_irq_save(void)
{
    return plat_irq_save();
}

void sd_irq_restore(unsigned long flags)
{
    plat_irq_restore(flags);
}

void sd_irq_enable(void)
{
    plat_irq_restore(IRQ_UNMASKED);
}
