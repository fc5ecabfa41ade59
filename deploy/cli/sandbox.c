/* sandbox.c: the sandbox host's life: state directory, token, boot in the background, health,
 * stop (see sandbox.h). The boot itself (certificate, dom0 job, QEMU) is
 * deploy/sandbox/sandbox-host.sh; this file decides when to run it and waits for the agent. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <json-c/json.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/random.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "exitcodes.h"
#include "msg.h"
#include "remote.h"
#include "sandbox.h"

#ifndef SD_PROJECT_DIR
#error "SD_PROJECT_DIR (the source tree, for deploy/sandbox and build/sandbox) must be defined"
#endif

#define DEFAULT_BOOT_TIMEOUT_S 300
#define DEFAULT_LIFETIME_S (24 * 3600)

static int failf(char *err, size_t len, int code, const char *fmt, ...) SD_PRINTF(4, 5);
static int failf(char *err, size_t len, int code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, len, fmt, ap);
    va_end(ap);
    return code;
}

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

/* The state directory's path (not created). */
static int state_dir(char *buf, size_t len)
{
    const char *d = getenv("STARDUST_SANDBOX_DIR"), *xdg = getenv("XDG_STATE_HOME");
    const char *home = getenv("HOME");
    int n;
    if (d && *d)
        n = snprintf(buf, len, "%s", d);
    else if (xdg && *xdg)
        n = snprintf(buf, len, "%s/stardust/sandbox", xdg);
    else if (home && *home)
        n = snprintf(buf, len, "%s/.local/state/stardust/sandbox", home);
    else
        return -1;
    return n > 0 && (size_t)n < len ? 0 : -1;
}

/* mkdir -p with mode 0700 for what it creates. */
static int make_dirs(const char *path)
{
    char tmp[512];
    snprintf(tmp, sizeof tmp, "%s", path);
    for (char *p = tmp + 1; *p; p++)
        if (*p == '/') {
            *p = '\0';
            if (mkdir(tmp, 0700) < 0 && errno != EEXIST)
                return -1;
            *p = '/';
        }
    return mkdir(tmp, 0700) < 0 && errno != EEXIST ? -1 : 0;
}

/* The first line of DIR/name into buf ("" when missing). */
static void read_small(const char *dir, const char *name, char *buf, size_t len)
{
    char path[600];
    FILE *f;
    buf[0] = '\0';
    snprintf(path, sizeof path, "%s/%s", dir, name);
    if ((f = fopen(path, "r"))) {
        if (fgets(buf, (int)len, f))
            buf[strcspn(buf, "\n")] = '\0';
        fclose(f);
    }
}

static int write_small(const char *dir, const char *name, const char *text, mode_t mode)
{
    char path[600], tmp[620];
    int fd, ok;
    snprintf(path, sizeof path, "%s/%s", dir, name);
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    if ((fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, mode)) < 0)
        return -1;
    ok = write(fd, text, strlen(text)) == (ssize_t)strlen(text);
    ok = close(fd) == 0 && ok;
    return ok && rename(tmp, path) == 0 ? 0 : -1;
}

/* True when pid is our boot script (guards against a recycled pid). */
static bool boot_alive(int pid)
{
    char path[64], cmd[4096];
    ssize_t n;
    int fd;
    if (pid <= 0 || kill(pid, 0) < 0)
        return false;
    snprintf(path, sizeof path, "/proc/%d/cmdline", pid);
    if ((fd = open(path, O_RDONLY)) < 0)
        return false;
    n = read(fd, cmd, sizeof cmd - 1);
    close(fd);
    if (n <= 0)
        return false;
    for (ssize_t i = 0; i < n; i++)
        if (cmd[i] == '\0')
            cmd[i] = ' ';
    cmd[n] = '\0';
    return strstr(cmd, "sandbox-host.sh") != NULL;
}

int sandbox_probe(struct sandbox_info *info, char *err, size_t errlen)
{
    char buf[64];
    memset(info, 0, sizeof *info);
    if (state_dir(info->dir, sizeof info->dir) < 0)
        return failf(err, errlen, SDX_FAIL, "no state directory: set HOME or XDG_STATE_HOME");
    read_small(info->dir, "pid", buf, sizeof buf);
    info->pid = atoi(buf);
    read_small(info->dir, "port", buf, sizeof buf);
    info->port = atoi(buf);
    read_small(info->dir, "token", info->token, sizeof info->token);
    snprintf(info->ca, sizeof info->ca, "%s/cert.pem", info->dir);
    snprintf(info->url, sizeof info->url, "https://127.0.0.1:%d", info->port);
    info->running = info->port > 0 && boot_alive(info->pid);
    return SDX_OK;
}

