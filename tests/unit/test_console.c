/* The hosted console's input path: fd 0 read in the event handler (pipe: O_ASYNC signals;
 * regular file: drained chunk by chunk), through sd_console_input to sd_console_read, up to
 * end of file. Each case runs the kernel in a forked child whose stdin is prepared here. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sd/console.h"
#include "unit.h"

#define INPUT_BYTES 5000     /* several 512-byte chunks */

static char pattern(size_t i)
{
    return (char)('a' + (i * 7) % 26);
}

/* In the child: read everything, compare, exit 0 if it matched and ended with end of input. */
static _Noreturn void read_all_and_exit(void)
{
    static char buf[INPUT_BYTES + 100];
    size_t got = 0, n;

    sd_hosted_init(16UL << 20, true);
    while ((n = sd_console_read(buf + got, 333)) > 0 && got + n <= INPUT_BYTES)
        got += n;
    for (size_t i = 0; i < got; i++) {
        if (buf[i] != pattern(i))
            _exit(2);
    }
    _exit(got == INPUT_BYTES ? 0 : 3);
}

static int wait_child(pid_t pid)
{
    int status = 0;

    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

START_TEST(stdin_pipe)
{
    int fds[2];
    ck_assert_int_eq(pipe(fds), 0);
    pid_t pid = fork();

    if (pid == 0) {
        dup2(fds[0], 0);
        close(fds[0]);
        close(fds[1]);
        read_all_and_exit();
    }
    close(fds[0]);
    /* Written in pieces after the child started: it must be woken by the signal, not find
     * everything there at boot. */
    for (size_t i = 0; i < INPUT_BYTES; i += 1000) {
        char chunk[1000];
        for (size_t j = 0; j < sizeof(chunk); j++)
            chunk[j] = pattern(i + j);
        ck_assert_int_eq(write(fds[1], chunk, sizeof(chunk)), (int)sizeof(chunk));
        usleep(2000);
    }
    close(fds[1]);
    ck_assert_int_eq(wait_child(pid), 0);
}
END_TEST

START_TEST(stdin_regular_file)
{
    char path[] = "/tmp/sd-unit-stdin-XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    unlink(path);
    for (size_t i = 0; i < INPUT_BYTES; i++) {
        char c = pattern(i);
        ck_assert_int_eq(write(fd, &c, 1), 1);
    }
    lseek(fd, 0, SEEK_SET);
    pid_t pid = fork();

    if (pid == 0) {
        dup2(fd, 0);
        read_all_and_exit();
    }
    close(fd);
    ck_assert_int_eq(wait_child(pid), 0);
}
END_TEST

START_TEST(stdin_empty)
{
    pid_t pid = fork();

    if (pid == 0) {
        int null = open("/dev/null", O_RDONLY);
        dup2(null, 0);
        sd_hosted_init(16UL << 20, true);
        char c;
        _exit(sd_console_read(&c, 1) == 0 ? 0 : 1);
    }
    ck_assert_int_eq(wait_child(pid), 0);
}
END_TEST

Suite *suite_console(void)
{
    Suite *s = suite_create("console");
    TCase *tc = unit_tcase_bare("console");

    tcase_add_test(tc, stdin_pipe);
    tcase_add_test(tc, stdin_regular_file);
    tcase_add_test(tc, stdin_empty);
    suite_add_tcase(s, tc);
    return s;
}
