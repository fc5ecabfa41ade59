/* vm.h: the VM's core types and the functions that cross files, grouped by the file that
 * defines them. Everything here runs on some Java thread (Thread *t is always the caller's).
 *
 * Error convention (one for the whole VM): a function that can raise a Java exception sets
 * t->exception and returns NULL / false / -1; callers test and propagate.
 */
#ifndef JVM_VM_H
#define JVM_VM_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "classfile.h"
#include "platform.h"

typedef struct Object Object;
typedef struct Class Class;
typedef struct Method Method;
typedef struct Field Field;
typedef struct Thread Thread;
typedef struct Frame Frame;
typedef struct Monitor Monitor;

/* One slot of a Java frame (local or operand). Category-2 values (long, double) use the first
 * of their two slots, as in the JVMS, so javac's indexes are used unchanged. */
typedef union Slot {
    int32_t i;
    int64_t j;
    float f;
    double d;
    Object *l;
    uintptr_t u;
} Slot;

/* Object header (two words, 16 bytes; every object is 16-byte aligned):
 *
 *   +------------------------------+
 *   | Class *cls                   |  never NULL for a live object
 *   +------------------------------+
 *   | lock word                    |  0: unlocked
 *   |                              |  ...ttttttttt cccccccccccccc 0 : thin, owner thread id t,
 *   |                              |                                 count c (bits 1..15)
 *   |                              |  Monitor* | 1                   : inflated
 *   +------------------------------+
 *   | fields / array length + data |
 *
 * The identity hash is derived from the address: the collector never moves objects.
 * Arrays: int32 length at offset 16, elements from offset 24. */
struct Object {
    Class *cls;
    volatile uintptr_t lock;
};
#define ARRAY_DATA_OFFSET 24
#define ARRAY_LENGTH(o) (*(int32_t *)((char *)(o) + 16))
#define ARRAY_DATA(o, type) ((type *)((char *)(o) + ARRAY_DATA_OFFSET))
#define FIELD_AT(o, off, type) (*(type *)((char *)(o) + (off)))

enum { CLS_LOADED, CLS_LINKED, CLS_INITIALIZING, CLS_INITIALIZED, CLS_ERROR };
enum { KIND_INSTANCE, KIND_ARRAY, KIND_PRIMITIVE };

struct Field {
    const char *name, *desc;      /* interned */
    Class *cls;
    uint16_t access;
    char type;                    /* first char of desc: B C D F I J S Z L [ */
    uint32_t offset;              /* instance: byte offset; static: index into cls->statics */
    uint16_t constval;
};

typedef void (*NativeFn)(Thread *t, Slot *args, Slot *ret);

struct Method {
    const char *name, *desc;      /* interned */
    Class *cls;
    uint16_t access;
    uint16_t max_stack, max_locals;
    uint16_t argslots;            /* argument slots, including this */
    char rtype;                   /* return descriptor char: V I J F D L [ B C S Z */
    uint8_t checked;              /* bytecode passed cf_check_code */
    uint8_t *code;                /* NULL: abstract or native */
    uint32_t code_len;
    cf_handler *handlers;
    uint16_t nhandlers, nlines;
    cf_line *lines;
    int vindex;                   /* vtable slot, -1 for static/private/<init> */
    NativeFn native;              /* natives and VM-synthesised methods */
    void *data;                   /* VM-synthesised methods: their data (lambda proxies) */
};

struct Class {
    Object *mirror;               /* java.lang.Class instance, created lazily */
    const char *name;             /* interned internal name: java/lang/String, [I, int */
    Class *super;
    Class **ifaces;               /* direct superinterfaces */
    uint16_t nifaces;
    uint16_t access;
    uint8_t state, kind;
    char prim;                    /* primitive: its descriptor char; array: component's first char */
    uint8_t is_throwable;
    uint8_t is_boot;              /* loaded from the boot class path */
    Thread *init_thread;
    Field *fields;
    uint16_t nfields, nmethods;
    Method *methods;
    Method **vtable;
    int vtable_len;
    uint32_t size;                /* instance size in bytes (header included) */
    uint32_t *ref_offs;           /* byte offsets of reference fields, superclasses' included */
    uint32_t nrefs;
    Slot *statics;
    uint32_t nstatics;
    cf_class *cf;                 /* parsed class file (kept: constant pool, bootstrap methods) */
    const uint8_t *filedata;      /* the class file (mapped read-only, or malloc'd) */
    void **cp_res;                /* resolved constant-pool entries (Class*, Field*, Method*, ...) */
    Class *component;             /* arrays */
    Class *array_class;           /* cached [this */
    uint8_t elem_size;            /* arrays: bytes per element */
    const char *source_file;
    Class *next_loaded;           /* chain in the class table */
    Class **all_ifaces;           /* every interface implemented, transitively */
    uint16_t nall_ifaces;
    struct Itable *itables;       /* per implemented interface: its methods' targets here */
};

