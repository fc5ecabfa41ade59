/* Prints READY and waits forever; the harness then runs `xl shutdown`. The domain must end
 * promptly and cleanly: our shutdown handler prints the verdict and exits with 0. */
#include <stdint.h>
#include <stdio.h>

#include <sd/app.h>
#include <sd/thread.h>
#include <sd/time.h>

static uint64_t ready_ns;

static void on_shutdown(void)
{
    printf("shutdown handler ran %.1f ms after READY\n",
           (sd_clock_monotonic_ns() - ready_ns) / 1e6);
    printf("VERDICT PASS: shutdown handler ran\n");
    fflush(stdout);
    sd_exit(0);
}

int main(void)
{
    sd_set_shutdown_handler(on_shutdown);
    ready_ns = sd_clock_monotonic_ns();
    printf("READY\n");
    fflush(stdout);
    for (;;)
        sd_thread_sleep_ns(SD_NS_PER_S);
}