/* A loopback TCP port nobody listens on now. QEMU binds it a moment later; the gap is small
 * and a lost race shows as a failed boot with QEMU's message in the log. */
static int free_port(void)
{
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
    socklen_t len = sizeof a;
    int fd = socket(AF_INET, SOCK_STREAM, 0), port = -1;
    if (fd < 0)
        return -1;
    if (bind(fd, (struct sockaddr *)&a, sizeof a) == 0
        && getsockname(fd, (struct sockaddr *)&a, &len) == 0)
        port = ntohs(a.sin_port);
    close(fd);
    return port;
}

static int new_token(char *buf, size_t len)
{
    unsigned char raw[24];
    if (len < 2 * sizeof raw + 1 || getrandom(raw, sizeof raw, 0) != (ssize_t)sizeof raw)
        return -1;
    for (size_t i = 0; i < sizeof raw; i++)
        snprintf(buf + 2 * i, 3, "%02x", raw[i]);
    return 0;
}

/* What the boot needs from the tree and the system; a message naming the fix otherwise. */
static int check_prerequisites(const char *sb, const char *script, char *err, size_t errlen)
{
    const char *need[] = { "xen", "vmlinux", "dom0.cpio", "agent.cpio" };
    char path[600];
    for (size_t i = 0; i < sizeof need / sizeof need[0]; i++) {
        snprintf(path, sizeof path, "%s/%s", sb, need[i]);
        if (access(path, R_OK) < 0)
            return failf(err, errlen, SDX_UNREACHABLE,
                         "sandbox: %s is missing (run `make deps%s` in %s)", path,
                         i == 3 ? " build/sandbox/agent.cpio" : "", SD_PROJECT_DIR);
    }
    if (access(script, X_OK) < 0)
        return failf(err, errlen, SDX_UNREACHABLE, "sandbox: %s: %s", script, strerror(errno));
    if (system("command -v qemu-system-x86_64 >/dev/null 2>&1") != 0)
        return failf(err, errlen, SDX_UNREACHABLE,
                     "sandbox: qemu-system-x86_64 is not installed (apt-get install qemu-system-x86)");
    return SDX_OK;
}

static const char *sandbox_files(void)
{
    const char *sb = getenv("SD_SANDBOX");
    return sb && *sb ? sb : SD_PROJECT_DIR "/build/sandbox";
}

/* Starts deploy/sandbox/sandbox-host.sh in its own session (it outlives us), output to
 * DIR/boot/host.log. Returns its pid or -1. */
