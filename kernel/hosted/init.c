/* Hosted boot: the platform.h boot order, up to sd_kernel_start (main.c, or a test, goes on
 * from there). */
#include <signal.h>

#include "hosted.h"
#include "platform.h"
#include "sd/irq.h"

void sd_hosted_init(size_t mem_bytes, bool console_input)
{
    hosted_events_init(console_input);  /* early: events masked, console (fd 1) usable */
    hosted_memory_init(mem_bytes);      /* sd_mm_init */
    sd_sched_init();                    /* this context becomes the boot thread */
    if (console_input)                  /* late set-up */
        hosted_input_start();
    sd_irq_enable();
}