typedef struct Itable { Class *iface; Method **targets; } Itable;

/* A Java frame on the thread's Java stack: [locals][Frame][operand stack]. */
struct Frame {
    Frame *prev;
    Method *m;
    uint8_t *pc;                  /* current instruction (saved when calling out) */
    Slot *locals;
    Slot *sp;                     /* operand stack top (saved when calling out) */
    Object *lock;                 /* monitor of a synchronized method, else NULL */
    uintptr_t entry;              /* 1: entered from C; returning ends interp_run */
};
#define FRAME_SLOTS ((sizeof(Frame) + sizeof(Slot) - 1) / sizeof(Slot))

enum { TS_NEW, TS_RUNNING, TS_SAFE, TS_DEAD };

struct Thread {
    Object *jthread;              /* java.lang.Thread */
    Object *exception;            /* pending exception */
    Slot *stack, *stack_limit, *stack_end;   /* Java stack; limit leaves room to throw SOE */
    Frame *frame;                 /* innermost Java frame */
    char *c_base;                 /* highest address of the C stack in use */
    char *c_limit;                /* below this: StackOverflowError */
    char *saved_sp;               /* while TS_SAFE: lowest C stack address to scan */
    volatile int state;
    int id;
    int daemon;
    volatile int interrupted;
    Monitor *waiting_on;
    pf_mutex *sleep_lock;
    pf_cond *sleep_cond;
    Thread *next;
    int in_soe;                   /* throwing StackOverflowError: reserve zone open */
    int in_oom;                   /* making an OutOfMemoryError: the next failure uses the spare */
    Method *native_method;        /* the native being called (VM-synthesised methods read it) */
    char *tlab_cur, *tlab_lim;    /* this thread's allocation buffer (heap.c), no lock needed */
};

/* ---- options (main.c) ---- */
typedef struct {
    const char *bootclasspath;
    const char **classpath;
    int ncp;
    size_t heap_max;
    size_t stack_size;
    const char **props;           /* "k=v" */
    int nprops;
} VMOptions;
extern VMOptions vm_opts;

/* ---- symbol.c: interned names ---- */
const char *sym_intern(const char *s);
const char *sym_intern_n(const char *s, size_t n);
#define SYMBOLS(X) \
    X(init, "<init>") X(clinit, "<clinit>") X(java_lang_Object, "java/lang/Object") \
    X(java_lang_String, "java/lang/String") X(java_lang_Class, "java/lang/Class") \
    X(java_lang_Throwable, "java/lang/Throwable") X(java_lang_Thread, "java/lang/Thread") \
    X(java_lang_Cloneable, "java/lang/Cloneable") X(java_io_Serializable, "java/io/Serializable") \
    X(V_V, "()V") X(String_V, "(Ljava/lang/String;)V") X(value, "value") X(hash, "hash") \
    X(fillInStackTrace, "fillInStackTrace") X(run, "run") X(main, "main") \
    X(main_desc, "([Ljava/lang/String;)V")
#define SYM_DECL(id, s) extern const char *S_##id;
SYMBOLS(SYM_DECL)
void sym_init(void);

/* ---- heap.c / gc.c: allocation and collection ---- */
void heap_init(size_t max);
/* Zeroed object of size bytes with header cls; NULL and OutOfMemoryError pending on failure.
 * May collect (a safepoint). */
Object *heap_alloc(Thread *t, Class *cls, size_t size);
Object *new_object(Thread *t, Class *cls);
Object *new_array(Thread *t, Class *acls, int32_t len);
size_t object_size(Object *o);
void gc_collect(Thread *t);
void heap_retire_tlab(Thread *t);               /* before a thread ends, or at a collection */
void gc_register_root(Object **p);
size_t heap_free_bytes(void);
size_t heap_total_bytes(void);
size_t heap_max_bytes(void);
/* used by gc.c */
bool heap_is_object(void *p);
Object *heap_find_object(void *p);

