/* Console output under pressure: four threads each write 200 numbered lines straight to the
 * kernel console (sd_console_write, one call per line), far more than the 2 KiB ring holds,
 * so writers keep finding it full and must wait for xenconsoled. The host checks that every
 * line arrived exactly once and intact (tests/system/kernel_test.c). */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <sd/console.h>
#include <sd/thread.h>
#include <sd/time.h>

#define WRITERS 4
#define LINES   200

/* "C<t> L<nnn> " + a pattern that depends on both + " END\n" */
static size_t make_line(char *buf, size_t size, int t, int n)
{
    int len = snprintf(buf, size, "C%d L%03d ", t, n);
    for (int i = 0; i < 60; i++)
        buf[len++] = (char)('a' + (t * 7 + n + i) % 26);
    len += snprintf(buf + len, size - (size_t)len, " END\n");
    return (size_t)len;
}

static void writer(void *arg)
{
    int t = (int)(intptr_t)arg;
    char line[96];
    for (int n = 0; n < LINES; n++)
        sd_console_write(line, make_line(line, sizeof(line), t, n));
}

int main(void)
{
    struct sd_thread *threads[WRITERS];
    uint64_t t0 = sd_clock_monotonic_ns();
    for (int t = 0; t < WRITERS; t++) {
        threads[t] = sd_thread_create("writer", writer, (void *)(intptr_t)t, 0);
        if (!threads[t]) {
            printf("VERDICT FAIL: cannot create writers\n");
            return 1;
        }
    }
    for (int t = 0; t < WRITERS; t++)
        sd_thread_join(threads[t]);
    uint64_t dt = sd_clock_monotonic_ns() - t0;
    char probe[96];
    size_t bytes = WRITERS * LINES * make_line(probe, sizeof(probe), 0, 0);
    printf("console: %zu bytes from %d threads in %.1f ms\n", bytes, WRITERS, dt / 1e6);
    printf("VERDICT PASS\n");
    return 0;
}
