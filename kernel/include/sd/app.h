/* Starting and ending the application.
 *
 * The kernel boots, starts its services, then runs sd_main on a thread named "main" with the
 * domain's command line split at spaces (argv[0] is "app"). Whoever sits above the kernel
 * defines sd_main: runtime/libc does (it runs constructors and calls the C main), and so can a
 * bare test guest. When sd_main returns, the kernel calls sd_exit with its value. */
#ifndef SD_APP_H
#define SD_APP_H
#include <stddef.h>
#include <stdint.h>

int sd_main(int argc, char **argv);

/* End the domain: the code is written to xenstore (key data/exit-code under the domain's own
 * path, decimal) so host tools can report it, then the domain shuts down with reason poweroff,
 * whatever the code. Hosted: the process exits with code. Context: any. */
_Noreturn void sd_exit(int code);

/* Called on a thread when the toolstack asks the domain to shut down (xl shutdown / reboot).
 * The default handler calls sd_exit(0). A runtime that must clean up first (the JVM's shutdown
 * hooks) installs its own, and it must end with sd_exit. Context: thread. */
void sd_set_shutdown_handler(void (*handler)(void));

/* Wall-clock times (ns since the epoch) of the kernel's first console output and of the call of
 * sd_main; written to xenstore too (data/t-console-ns, data/t-main-ns) for start-up figures. */
uint64_t sd_boot_time_console_ns(void);
uint64_t sd_boot_time_main_ns(void);

/* Size in bytes of the stack the "main" thread (sd_main) runs on. Context: any. */
size_t sd_main_stack_size(void);

#endif