/* ---- class.c: loading, linking, initialisation ---- */
void class_init_system(void);
Class *class_find(Thread *t, const char *name);      /* load if needed; NoClassDefFoundError */
Class *class_find_sym(Thread *t, const char *iname); /* iname already interned */
Class *class_lookup_loaded(const char *iname);
Class *class_array_of(Thread *t, Class *elem);
Class *class_primitive(char c);
bool class_initialize(Thread *t, Class *c);           /* runs <clinit> once, per JVMS 5.5 */
bool class_is_subclass(Class *c, Class *of);          /* c assignable to of */
Method *class_find_method(Class *c, const char *name, const char *desc); /* c and supers */
Method *class_find_method_here(Class *c, const char *name, const char *desc);
Method *class_find_interface_method(Class *c, const char *name, const char *desc);
Field *class_find_field(Class *c, const char *name, const char *desc);
Field *class_find_field_byname(Class *c, const char *name);
uint32_t class_field_offset(Class *c, const char *name);
Object *class_mirror(Thread *t, Class *c);
Class *class_from_mirror(Object *mirror);
bool class_link(Thread *t, Class *c);
Class *class_define_synthetic(Thread *t, const char *name, Class *super, Class **ifaces, int nifaces,
                              Method *methods, int nmethods, uint32_t extra_size,
                              uint32_t *ref_offs, uint32_t nrefs);
void class_for_each(void (*fn)(Class *c, void *arg), void *arg);
char *class_java_name(const char *iname);             /* malloc'd "java.lang.String" */
int desc_argslots(const char *desc, char *rtype);
extern Class *C_Object, *C_String, *C_Class, *C_Throwable, *C_Thread, *C_char_array,
    *C_StackTraceElement, *C_Cloneable, *C_Serializable;

/* ---- resolve.c: constant-pool resolution ---- */
Class *resolve_class(Thread *t, Class *from, unsigned idx);
Field *resolve_field(Thread *t, Class *from, unsigned idx, bool is_static);
Method *resolve_method(Thread *t, Class *from, unsigned idx, int kind);
Object *resolve_string(Thread *t, Class *from, unsigned idx);
enum { INV_VIRTUAL, INV_SPECIAL, INV_STATIC, INV_INTERFACE };

/* ---- interp.c: the interpreter ---- */
/* Invoke m with args (argslots slots, this first); result in *ret. false: exception pending. */
bool interp_invoke(Thread *t, Method *m, Slot *args, Slot *ret);
Method *interp_select_virtual(Class *recv, Method *m);

