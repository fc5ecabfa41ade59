/* Hosted console: output to fd 1; input from fd 0 fed to sd_console_input.
 *
 * Input is read only inside the event handler (events masked), one chunk per event: fd 0 is
 * put in O_ASYNC mode with the event signal (pipes, sockets, terminals signal new data), and
 * after every chunk read the handler raises the event once more, so data already there (a
 * regular file, a long pipe) is drained chunk by chunk. End of file is passed on as
 * sd_console_input(NULL, 0). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <unistd.h>

#include "hosted.h"
#include "platform.h"

static bool input_async;      /* we set O_ASYNC on fd 0 and must clear it */
static bool input_done;

void plat_console_write(const char *s, size_t n)
{
    while (n > 0) {
        ssize_t w = write(1, s, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return;           /* nowhere to write to: drop, as a full console would */
        s += w;
        n -= (size_t)w;
    }
}

/* Context: boot. */
void hosted_input_start(void)
{
    int fl = fcntl(0, F_GETFL);

    if (fl < 0) {
        input_done = true;
        return;
    }
    if (fcntl(0, F_SETOWN, getpid()) == 0 && fcntl(0, F_SETSIG, SIGRTMIN) == 0
        && fcntl(0, F_SETFL, fl | O_ASYNC) == 0)
        input_async = true;
    hosted_event_raise();     /* look once now: input may be waiting already */
}

void hosted_input_stop(void)
{
    int fl;

    if (input_async && (fl = fcntl(0, F_GETFL)) >= 0)
        fcntl(0, F_SETFL, fl & ~O_ASYNC);
    input_async = false;
}

/* Context: event (the handler, events masked). */
void hosted_input_poll(void)
{
    struct pollfd pfd = { .fd = 0, .events = POLLIN };
    char buf[512];

    if (input_done || poll(&pfd, 1, 0) != 1)
        return;
    ssize_t n = read(0, buf, sizeof(buf));
    if (n > 0) {
        sd_console_input(buf, (size_t)n);
        hosted_event_raise();
    } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
        input_done = true;
        hosted_input_stop();
        sd_console_input(NULL, 0);
    }
}
