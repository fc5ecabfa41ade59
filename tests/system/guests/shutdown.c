/* Prints READY and waits forever; the harness then runs `xl shutdown`. The domain must end
 * promptly and cleanly: our shutdown handler prints the verdict and exits with 0. */
#include <stdio.h>

#include <sd/app.h>
#include <sd/thread.h>
#include <sd/time.h>

static void on_shutdown(void)
{
    printf("VERDICT PASS: shutdown handler ran\n");
    fflush(stdout);
    sd_exit(0);
}

int main(void)
{
    sd_set_shutdown_handler(on_shutdown);
    printf("READY\n");
    fflush(stdout);
    for (;;)
        sd_thread_sleep_ns(SD_NS_PER_S);
}
