/* The hosted platform's own entry points: for programs and tests that run the kernel as a
 * Linux process (libsd-hosted.a). Nothing in kernel/core or runtime/ includes this. */
#ifndef SD_HOSTED_H
#define SD_HOSTED_H
#include <stdbool.h>
#include <stddef.h>

#define SD_HOSTED_MEM_DEFAULT (256UL << 20)

/* The boot steps up to (not including) sd_kernel_start: memory (mem_bytes of it, one mmap),
 * sd_mm_init, sd_sched_init, the event signal and timer, and console input from fd 0 when
 * console_input is true. Returns on the boot thread with events enabled, so a test can create
 * threads and join them from here. Call once per process; on failure prints why and exits 1. */
void sd_hosted_init(size_t mem_bytes, bool console_input);

/* Set by sd_hosted_init; internal to kernel/hosted. */
void hosted_events_init(bool console_input);
void hosted_memory_init(size_t mem_bytes);
void hosted_input_poll(void);
void hosted_input_stop(void);
void hosted_input_start(void);
void hosted_event_raise(void);
/* Write a message and exit 1: the platform cannot start. */
_Noreturn void hosted_fatal(const char *what);

#endif
