/* cmd_init.c: `stardust-build --init [DIR]`: a starter service (templates/, compiled in) in DIR.
 * Never overwrites: if any file it would write exists, it writes none. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "msg.h"
#include "templates.h"

/* A valid service name from the directory's name: lower case, other characters to '-'. */
static void service_name(const char *dir, char *name, size_t size)
{
    char resolved[PATH_MAX];
    const char *path = realpath(dir, resolved) ? resolved : dir, *base = strrchr(path, '/');
    size_t n = 0;
    base = base ? base + 1 : path;
    for (const char *p = base; *p && n + 1 < size && n < 63; p++) {
        char ch = (char)((*p >= 'A' && *p <= 'Z') ? *p - 'A' + 'a' : *p);
        int ok = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
        if (ok)
            name[n++] = ch;
        else if (n && name[n - 1] != '-')
            name[n++] = '-';
    }
    while (n && name[n - 1] == '-')
        n--;
    name[n] = 0;
    if (!n)
        snprintf(name, size, "hello");
}

/* The class library near this tool, for the javac line: the installed components
 * (BIN/../lib/stardust/classlib) or the build tree's (BIN/../classlib/classes). */
static void classlib_path(char *out, size_t size)
{
    static const char *const guesses[] = { "../lib/stardust/classlib", "../classlib/classes" };
    char exe[PATH_MAX], guess[PATH_MAX + 32], resolved[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    char *slash;
    struct stat st;
    snprintf(out, size, "STARDUST/build/classlib/classes");
    if (n <= 0)
        return;
    exe[n] = 0;
    if (!(slash = strrchr(exe, '/')))
        return;
    *slash = 0;
    for (size_t i = 0; i < sizeof guesses / sizeof guesses[0]; i++) {
        snprintf(guess, sizeof guess, "%s/%s", exe, guesses[i]);
        if (realpath(guess, resolved) && stat(resolved, &st) == 0 && S_ISDIR(st.st_mode)) {
            snprintf(out, size, "%s", resolved);
            return;
        }
    }
}

/* The template with @NAME@ and @CLASSLIB@ replaced, written to fd. */
static int write_expanded(int fd, const struct template_file *t, const char *name,
                          const char *classlib)
{
    FILE *f = fdopen(fd, "w");
    if (!f)
        return -1;
    for (size_t i = 0; i < t->len; i++) {
        const char *rest = (const char *)t->data + i;
        size_t left = t->len - i;
        if (left >= 6 && !memcmp(rest, "@NAME@", 6)) {
            fputs(name, f);
            i += 5;
        } else if (left >= 10 && !memcmp(rest, "@CLASSLIB@", 10)) {
            fputs(classlib, f);
            i += 9;
        } else {
            fputc(t->data[i], f);
        }
    }
    return fclose(f) == 0 ? 0 : -1;
}

static int make_parents(char *path)
{
    for (char *p = path + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = 0;
        int rc = mkdir(path, 0777);
        *p = '/';
        if (rc != 0 && errno != EEXIST)
            return -1;
    }
    return 0;
}

static int target_path(const char *dir, const struct template_file *t, char *out, size_t size)
{
    return snprintf(out, size, "%s/%s", dir, t->path) < (int)size ? 0 : -1;
}

int cmd_init(const struct cli *cli)
{
    const char *dir = cli->target ? cli->target : ".";
    char path[PATH_MAX], name[64], classlib[PATH_MAX];
    struct stat st;
    for (size_t i = 0; i < builder_ntemplates; i++) {
        if (target_path(dir, &builder_templates[i], path, sizeof path) != 0) {
            msg_error("%s: path too long", dir);
            return EXIT_BUILD_FAILED;
        }
        if (lstat(path, &st) == 0) {
            msg_error("%s already exists; --init writes nothing over existing files", path);
            return EXIT_BUILD_FAILED;
        }
    }
    service_name(dir, name, sizeof name);
    classlib_path(classlib, sizeof classlib);
    for (size_t i = 0; i < builder_ntemplates; i++) {
        target_path(dir, &builder_templates[i], path, sizeof path);
        int fd = make_parents(path) == 0 ? open(path, O_WRONLY | O_CREAT | O_EXCL, 0666) : -1;
        if (fd < 0 || write_expanded(fd, &builder_templates[i], name, classlib) != 0) {
            msg_error("cannot write %s: %s", path, strerror(errno));
            return EXIT_BUILD_FAILED;
        }
        if (cli->verbosity >= 0)
            printf("created %s\n", path);
    }
    if (cli->verbosity >= 0)
        printf("next: cd %s && javac -source 8 -target 8 -bootclasspath %s -d classes src/*.java"
               " && stardust-build service.yaml\n", dir, classlib);
    return EXIT_BUILD_OK;
}
