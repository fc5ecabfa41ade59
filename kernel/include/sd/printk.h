/* Kernel formatted output. The kernel has no libc: this is its own formatter
 * (%d %i %u %x %X %p %s %c %%, with l/ll/z length, width, '0' and '-' flags). */
#ifndef SD_PRINTK_H
#define SD_PRINTK_H
#include <stdarg.h>
#include <stddef.h>

int sd_vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);
int sd_snprintf(char *buf, size_t size, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* To the console. Context: any. */
int printk(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Print "panic: ...", a backtrace, then stop the domain with reason crash. Context: any. */
_Noreturn void panic(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
