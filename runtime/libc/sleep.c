/* nanosleep, usleep, sleep: on the kernel's thread sleep, which never wakes early.
 * Nothing interrupts a sleep (no signals are delivered), so the remaining time is always 0.
 * Context: thread. */
#include <errno.h>
#include <stdint.h>
#include <time.h>
#include <unistd.h>

#include <sd/thread.h>
#include <sd/time.h>

int nanosleep(const struct timespec *req, struct timespec *rem)
{
    if (!req || req->tv_sec < 0 || req->tv_nsec < 0 || req->tv_nsec >= (long)SD_NS_PER_S) {
        errno = EINVAL;
        return -1;
    }
    /* Longer than the uint64_t nanosecond range (585 years) is "forever" enough. */
    uint64_t max_sec = (UINT64_MAX - SD_NS_PER_S) / SD_NS_PER_S;
    uint64_t sec = (uint64_t)req->tv_sec < max_sec ? (uint64_t)req->tv_sec : max_sec;
    sd_thread_sleep_ns(sec * SD_NS_PER_S + (uint64_t)req->tv_nsec);
    if (rem) {
        rem->tv_sec = 0;
        rem->tv_nsec = 0;
    }
    return 0;
}

int usleep(useconds_t usec)
{
    sd_thread_sleep_ns((uint64_t)usec * 1000);
    return 0;
}

unsigned sleep(unsigned seconds)
{
    sd_thread_sleep_ns((uint64_t)seconds * SD_NS_PER_S);
    return 0;
}
