/* check_builder.c: check-builder's runner, and the process helpers (check_builder.h). */
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check_builder.h"

const char *need_env(const char *name)
{
    const char *v = getenv(name);
    ck_assert_msg(v && *v, "%s is not set (run through make check-builder)", name);
    return v;
}

static char *slurp(FILE *f)
{
    size_t cap = 4096, len = 0, n;
    char *buf = malloc(cap);
    rewind(f);
    while (buf && (n = fread(buf + len, 1, cap - len - 1, f)) > 0) {
        len += n;
        if (len + 1 == cap)
            buf = realloc(buf, cap *= 2);
    }
    ck_assert_ptr_nonnull(buf);
    buf[len] = 0;
    return buf;
}

/* fork + exec with stdout and stderr captured in temporary files (no pipe deadlocks). */
static struct run_result run_exec(const char *cwd, const char *path, char *const *argv)
{
    struct run_result r = { 0 };
    FILE *out = tmpfile(), *err = tmpfile();
    ck_assert(out && err);
    fflush(NULL);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        int null = open("/dev/null", O_RDONLY);
        dup2(null, 0);
        dup2(fileno(out), 1);
        dup2(fileno(err), 2);
        if (cwd && chdir(cwd) != 0)
            _exit(126);
        execv(path, argv);
        _exit(127);
    }
    int st;
    waitpid(pid, &st, 0);
    r.status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    r.out = slurp(out);
    r.err = slurp(err);
    fclose(out);
    fclose(err);
    return r;
}

struct run_result run_tool(const char *cwd, const char *const *argv)
{
    char bin[PATH_MAX];
    char *args[32];
    size_t n = 0;
    ck_assert_ptr_nonnull(realpath(need_env("SD_BUILDER_BIN"), bin));
    args[n++] = "stardust-build";
    for (size_t i = 1; argv[i] && n < 31; i++)
        args[n++] = (char *)argv[i];
    args[n] = NULL;
    return run_exec(cwd, bin, args);
}

struct run_result run_shell(const char *cwd, const char *cmd)
{
    char *args[] = { "sh", "-c", (char *)cmd, NULL };
    return run_exec(cwd, "/bin/sh", args);
}

void run_free(struct run_result *r)
{
    free(r->out);
    free(r->err);
}

int main(void)
{
    SRunner *sr = srunner_create(manifest_suite());
    srunner_add_suite(sr, cli_suite());
    srunner_add_suite(sr, build_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
