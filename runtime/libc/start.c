/* The C program's start: sd_main, which the kernel runs on its "main" thread.
 *
 * Order: bind the main thread to newlib's global state, mount the boot module (the PV ramdisk)
 * as the root filesystem (runtime/fs), register the destructors, run the
 * constructors (.preinit_array, _init, .init_array), call main(argc, argv, environ), then
 * exit() with its result. exit is what C says returning from main means: atexit handlers and
 * destructors run, stdio is flushed, and _exit hands the code to sd_exit. So sd_main never
 * returns to the kernel; if it did, the kernel would call sd_exit with the same code. */
#include <stdlib.h>
#include <string.h>

#include <sd/app.h>
#include <sd/boot.h>
#include <sd/console.h>
#include <sdfs/fs.h>

#include "thread_reent.h"

#define SDC_EXIT_BAD_ROOT 78    /* sysexits.h's EX_CONFIG */

extern char **environ;
int main(int argc, char **argv, char **envp);
void __libc_init_array(void);
void __libc_fini_array(void);

/* __libc_init_array / __libc_fini_array call these around the arrays. The guest has no .init
 * or .fini code (no crti/crtn): constructors live in .init_array only. */
void _init(void)
{
}

void _fini(void)
{
}

/* The boot module, if any, becomes the root filesystem. A damaged image must not run:
 * the console says why and the domain ends with 78 (EX_CONFIG). */
static void mount_root(void)
{
    size_t len;
    const void *image = sd_boot_module(&len);
    char err[160];
    if (!image || sdfs_mount_root(image, len, err, sizeof err) == 0)
        return;
    static const char prefix[] = "stardust: root filesystem refused: ";
    sd_console_write(prefix, sizeof prefix - 1);
    sd_console_write(err, strlen(err));
    sd_console_write("\n", 1);
    sd_exit(SDC_EXIT_BAD_ROOT);
}

int sd_main(int argc, char **argv)
{
    sdc_thread_bind_main();
    mount_root();
    atexit(__libc_fini_array);
    __libc_init_array();
    exit(main(argc, argv, environ));
}
