/* The C program's start: sd_main, which the kernel runs on its "main" thread.
 *
 * Order: bind the main thread to newlib's global state, register the destructors, run the
 * constructors (.preinit_array, _init, .init_array), call main(argc, argv, environ), then
 * exit() with its result. exit is what C says returning from main means: atexit handlers and
 * destructors run, stdio is flushed, and _exit hands the code to sd_exit. So sd_main never
 * returns to the kernel; if it did, the kernel would call sd_exit with the same code. */
#include <stdlib.h>

#include <sd/app.h>

#include "thread_reent.h"

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

int sd_main(int argc, char **argv)
{
    sdc_thread_bind_main();
    atexit(__libc_fini_array);
    __libc_init_array();
    exit(main(argc, argv, environ));
}
