/* The end of boot and the end of the kernel: sd_kernel_start, sd_exit, shutdown requests.
 * (sd_mm_init is in page_alloc.c, sd_sched_init in sched.c; platform.h gives the order.) */
#include "core.h"
#include "platform.h"
#include "sd/app.h"
#include "sd/console.h"

/* The application's main thread gets a larger stack than kernel threads: the runtime above
 * runs whole programs (an interpreter) on it. */
#define MAIN_STACK_SIZE (1024 * 1024)

static struct {
    int argc;
    char **argv;
    uint64_t main_wall_ns;
} app;

static void (*shutdown_handler)(void);
static bool shutdown_started;

static void main_thread(void *arg)
{
    app.main_wall_ns = plat_wall_ns();
    plat_app_starting(sd_boot_time_console_ns(), app.main_wall_ns);
    sd_exit(sd_main(app.argc, app.argv));
}

/* Context: the boot thread, after the platform's late set-up. Never returns: the boot thread
 * ends (its stack is the platform's) and "main" runs sd_main. Panics if "main" cannot be
 * created. */
_Noreturn void sd_kernel_start(int argc, char **argv)
{
    app.argc = argc;
    app.argv = argv;
    if (!sd_thread_create("main", main_thread, NULL, MAIN_STACK_SIZE))
        panic("boot: no memory for the main thread");
    sd_thread_detach(sd_thread_self());
    sd_thread_exit();
}

size_t sd_main_stack_size(void)
{
    return MAIN_STACK_SIZE;
}

uint64_t sd_boot_time_main_ns(void)
{
    return app.main_wall_ns;
}

/* Context: any. */
_Noreturn void sd_exit(int code)
{
    plat_irq_save();
    plat_publish_exit_code(code);
    plat_halt(false, code);
}

void sd_set_shutdown_handler(void (*handler)(void))
{
    shutdown_handler = handler;
}

static void shutdown_thread(void *arg)
{
    void (*handler)(void) = shutdown_handler;

    if (handler)
        handler();
    sd_exit(0);
}

/* Context: any. Only the first request starts the handler; if no thread can be created the
 * kernel exits with 0 at once (the handler cannot run, the toolstack still gets its way). */
void sd_shutdown_requested(void)
{
    unsigned long flags = plat_irq_save();
    bool first = !shutdown_started;

    shutdown_started = true;
    plat_irq_restore(flags);
    if (!first)
        return;
    struct sd_thread *t = sd_thread_create("shutdown", shutdown_thread, NULL, 0);
    if (!t)
        sd_exit(0);
    sd_thread_detach(t);
}