static int spawn_boot(const struct sandbox_info *info, const char *script, const char *sb)
{
    char log[600], port[16], life[24];
    const char *lifetime = getenv("STARDUST_SANDBOX_LIFETIME");
    pid_t pid;
    snprintf(log, sizeof log, "%s/boot", info->dir);
    if (make_dirs(log) < 0)
        return -1;
    snprintf(log, sizeof log, "%s/boot/host.log", info->dir);
    snprintf(port, sizeof port, "%d", info->port);
    snprintf(life, sizeof life, "%d", lifetime && atoi(lifetime) > 0 ? atoi(lifetime) : DEFAULT_LIFETIME_S);
    if ((pid = fork()) != 0)
        return pid;
    setsid();
    int in = open("/dev/null", O_RDONLY), out = open(log, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (in < 0 || out < 0 || dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(out, 2) < 0)
        _exit(127);
    execl(script, script, info->dir, sb, port, life, (char *)NULL);
    _exit(127);
}

/* One GET /v1/health with a short deadline. */
static int health_once(const struct sandbox_info *info, char *why, size_t len)
{
    struct remote_params p = { .url = info->url, .token = info->token, .ca = info->ca,
                               .connect_timeout_s = 3, .request_timeout_s = 5 };
    struct remote *r = NULL;
    json_object *h = NULL;
    int rc = remote_open(&p, &r);
    if (rc == SDX_OK)
        rc = remote_json(r, "GET", "/v1/health", NULL, &h);
    snprintf(why, len, "%s", remote_error(r));
    json_object_put(h);
    remote_close(r);
    return rc;
}

/* Polls the agent until it answers, the boot process dies or the deadline passes. */
static int wait_healthy(struct sandbox_info *info, int timeout_s, bool chatty, char *err, size_t errlen)
{
    double t0 = now_s(), next_note = t0 + 10;
    char why[512] = "";
    int status;
    for (;;) {
        if (health_once(info, why, sizeof why) == SDX_OK) {
            info->boot_s = now_s() - t0;
            return SDX_OK;
        }
        /* Our own child is watched with waitpid (until it has exec'd, its command line is
         * still ours); a boot started by another process through /proc. */
        pid_t w = waitpid(info->pid, &status, WNOHANG);
        if (w == info->pid || (w < 0 && errno == ECHILD && !boot_alive(info->pid)))
            return failf(err, errlen, SDX_UNREACHABLE,
                         "sandbox: the boot ended before the agent answered; see %s/boot/qemu.log "
                         "and %s/boot/host.log", info->dir, info->dir);
        if (now_s() - t0 > timeout_s)
            return failf(err, errlen, SDX_UNREACHABLE,
                         "sandbox: no answer from the agent after %d s (%s); see %s/boot/qemu.log",
                         timeout_s, why, info->dir);
        if (chatty && now_s() > next_note) {
            msg_note("sandbox: still booting (%.0f s)", now_s() - t0);
            next_note += 10;
        }
        usleep(500 * 1000);
    }
}

/* Signals every process of the boot's session (the script is a session leader; `timeout` in
 * boot.sh moves QEMU to a process group of its own, but not out of the session). Returns how
 * many were signalled. */
static int signal_session(int sid, int sig)
{
    DIR *d = opendir("/proc");
    struct dirent *e;
    int n = 0;
    if (!d)
        return 0;
    while ((e = readdir(d))) {
        char path[300], buf[512], *p;
        int pid = atoi(e->d_name), fd;
        ssize_t len;
        if (pid <= 0)
            continue;
        snprintf(path, sizeof path, "/proc/%d/stat", pid);
        if ((fd = open(path, O_RDONLY)) < 0)
            continue;
        len = read(fd, buf, sizeof buf - 1);
        close(fd);
        if (len <= 0)
            continue;
        buf[len] = '\0';
        /* pid (comm) state ppid pgrp session: comm may hold spaces, so parse after the ')'. */
        if (!(p = strrchr(buf, ')')))
            continue;
        int ppid, pgrp, session;
        char state;
        if (sscanf(p + 1, " %c %d %d %d", &state, &ppid, &pgrp, &session) == 4 && session == sid
            && state != 'Z') {
            kill(pid, sig);
            n++;
        }
    }
    closedir(d);
    return n;
}

/* Ends the boot: SIGTERM to its whole session, SIGKILL to what is left after 10 s. */
static void kill_boot(int pid)
{
    if (pid <= 0)
        return;
    signal_session(pid, SIGTERM);
    for (int i = 0; i < 100 && signal_session(pid, 0) > 0; i++) {
        waitpid(pid, NULL, WNOHANG);
        usleep(100 * 1000);
    }
    signal_session(pid, SIGKILL);
    waitpid(pid, NULL, WNOHANG);
}

static int lock_dir(const char *dir)
{
    char path[600];
    int fd;
    snprintf(path, sizeof path, "%s/lock", dir);
    if ((fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600)) < 0)
        return -1;
    if (flock(fd, LOCK_EX) < 0) {
        close(fd);
        return -1;
    }
    return fd;
}

