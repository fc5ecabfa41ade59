/* The console: output serialised over plat_console_write, input buffered for readers.
 *
 * Output from threads takes a mutex, so lines from different threads do not mix. Output in
 * event context, with events masked, or before the scheduler exists goes straight to the
 * platform (it cannot block; the platform spins if its ring is full). */
#include "core.h"
#include "platform.h"
#include "sd/app.h"
#include "sd/console.h"

#define INPUT_SIZE 16384

static struct sd_mutex out_lock = SD_MUTEX_INITIALIZER;
static uint64_t first_output_wall_ns;

static struct {
    char buf[INPUT_SIZE];
    size_t head, count;       /* oldest byte at buf[head] */
    bool eof;
    struct sd_waitq readers;
} in;

/* Context: any. */
void sd_console_write(const char *buf, size_t len)
{
    if (!first_output_wall_ns)
        first_output_wall_ns = plat_wall_ns();

    unsigned long flags = plat_irq_save();
    if (irq_was_masked(flags) || !sched_running()) {
        plat_console_write(buf, len);
        plat_irq_restore(flags);
        return;
    }
    plat_irq_restore(flags);
    sd_mutex_lock(&out_lock);
    plat_console_write(buf, len);
    sd_mutex_unlock(&out_lock);
}

uint64_t sd_boot_time_console_ns(void)
{
    return first_output_wall_ns;
}

/* Context: any. n == 0 means end of input. Bytes that do not fit the buffer are dropped. */
void sd_console_input(const char *s, size_t n)
{
    unsigned long flags = plat_irq_save();

    if (n == 0)
        in.eof = true;
    for (size_t i = 0; i < n && in.count < INPUT_SIZE; i++) {
        in.buf[(in.head + in.count) % INPUT_SIZE] = s[i];
        in.count++;
    }
    sd_waitq_wake_all(&in.readers);
    plat_irq_restore(flags);
}

/* Context: thread. Blocks until input or end of input; returns 0 only at the end (or len 0). */
size_t sd_console_read(char *buf, size_t len)
{
    size_t n = 0;
    unsigned long flags = plat_irq_save();

    while (len > 0 && in.count == 0 && !in.eof)
        sd_waitq_wait(&in.readers, 0);
    for (; n < len && in.count > 0; n++) {
        buf[n] = in.buf[in.head];
        in.head = (in.head + 1) % INPUT_SIZE;
        in.count--;
    }
    plat_irq_restore(flags);
    return n;
}
