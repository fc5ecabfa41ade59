/* Clocks and one-shot timers. */
#ifndef SD_TIME_H
#define SD_TIME_H
#include <stdbool.h>
#include <stdint.h>

#define SD_NS_PER_MS 1000000ULL
#define SD_NS_PER_S  1000000000ULL

/* Nanoseconds since boot; never goes back. Context: any. */
uint64_t sd_clock_monotonic_ns(void);
/* Nanoseconds since the Unix epoch (Xen's wall clock). Context: any. */
uint64_t sd_clock_wall_ns(void);

/* A one-shot timer. fn runs in event context (events masked) at or after the deadline:
 * it must not block. The struct belongs to the caller until fn has run or cancel returned. */
struct sd_timer {
    struct sd_timer *next;
    uint64_t deadline_ns;            /* monotonic */
    void (*fn)(struct sd_timer *t);
    void *arg;
    bool armed;
};
void sd_timer_init(struct sd_timer *t, void (*fn)(struct sd_timer *), void *arg);
/* (Re)arm for an absolute monotonic deadline. Context: any. */
void sd_timer_arm(struct sd_timer *t, uint64_t deadline_ns);
/* Disarm; true if it was armed (and so fn will not run). Context: any. */
bool sd_timer_cancel(struct sd_timer *t);

#endif
