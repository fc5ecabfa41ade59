/* Process calls in a domain that is one process: _exit, getpid, kill; fork, execve and wait
 * fail as they would where processes cannot be made.
 *
 * kill on ourselves is how newlib's raise() and abort() end the program when a signal has no
 * handler: the domain ends with exit code 128 + signal, the shell's convention. Context: thread. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sd/app.h>
#include <sd/console.h>

#define SDC_PID 1

void _exit(int status)
{
    sd_exit(status);
}

pid_t getpid(void)
{
    return SDC_PID;
}

static _Noreturn void die_of_signal(int sig)
{
    char msg[48];
    int n = snprintf(msg, sizeof msg, "libc: terminated by signal %d\n", sig);
    sd_console_write(msg, n > 0 ? (size_t)n : 0);
    sd_exit(128 + sig);
}

int kill(pid_t pid, int sig)
{
    if (pid != SDC_PID && pid != 0 && pid != -1) {
        errno = ESRCH;
        return -1;
    }
    if (sig < 0 || sig >= NSIG) {
        errno = EINVAL;
        return -1;
    }
    if (sig != 0)
        die_of_signal(sig);
    return 0;
}

pid_t fork(void)
{
    errno = ENOSYS;
    return -1;
}

int execve(const char *path, char *const argv[], char *const envp[])
{
    errno = ENOSYS;
    return -1;
}

pid_t wait(int *status)
{
    errno = ECHILD;
    return -1;
}
