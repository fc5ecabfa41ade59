/* vm_start.c: the VM's start-up sequence and its option parser, shared by every launcher
 * (main.c for Linux, guest/launcher.c for the unikernel).
 *
 * A launcher sets its defaults in vm_opts, feeds its options through vm_parse_options (the same
 * words a `java` command line takes), then calls vm_run. Start-up, in order: the symbol table,
 * heap and monitors; then everything else runs on the Java main thread (a platform thread with
 * a known stack, so stack overflow is detected): core classes, strings, exceptions, the main
 * Thread object, System, the main class, main(), waiting for non-daemon threads, Runtime.exit
 * (shutdown hooks, flush, halt). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm.h"

VMOptions vm_opts;
Thread *vm_main_thread;
static const char *main_class;
static int main_argc;
static char **main_argv;
static Object *main_group;      /* the main ThreadGroup (attached threads join it) */
static size_t main_c_stack;

void exception_init(Thread *t);
void lambda_init(void);

_Noreturn void vm_exit(int status) { pf_exit(status); }

static _Noreturn void usage(void)
{
    fprintf(stderr, "Usage: stardust-java [-cp DIRS] [-Xmx SIZE] [-Xss SIZE] [-Dkey=value] "
                    "[-Xbootclasspath:DIR] MAINCLASS [ARGS...]\n");
    pf_exit(1);
}

size_t vm_parse_size(const char *s)
{
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    switch (*end) {
    case 'k': case 'K': v <<= 10; break;
    case 'm': case 'M': v <<= 20; break;
    case 'g': case 'G': v <<= 30; break;
    case 0: break;
    default: v = 0;
    }
    if (v == 0) {
        fprintf(stderr, "Invalid size: %s\n", s);
        pf_exit(1);
    }
    return (size_t)v;
}

void vm_add_classpath(const char *s)
{
    char *copy = strdup(s), *save, *tok;
    for (tok = strtok_r(copy, ":", &save); tok; tok = strtok_r(NULL, ":", &save)) {
        vm_opts.classpath = realloc(vm_opts.classpath, sizeof(char *) * (size_t)(vm_opts.ncp + 1));
        vm_opts.classpath[vm_opts.ncp++] = tok;
    }
}

void vm_add_property(const char *kv)
{
    vm_opts.props = realloc(vm_opts.props, sizeof(char *) * (size_t)(vm_opts.nprops + 1));
    vm_opts.props[vm_opts.nprops++] = kv;
}

/* Argument of an option written either joined (-Xmx4m) or as the next word (-Xmx 4m). */
static const char *opt_value(int argc, char **argv, int *i, size_t prefix)
{
    if (argv[*i][prefix])
        return argv[*i] + prefix;
    if (*i + 1 >= argc)
        usage();
    return argv[++*i];
}

int vm_parse_options(int argc, char **argv, int i)
{
    for (; i < argc && argv[i][0] == '-'; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-cp") || !strcmp(a, "-classpath") || !strcmp(a, "--class-path")) {
            if (++i >= argc)
                usage();
            vm_add_classpath(argv[i]);
        } else if (!strncmp(a, "-Xmx", 4)) {
            vm_opts.heap_max = vm_parse_size(opt_value(argc, argv, &i, 4));
        } else if (!strncmp(a, "-Xss", 4)) {
            vm_opts.stack_size = vm_parse_size(opt_value(argc, argv, &i, 4));
        } else if (!strncmp(a, "-Xms", 4)) {
            if (!a[4])
                i++;
        } else if (!strncmp(a, "-Xbootclasspath:", 16)) {
            vm_opts.bootclasspath = a + 16;
        } else if (!strncmp(a, "-D", 2) && strchr(a, '=')) {
            vm_add_property(a + 2);
        } else {
            fprintf(stderr, "Unrecognized option: %s\nError: Could not create the Java Virtual Machine.\n"
                            "Error: A fatal exception has occurred. Program will exit.\n", a);
            pf_exit(1);
        }
    }
    return i;
}

