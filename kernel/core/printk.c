/* printk and panic: formatted output to the console. */
#include <stdarg.h>

#include "core.h"
#include "platform.h"
#include "sd/console.h"
#include "sd/printk.h"

#define PRINTK_BUF 512

/* Context: any. Output longer than PRINTK_BUF-1 chars is cut (and ends with "...\n"). */
int printk(const char *fmt, ...)
{
    char buf[PRINTK_BUF];
    va_list ap;

    va_start(ap, fmt);
    int n = sd_vsnprintf(buf, sizeof(buf), fmt, ap);
    va_end(ap);
    if (n >= PRINTK_BUF) {
        sd_memcpy(buf + PRINTK_BUF - 5, "...\n", 5);
        n = PRINTK_BUF - 1;
    }
    sd_console_write(buf, (size_t)n);
    return n;
}

/* Context: any. Writes straight to the platform console (no lock can stop a dying kernel),
 * masks events so nothing else runs, and halts with reason crash. A panic during a panic
 * halts at once. */
_Noreturn void panic(const char *fmt, ...)
{
    static bool panicking;
    char buf[PRINTK_BUF];
    va_list ap;

    plat_irq_save();
    if (panicking)
        plat_halt(true, 1);
    panicking = true;

    va_start(ap, fmt);
    int n = sd_vsnprintf(buf, sizeof(buf) - 1, fmt, ap);
    va_end(ap);
    n = n < PRINTK_BUF - 2 ? n : PRINTK_BUF - 2;
    buf[n++] = '\n';

    plat_console_write("panic: ", 7);
    if (sched_running()) {          /* which thread: most panics are about the caller */
        const char *name = sched_current()->name;
        plat_console_write("[", 1);
        plat_console_write(name, sd_strlen(name));
        plat_console_write("] ", 2);
    }
    plat_console_write(buf, (size_t)n);
    plat_backtrace();
    plat_halt(true, 1);
}