/* ---- exception.c: throwing and stack traces ---- */
void throw_new(Thread *t, const char *cls, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void throw_object(Thread *t, Object *ex);
void throw_npe(Thread *t);
void throw_soe(Thread *t);
void throw_oom(Thread *t);
Object *exception_backtrace(Thread *t, Object *throwable);
int method_line(Method *m, uint32_t pc);
bool exception_is_instance(Object *ex, Class *c);
void exception_report_uncaught(Thread *t);
char *exception_describe(Object *ex);          /* malloc'd "java.lang.X: message" */

/* ---- string.c: java.lang.String from C and back ---- */
void string_init(Thread *t);
Object *string_new_utf8(Thread *t, const char *s);   /* modified UTF-8 or UTF-8 */
Object *string_new_chars(Thread *t, const uint16_t *chars, int32_t n);
Object *string_intern(Thread *t, Object *s);
char *string_to_utf8(Object *s);                      /* malloc'd */
int32_t string_length(Object *s);
uint16_t *string_chars(Object *s);

/* ---- thread.c: Java threads, safepoints ---- */
Thread *thread_attach_main(void);
Thread *thread_attach(bool daemon);     /* the calling platform thread, RUNNING, no jthread yet */
void thread_detach_current(Thread *t);  /* undoes thread_attach: t is off the VM's books */
/* C stack extent of t, running on a platform thread of stack_size bytes from base down */
void thread_set_c_stack(Thread *t, char *base, size_t stack_size);
void thread_blocking(Thread *t, void (*fn)(void *), void *arg);  /* a GC-safe region */
void thread_safepoint_slow(Thread *t);
extern volatile int vm_gc_requested;
#define SAFEPOINT(t) do { if (__builtin_expect(vm_gc_requested, 0)) thread_safepoint_slow(t); } while (0)
bool thread_stop_world(Thread *t);      /* false: someone else collected meanwhile */
void thread_start_world(Thread *t);
void thread_for_each(void (*fn)(Thread *t, void *arg), void *arg);
bool thread_start_java(Thread *t, Object *jthread);
Thread *thread_from_java(Object *jthread);
void thread_sleep(Thread *t, int64_t ms, int32_t nanos);
void thread_interrupt(Thread *t, Object *jthread);
void thread_wait_for_non_daemons(Thread *t);
/* java.lang.Thread.threadStatus values (Thread.getState maps them) */
enum { JTS_NEW = 0, JTS_RUNNABLE = 1, JTS_TERMINATED = 2, JTS_BLOCKED = 3, JTS_WAITING = 4,
       JTS_TIMED_WAITING = 5 };
void thread_set_status(Thread *t, int status);
extern uint32_t off_Thread_eetop, off_Thread_daemon, off_Thread_name, off_Thread_threadStatus;

/* ---- monitor.c: thin locks and monitors ---- */
bool monitor_enter(Thread *t, Object *o);
bool monitor_exit(Thread *t, Object *o);      /* IllegalMonitorStateException if not owner */
bool monitor_wait(Thread *t, Object *o, int64_t ms, int32_t ns);
bool monitor_notify(Thread *t, Object *o, bool all);
bool monitor_holds(Thread *t, Object *o);
void monitor_free_dead(Object *o);              /* collector: o is garbage */
void monitor_init(void);

/* ---- native.c and native_*.c: native methods ---- */
NativeFn native_lookup(const char *cls, const char *name, const char *desc);
typedef struct { const char *cls, *name, *desc; NativeFn fn; } NativeEntry;
extern const NativeEntry native_lang[], native_misc[], native_io[];

/* ---- lambda.c: invokedynamic for LambdaMetafactory ---- */
void *lambda_link(Thread *t, Class *from, unsigned idx);
Object *lambda_make(Thread *t, void *site, Slot *args);
int lambda_site_argslots(void *site);

/* ---- fmt_double.c: Java's double/float text ---- */
void fmt_double(double d, char *buf, size_t n);
void fmt_float(float f, char *buf, size_t n);
void fmt_digits(double d, char *buf, size_t n);
bool parse_double(const char *s, double *out);
/* Decimal text (already checked by parse_double) to the nearest float, rounded once. */
float parse_float_text(const char *s);

/* ---- vm_start.c: options and the start-up sequence, for every launcher ---- */
/* A launcher (main.c on Linux, guest/launcher.c in the unikernel): sets its defaults in
 * vm_opts; vm_parse_options(argc, argv, i) takes java-style options from argv[i] on and
 * returns the index of the first word that is not one (errors: message, exit 1);
 * vm_options_finish fills what is still unset; vm_run(main class, its args, main_stack)
 * runs Java main on the calling thread when main_stack (its usable bytes) is non-zero, else
 * on a new -Xss thread, and ends the process (returns 1 only if the VM could not start). */
size_t vm_parse_size(const char *s);            /* -Xmx syntax: 64m, 512k, 1g */
void vm_add_classpath(const char *dirs);        /* colon-separated */
void vm_add_property(const char *kv);           /* "key=value", kept by reference */
int vm_parse_options(int argc, char **argv, int i);
void vm_options_finish(const char *default_bootclasspath);
int vm_run(const char *main_class, int argc, char **argv, size_t main_stack);
/* The calling platform thread (stack_size bytes, the VM did not start it) as a daemon Java
 * thread named name; NULL before the VM has its main thread group, or out of memory. */
Thread *vm_attach_current_thread(const char *name, size_t stack_size);
/* Runtime.exit(status) on t: shutdown hooks, flush, then the process ends. The first caller
 * runs it; a later one (main ending during a shutdown request) waits for the first. */
_Noreturn void vm_shutdown(Thread *t, int status);
_Noreturn void vm_exit(int status);
extern Thread *vm_main_thread;

static inline uint16_t be16(const uint8_t *p) { return (uint16_t)(p[0] << 8 | p[1]); }
static inline int32_t be32(const uint8_t *p)
{
    return (int32_t)((uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]);
}

#endif