static bool call_static(Thread *t, const char *cls, const char *name, const char *desc, Slot *args)
{
    Class *c = class_find(t, cls);
    if (!c || !class_initialize(t, c))
        return false;
    Method *m = class_find_method_here(c, sym_intern(name), sym_intern(desc));
    Slot ret;
    return m && interp_invoke(t, m, args, &ret);
}

static _Noreturn void fatal_uncaught(Thread *t)
{
    exception_report_uncaught(t);
    vm_exit(1);
}

/* A java.lang.Thread object for t, RUNNABLE, in group (made when NULL: the main group). */
static Object *make_thread_object(Thread *t, const char *name, Object *group, bool daemon)
{
    Object *jt = new_object(t, C_Thread);
    Object *jname = jt ? string_new_utf8(t, name) : NULL;
    if (!jname)
        return NULL;
    FIELD_AT(jt, off_Thread_eetop, int64_t) = (int64_t)(uintptr_t)t;
    FIELD_AT(jt, off_Thread_name, Object *) = jname;
    FIELD_AT(jt, off_Thread_threadStatus, int32_t) = JTS_RUNNABLE;
    FIELD_AT(jt, off_Thread_daemon, int8_t) = daemon;
    FIELD_AT(jt, class_field_offset(C_Thread, "priority"), int32_t) = 5;
    FIELD_AT(jt, class_field_offset(C_Thread, "group"), Object *) = group;
    return jt;
}

static Object *make_main_thread(Thread *t)
{
    Class *tg = class_find(t, "java/lang/ThreadGroup");
    if (!tg || !class_initialize(t, tg) || !class_initialize(t, C_Thread))
        fatal_uncaught(t);
    Object *group = new_object(t, tg);
    Method *gctor = class_find_method_here(tg, S_init, S_V_V);
    Slot garg = { .l = group }, ret;
    if (!gctor || !interp_invoke(t, gctor, &garg, &ret))
        fatal_uncaught(t);
    main_group = group;
    gc_register_root(&main_group);
    off_Thread_eetop = class_field_offset(C_Thread, "eetop");
    off_Thread_daemon = class_field_offset(C_Thread, "daemon");
    off_Thread_name = class_field_offset(C_Thread, "name");
    off_Thread_threadStatus = class_field_offset(C_Thread, "threadStatus");
    Object *jt = make_thread_object(t, "main", group, false);
    if (!jt)
        fatal_uncaught(t);
    return jt;
}

static Object *make_args(Thread *t)
{
    Object *arr = new_array(t, class_array_of(t, C_String), main_argc);
    for (int i = 0; arr && i < main_argc; i++) {
        Object *s = string_new_utf8(t, main_argv[i]);
        if (!s)
            return NULL;
        ARRAY_DATA(arr, Object *)[i] = s;
    }
    return arr;
}

static Class *load_main(Thread *t)
{
    char *iname = strdup(main_class);
    for (char *p = iname; *p; p++)
        if (*p == '.')
            *p = '/';
    Class *c = class_find(t, iname);
    free(iname);
    if (!c) {
        Object *ex = t->exception;
        t->exception = NULL;
        if (ex && strcmp(ex->cls->name, "java/lang/NoClassDefFoundError") != 0) {
            /* the launcher's words for a class that exists but cannot be loaded */
            char *d = exception_describe(ex);
            fprintf(stderr, "Error: LinkageError occurred while loading main class %s\n\t%s\n", main_class, d);
            free(d);
            vm_exit(1);
        }
        fprintf(stderr, "Error: Could not find or load main class %s\n"
                        "Caused by: java.lang.ClassNotFoundException: %s\n", main_class, main_class);
        vm_exit(1);
    }
    return c;
}

