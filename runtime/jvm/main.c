/* main.c: stardust-java, the VM as a Linux program.
 *
 *   stardust-java [-cp DIRS] [-Xmx SIZE] [-Xss SIZE] [-Dk=v] [-Xbootclasspath:DIR] MAIN [ARGS]
 *
 * Start-up, in order: options; the symbol table, heap and monitors; then everything else runs on
 * the Java main thread (a platform thread with a known stack, so stack overflow is detected):
 * core classes, strings, exceptions, the main Thread object, System, the main class, main(),
 * waiting for non-daemon threads, Runtime.exit (shutdown hooks, flush, halt). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm.h"

#define DEFAULT_XSS (8u << 20)

VMOptions vm_opts;
Thread *vm_main_thread;
static const char *main_class;
static int main_argc;
static char **main_argv;

void exception_init(Thread *t);
void lambda_init(void);

_Noreturn void vm_exit(int status) { pf_exit(status); }

static void usage(void)
{
    fprintf(stderr, "Usage: stardust-java [-cp DIRS] [-Xmx SIZE] [-Xss SIZE] [-Dkey=value] "
                    "[-Xbootclasspath:DIR] MAINCLASS [ARGS...]\n");
    pf_exit(1);
}

static size_t parse_size(const char *s)
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

static void split_path(const char *s)
{
    char *copy = strdup(s), *save, *tok;
    for (tok = strtok_r(copy, ":", &save); tok; tok = strtok_r(NULL, ":", &save)) {
        vm_opts.classpath = realloc(vm_opts.classpath, sizeof(char *) * (size_t)(vm_opts.ncp + 1));
        vm_opts.classpath[vm_opts.ncp++] = tok;
    }
}

static void parse_options(int argc, char **argv)
{
    vm_opts.heap_max = 64u << 20;
    vm_opts.stack_size = DEFAULT_XSS;
    vm_opts.props = calloc((size_t)argc + 1, sizeof(char *));
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-cp") || !strcmp(a, "-classpath") || !strcmp(a, "--class-path")) {
            if (++i >= argc)
                usage();
            split_path(argv[i]);
        } else if (!strncmp(a, "-Xmx", 4)) {
            vm_opts.heap_max = parse_size(a[4] ? a + 4 : (++i < argc ? argv[i] : "x"));
        } else if (!strncmp(a, "-Xss", 4)) {
            vm_opts.stack_size = parse_size(a[4] ? a + 4 : (++i < argc ? argv[i] : "x"));
        } else if (!strncmp(a, "-Xms", 4)) {
            if (!a[4])
                i++;
        } else if (!strncmp(a, "-Xbootclasspath:", 16)) {
            vm_opts.bootclasspath = a + 16;
        } else if (!strncmp(a, "-D", 2) && strchr(a, '=')) {
            vm_opts.props[vm_opts.nprops++] = a + 2;
        } else {
            fprintf(stderr, "Unrecognized option: %s\nError: Could not create the Java Virtual Machine.\n"
                            "Error: A fatal exception has occurred. Program will exit.\n", a);
            pf_exit(1);
        }
    }
    if (i >= argc)
        usage();
    if (vm_opts.stack_size < (256u << 10))
        vm_opts.stack_size = 256u << 10;
    if (vm_opts.heap_max < (1u << 20))
        vm_opts.heap_max = 1u << 20;
    main_class = argv[i];
    main_argc = argc - i - 1;
    main_argv = argv + i + 1;
    if (!vm_opts.ncp)
        split_path(".");
    if (!vm_opts.bootclasspath) {
        static char buf[4096];
        if (pf_executable_dir(buf, sizeof buf - 32) != 0)
            strcpy(buf, ".");
        strcat(buf, "/../classlib/classes");
        vm_opts.bootclasspath = buf;
    }
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

static void fatal_uncaught(Thread *t)
{
    exception_report_uncaught(t);
    vm_exit(1);
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
    Object *jt = new_object(t, C_Thread);
    off_Thread_eetop = class_field_offset(C_Thread, "eetop");
    off_Thread_daemon = class_field_offset(C_Thread, "daemon");
    off_Thread_name = class_field_offset(C_Thread, "name");
    off_Thread_threadStatus = class_field_offset(C_Thread, "threadStatus");
    FIELD_AT(jt, off_Thread_eetop, int64_t) = (int64_t)(uintptr_t)t;
    FIELD_AT(jt, off_Thread_name, Object *) = string_new_utf8(t, "main");
    FIELD_AT(jt, off_Thread_threadStatus, int32_t) = JTS_RUNNABLE;
    FIELD_AT(jt, class_field_offset(C_Thread, "priority"), int32_t) = 5;
    FIELD_AT(jt, class_field_offset(C_Thread, "group"), Object *) = group;
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

static size_t main_c_stack;

static void vm_main(void *unused)
{
    Thread *t = vm_main_thread;
    t->c_base = __builtin_frame_address(0);
    t->c_limit = t->c_base - main_c_stack + (256 << 10);
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
    Slot st = { .i = status };
    if (!call_static(t, "java/lang/Runtime", "exitVM", "(I)V", &st))
        t->exception = NULL;
    vm_exit(status);
}

int main(int argc, char **argv)
{
    parse_options(argc, argv);
    sym_init();
    heap_init(vm_opts.heap_max);
    monitor_init();
    lambda_init();
    vm_main_thread = thread_attach_main();
    if (!vm_main_thread) {
        fprintf(stderr, "Error: could not start the main thread\n");
        return 1;
    }
    /* Java's main runs on this thread when its stack is big enough (cheapest start-up), else
     * on a new thread with the -Xss stack: either way the C stack's extent is known */
    main_c_stack = pf_main_stack_size();
    if (main_c_stack >= vm_opts.stack_size || (main_c_stack >= (1u << 20) && vm_opts.stack_size == DEFAULT_XSS)) {
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