/* Under the lock: a fresh boot with a new token and port. */
static int boot(struct sandbox_info *info, int timeout_s, bool chatty, char *err, size_t errlen)
{
    const char *sb = sandbox_files();
    char script[600], buf[32];
    int rc;
    snprintf(script, sizeof script, "%s/deploy/sandbox/sandbox-host.sh", SD_PROJECT_DIR);
    if ((rc = check_prerequisites(sb, script, err, errlen)) != SDX_OK)
        return rc;
    if (new_token(info->token, sizeof info->token) < 0 || (info->port = free_port()) < 0)
        return failf(err, errlen, SDX_FAIL, "sandbox: no random token or free port: %s", strerror(errno));
    snprintf(buf, sizeof buf, "%d\n", info->port);
    snprintf(info->url, sizeof info->url, "https://127.0.0.1:%d", info->port);
    if (write_small(info->dir, "token", info->token, 0600) < 0 || write_small(info->dir, "port", buf, 0600) < 0)
        return failf(err, errlen, SDX_FAIL, "sandbox: %s: %s", info->dir, strerror(errno));
    if (chatty)
        msg_note("sandbox: booting Xen and dom0 in QEMU (a minute or so; log: %s/boot/qemu.log)", info->dir);
    if ((info->pid = spawn_boot(info, script, sb)) < 0)
        return failf(err, errlen, SDX_FAIL, "sandbox: cannot start the boot: %s", strerror(errno));
    snprintf(buf, sizeof buf, "%d\n", info->pid);
    if (write_small(info->dir, "pid", buf, 0600) < 0) {
        kill_boot(info->pid);
        return failf(err, errlen, SDX_FAIL, "sandbox: %s: %s", info->dir, strerror(errno));
    }
    info->running = true;
    if ((rc = wait_healthy(info, timeout_s, chatty, err, errlen)) != SDX_OK) {
        kill_boot(info->pid);
        info->running = false;
    }
    return rc;
}

int sandbox_start(int timeout_s, int verbose, struct sandbox_info *info, char *err, size_t errlen)
{
    char why[512];
    bool chatty = verbose > 0 || isatty(2);
    int rc, lock;
    if ((rc = sandbox_probe(info, err, errlen)) != SDX_OK)
        return rc;
    if (make_dirs(info->dir) < 0 || (lock = lock_dir(info->dir)) < 0)
        return failf(err, errlen, SDX_FAIL, "sandbox: %s: %s", info->dir, strerror(errno));
    /* Someone may have booted it while we waited for the lock: look again. */
    sandbox_probe(info, err, errlen);
    if (info->running && health_once(info, why, sizeof why) == SDX_OK)
        rc = SDX_OK;
    else if (info->running)   /* booting (another process waits) or wedged: wait our turn */
        rc = wait_healthy(info, timeout_s > 0 ? timeout_s : DEFAULT_BOOT_TIMEOUT_S, chatty, err, errlen);
    else
        rc = boot(info, timeout_s > 0 ? timeout_s : DEFAULT_BOOT_TIMEOUT_S, chatty, err, errlen);
    close(lock);
    return rc;
}

int sandbox_stop(struct sandbox_info *info, char *err, size_t errlen)
{
    char path[600];
    int rc = sandbox_probe(info, err, errlen), lock;
    if (rc != SDX_OK || access(info->dir, F_OK) < 0)
        return rc;
    if ((lock = lock_dir(info->dir)) < 0)
        return failf(err, errlen, SDX_FAIL, "sandbox: %s: %s", info->dir, strerror(errno));
    sandbox_probe(info, err, errlen);
    if (info->running)
        kill_boot(info->pid);
    snprintf(path, sizeof path, "%s/pid", info->dir);
    unlink(path);
    snprintf(path, sizeof path, "%s/token", info->dir);
    unlink(path);
    info->running = false;
    close(lock);
    return SDX_OK;
}

json_object *sandbox_info_json(const struct sandbox_info *info)
{
    json_object *o = json_object_new_object();
    char log[600];
    snprintf(log, sizeof log, "%s/boot/qemu.log", info->dir);
    json_object_object_add(o, "host", json_object_new_string("sandbox"));
    json_object_object_add(o, "running", json_object_new_boolean(info->running));
    json_object_object_add(o, "pid", info->running ? json_object_new_int(info->pid) : NULL);
    json_object_object_add(o, "url", info->running ? json_object_new_string(info->url) : NULL);
    json_object_object_add(o, "ca", json_object_new_string(info->ca));
    json_object_object_add(o, "state_dir", json_object_new_string(info->dir));
    json_object_object_add(o, "boot_log", json_object_new_string(log));
    if (info->boot_s > 0)
        json_object_object_add(o, "boot_s", json_object_new_double(info->boot_s));
    return o;
}