static void vm_main(void *unused)
{
    Thread *t = vm_main_thread;
    thread_set_c_stack(t, __builtin_frame_address(0), main_c_stack);
    class_init_system();
    string_init(t);
    exception_init(t);
    t->jthread = make_main_thread(t);
    Class *sys = class_find(t, "java/lang/System");
    if (!sys || !class_initialize(t, sys))
        fatal_uncaught(t);
    Class *c = load_main(t);
    Method *m = class_find_method_here(c, S_main, S_main_desc);
    if (!m || (m->access & (ACC_STATIC | ACC_PUBLIC)) != (ACC_STATIC | ACC_PUBLIC)) {
        fprintf(stderr, "Error: Main method not found in class %s, please define the main method as:\n"
                        "   public static void main(String[] args)\n"
                        "or a JavaFX application class must extend javafx.application.Application\n",
                main_class);
        vm_exit(1);
    }
    int status = 0;
    Slot arg, ret;
    if (!class_initialize(t, c) || !(arg.l = make_args(t)) || !interp_invoke(t, m, &arg, &ret)) {
        exception_report_uncaught(t);
        status = 1;
    }
    /* the main thread is over: join() on it returns, as in Java's DestroyJavaVM */
    Object *jt = t->jthread;
    if (monitor_enter(t, jt)) {
        FIELD_AT(jt, off_Thread_threadStatus, int32_t) = JTS_TERMINATED;
        monitor_notify(t, jt, true);
        monitor_exit(t, jt);
    }
    t->exception = NULL;
    thread_wait_for_non_daemons(t);
    vm_shutdown(t, status);
}

static void sleep_forever(void *unused)
{
    for (;;)
        pf_sleep_ns(1000000000ull * 3600);
}

_Noreturn void vm_shutdown(Thread *t, int status)
{
    /* Only the first caller (the main thread at its end, or the guest's shutdown request)
     * runs the sequence; a second one waits, parked, for the first to end the process, so
     * it cannot halt while the hooks still run. */
    static int started;
    if (__atomic_exchange_n(&started, 1, __ATOMIC_ACQ_REL)) {
        thread_blocking(t, sleep_forever, NULL);
        vm_exit(status);    /* not reached */
    }
    Slot st = { .i = status };
    if (!call_static(t, "java/lang/Runtime", "exitVM", "(I)V", &st))
        exception_report_uncaught(t);   /* e.g. no memory for a hook's thread: say so */
    vm_exit(status);
}

Thread *vm_attach_current_thread(const char *name, size_t stack_size)
{
    if (!vm_main_thread || !main_group)
        return NULL;             /* too early: the core classes are not there yet */
    Thread *t = thread_attach(true);
    if (!t)
        return NULL;
    thread_set_c_stack(t, __builtin_frame_address(0), stack_size);
    t->jthread = make_thread_object(t, name, main_group, true);
    if (!t->jthread) {
        /* out of memory: leave, so the collector does not wait for this thread */
        t->exception = NULL;
        thread_detach_current(t);
        return NULL;
    }
    return t;
}

void vm_options_finish(const char *default_bootclasspath)
{
    if (vm_opts.stack_size < (256u << 10))
        vm_opts.stack_size = 256u << 10;
    if (vm_opts.heap_max < (1u << 20))
        vm_opts.heap_max = 1u << 20;
    if (!vm_opts.ncp)
        vm_add_classpath(".");
    if (!vm_opts.bootclasspath)
        vm_opts.bootclasspath = default_bootclasspath;
}

int vm_run(const char *cls, int argc, char **argv, size_t main_stack)
{
    main_class = cls;
    main_argc = argc;
    main_argv = argv;
    sym_init();
    heap_init(vm_opts.heap_max);
    monitor_init();
    lambda_init();
    vm_main_thread = thread_attach_main();
    if (!vm_main_thread) {
        fprintf(stderr, "Error: could not start the main thread\n");
        return 1;
    }
    /* Java's main runs on this thread when the launcher says its stack will do (cheapest
     * start-up), else on a new thread with the -Xss stack: either way the C stack's extent
     * is known */
    if (main_stack) {
        main_c_stack = main_stack;
        vm_main(NULL);
        return 0;
    }
    main_c_stack = vm_opts.stack_size;
    if (!pf_thread_start(vm_main, NULL, vm_opts.stack_size)) {
        fprintf(stderr, "Error: could not start the main thread\n");
        return 1;
    }
    for (;;)
        pf_sleep_ns(1000000000ull * 3600);
}
