/* Clocks: gettimeofday, clock_gettime, clock_getres, times.
 *
 * CLOCK_REALTIME is Xen's wall clock, CLOCK_MONOTONIC the kernel's time since boot; both count
 * nanoseconds. The domain runs one program, so times() reports the time since boot as the
 * program's user time (there is no per-thread CPU accounting in the kernel API); clock() is
 * built on it by newlib. Context: any thread. */
#include <errno.h>
#include <sys/time.h>
#include <sys/times.h>
#include <time.h>

#include <sd/time.h>

static void ns_to_timespec(uint64_t ns, struct timespec *ts)
{
    ts->tv_sec = ns / SD_NS_PER_S;
    ts->tv_nsec = ns % SD_NS_PER_S;
}

int gettimeofday(struct timeval *restrict tv, void *restrict tz)
{
    if (tv) {
        uint64_t ns = sd_clock_wall_ns();
        tv->tv_sec = ns / SD_NS_PER_S;
        tv->tv_usec = (ns % SD_NS_PER_S) / 1000;
    }
    if (tz) {
        struct timezone *z = tz;   /* always UTC */
        z->tz_minuteswest = 0;
        z->tz_dsttime = 0;
    }
    return 0;
}

int clock_gettime(clockid_t id, struct timespec *ts)
{
    switch (id) {
    case CLOCK_REALTIME:
        ns_to_timespec(sd_clock_wall_ns(), ts);
        return 0;
    case CLOCK_MONOTONIC:
        ns_to_timespec(sd_clock_monotonic_ns(), ts);
        return 0;
    default:
        errno = EINVAL;
        return -1;
    }
}

int clock_getres(clockid_t id, struct timespec *res)
{
    if (id != CLOCK_REALTIME && id != CLOCK_MONOTONIC) {
        errno = EINVAL;
        return -1;
    }
    if (res) {
        res->tv_sec = 0;
        res->tv_nsec = 1;
    }
    return 0;
}

/* Setting the time is the hypervisor's business, not a guest's. */
int clock_settime(clockid_t id, const struct timespec *ts)
{
    errno = (id == CLOCK_REALTIME || id == CLOCK_MONOTONIC) ? EPERM : EINVAL;
    return -1;
}

/* In CLK_TCK units (= CLOCKS_PER_SEC), which is what newlib's clock() expects. */
clock_t times(struct tms *t)
{
    clock_t ticks = sd_clock_monotonic_ns() / (SD_NS_PER_S / CLK_TCK);
    if (t) {
        t->tms_utime = ticks;
        t->tms_stime = 0;
        t->tms_cutime = 0;
        t->tms_cstime = 0;
    }
    return ticks;
}
