/* launcher.c: the guest's C main(): from the image's /etc/stardust/java.conf and the domain's
 * command line to a running Java main (vm_start.c's sequence).
 *
 * Order: read java.conf (malformed: a console error, exit 1; missing: the command line must
 * name the main class); the environment (`env`);
 * VM defaults for a domain (boot class path /classlib, class path /app, -Xss256k, heap sized
 * from the domain's free memory); java.conf's options, then the command line's
 * (java_conf_vm_argv); the shutdown handler; then Java main runs on this (the kernel's main)
 * thread. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sd/app.h>
#include <sd/thread.h>
#include <sd/time.h>
#include <sdfs/fs.h>

#include "../vm.h"
#include "java_conf.h"

#define CONF_PATH "/etc/stardust/java.conf"
#define GUEST_XSS (256u << 10)
/* Memory the VM needs besides the heap and the main thread's Java stack, whatever the program:
 * class metadata of a small program, interned strings, newlib's state. */
#define NON_HEAP_ALLOWANCE (1u << 20)

static _Noreturn void fail(const char *fmt, const char *arg)
{
    fprintf(stderr, "stardust: ");
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    pf_exit(1);
}

/* java.conf, or an empty configuration when the image has none (the command line may still
 * name the main class). A malformed one stops the domain. Returns whether there was one. */
static bool read_conf(java_conf *c)
{
    size_t len;
    const uint8_t *mapped = pf_map_file(CONF_PATH, &len);
    uint8_t *text = mapped ? NULL : pf_read_file(CONF_PATH, &len);
    if (!mapped && !text) {
        memset(c, 0, sizeof *c);
        return false;
    }
    char err[200];
    if (java_conf_parse((const char *)(mapped ? mapped : text), len, c, err, sizeof err) != 0)
        fail(CONF_PATH ": %s", err);
    free(text);
    return true;
}

static void set_environment(const java_conf *c)
{
    for (int i = 0; i < c->env.n; i++) {
        char *eq = strchr(c->env.v[i], '=');
        if (!eq || eq == c->env.v[i])
            fail(CONF_PATH ": env '%s' is not NAME=value", c->env.v[i]);
        *eq = 0;
        setenv(c->env.v[i], eq + 1, 1);
        *eq = '=';
    }
}

/* The heap when neither java.conf nor the command line sets one: half of what the domain has
 * left after the main thread's Java stack and a fixed allowance (class metadata, interned
 * strings, newlib). The other half is for threads, which cost real memory here (two -Xss
 * stacks each: Java and C), and for metadata growing with the program. Set `heap` to use
 * more. */
static size_t default_heap(size_t stack_size)
{
    size_t avail = pf_memory_available(), other = stack_size + NON_HEAP_ALLOWANCE;
    if (avail <= other + (2u << 20))
        return 1u << 20;    /* the VM's minimum; start-up will say if even that is too much */
    return ((avail - other) / 2) & ~(size_t)0xffff;
}

/* On the VM's side of a shutdown request: a Java thread of its own runs Runtime.exit(0) —
 * shutdown hooks, flushing — and the VM then ends the domain. */
static void shutdown_on_java_thread(void *unused)
{
    Thread *t = vm_attach_current_thread("shutdown", vm_opts.stack_size);
    if (t)
        vm_shutdown(t, 0);
    fprintf(stderr, "stardust: shutdown without Runtime.exit (the VM is still starting, or "
                    "out of memory)\n");
    pf_exit(0);
}

/* The kernel's handler runs on a small kernel thread: hand the request to a thread with a
 * Java-sized stack, and let that one end the domain. */
static void on_shutdown_request(void)
{
    if (!pf_thread_start(shutdown_on_java_thread, NULL, vm_opts.stack_size)) {
        fprintf(stderr, "stardust: shutdown without Runtime.exit: no memory for its thread\n");
        pf_exit(0);
    }
    for (;;)
        sd_thread_sleep_ns(3600 * SD_NS_PER_S);
}

int main(int argc, char **argv)
{
    if (!sdfs_root())
        fail("%s", "no root filesystem: boot the domain with its image as the ramdisk");
    java_conf conf;
    bool have_conf = read_conf(&conf);
    set_environment(&conf);
    int n;
    /* argv[0] is the kernel's "app"; the rest is the domain's command line */
    char **vmargv = java_conf_vm_argv(&conf, argc > 0 ? argc - 1 : 0, argv + 1, &n);
    if (!vmargv)
        fail("%s", "out of memory at start-up");
    vm_opts.stack_size = GUEST_XSS;
    int i = vm_parse_options(n, vmargv, 0);
    if (i >= n)
        fail(have_conf ? "no main class: set `main` in %s or name one on the domain's command line"
                       : "no %s in the root filesystem and no main class on the domain's command "
                         "line: nothing to run", CONF_PATH);
    if (!vm_opts.heap_max)
        vm_opts.heap_max = default_heap(vm_opts.stack_size);
    if (!vm_opts.ncp)
        vm_add_classpath("/app");
    vm_options_finish("/classlib");
    sd_set_shutdown_handler(on_shutdown_request);
    return vm_run(vmargv[i], n - i - 1, vmargv + i + 1, pf_main_stack_size());
}
