/* Hosted end of the kernel: exit or abort, backtraces, and the hooks that only mean something
 * on Xen (exit code and boot times in xenstore). */
#define _GNU_SOURCE
#include <execinfo.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "hosted.h"
#include "platform.h"

/* crash=true: abort (SIGABRT, as a crashed domain); otherwise exit with code, after flushing
 * what a hosted program may have written through glibc's stdio (no atexit handlers: they
 * could run on any kernel thread's stack). */
_Noreturn void plat_halt(bool crash, int code)
{
    hosted_input_stop();
    if (crash) {
        static const char msg[] = "hosted: kernel crashed, aborting\n";
        plat_console_write(msg, sizeof(msg) - 1);
        signal(SIGABRT, SIG_DFL);
        abort();
    }
    fflush(NULL);
    _exit(code);
}

/* The exit status carries the code: nothing to record. */
void plat_publish_exit_code(int code)
{
}

void plat_app_starting(uint64_t console_ns, uint64_t main_ns)
{
}

/* glibc's unwinder rather than a frame-pointer walk: the process holds code built without
 * frame pointers, and a stray frame pointer must not fault inside a panic. */
void plat_backtrace(void)
{
    void *frames[32];
    int n = backtrace(frames, 32);

    plat_console_write("backtrace:\n", 11);
    backtrace_symbols_fd(frames, n, 1);
}

_Noreturn void hosted_fatal(const char *what)
{
    static const char prefix[] = "hosted: ";

    plat_console_write(prefix, sizeof(prefix) - 1);
    plat_console_write(what, strlen(what));
    plat_console_write("\n", 1);
    _exit(1);
}
