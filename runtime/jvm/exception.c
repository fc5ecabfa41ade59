/* exception.c: raising Java exceptions from C, filling and reading stack traces, reporting an
 * exception nobody caught. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm.h"

/* Like OpenJDK (MaxJavaStackTraceDepth): a trace keeps the innermost 1024 frames. */
#define MAX_TRACE_DEPTH 1024

static uint32_t off_backtrace = 0, off_detailMessage;
static Object *preallocated_oom;
static int throw_depth;

void exception_init(Thread *t)
{
    off_backtrace = class_field_offset(C_Throwable, "backtrace");
    off_detailMessage = class_field_offset(C_Throwable, "detailMessage");
    Class *oom = class_find(t, "java/lang/OutOfMemoryError");
    /* made by its constructor now, while the heap has room; used when it has none */
    Method *ctor = oom && class_initialize(t, oom) ? class_find_method_here(oom, S_init, S_String_V) : NULL;
    Object *o = ctor ? new_object(t, oom) : NULL;
    Slot args[2] = { { .l = o }, { .l = o ? string_new_utf8(t, "Java heap space") : NULL } }, ret;
    if (o && args[1].l && interp_invoke(t, ctor, args, &ret)) {
        preallocated_oom = o;
        gc_register_root(&preallocated_oom);
    }
    t->exception = NULL;
}

void throw_object(Thread *t, Object *ex) { t->exception = ex; }

static void fatal(const char *cls, const char *msg)
{
    fprintf(stderr, "Error occurred during initialization of VM\n%s: %s\n", cls, msg ? msg : "");
    pf_exit(1);
}

void throw_new(Thread *t, const char *clsname, const char *fmt, ...)
{
    char msg[512];
    if (fmt) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(msg, sizeof msg, fmt, ap);
        va_end(ap);
    }
    if (!off_backtrace || throw_depth > 8)
        fatal(clsname, fmt ? msg : NULL);
    throw_depth++;
    t->exception = NULL;
    Class *c = class_find(t, clsname);
    Object *ex = NULL;
    if (c && class_initialize(t, c) && (ex = new_object(t, c))) {
        Object *s = fmt ? string_new_utf8(t, msg) : NULL;
        Method *ctor = class_find_method_here(c, S_init, S_String_V);
        Slot args[2] = { { .l = ex }, { .l = s } }, ret;
        if (!t->exception && ctor)
            interp_invoke(t, ctor, args, &ret);
    }
    if (!t->exception)
        t->exception = ex;
    throw_depth--;
}

void throw_npe(Thread *t) { throw_new(t, "java/lang/NullPointerException", NULL); }

void throw_soe(Thread *t)
{
    if (t->in_soe) {
        t->exception = NULL;
        return;
    }
    t->in_soe = 1;
    throw_new(t, "java/lang/StackOverflowError", NULL);
    t->in_soe = 0;
}

void throw_oom(Thread *t)
{
    if (preallocated_oom && !t->in_oom) {
        /* a request too big for the heap often leaves room for the error itself: make a real
         * one (with this stack trace); if even that fails, use the spare instance */
        t->in_oom = 1;
        throw_new(t, "java/lang/OutOfMemoryError", "Java heap space");
        t->in_oom = 0;
        return;
    }
    if (preallocated_oom) {
        t->exception = preallocated_oom;
        return;
    }
    fatal("java.lang.OutOfMemoryError", "Java heap space");
}

bool exception_is_instance(Object *ex, Class *c) { return class_is_subclass(ex->cls, c); }

int method_line(Method *m, uint32_t pc)
{
    int line = -1;
    uint32_t best = 0;
    for (unsigned i = 0; i < m->nlines; i++)
        if (m->lines[i].pc <= pc && (line < 0 || m->lines[i].pc >= best)) {
            best = m->lines[i].pc;
            line = m->lines[i].line;
        }
    return line;
}

/* Throwable.fillInStackTrace(): record (method, pc) pairs of the Java frames, leaving out the
 * frames that are building the throwable itself. */
static void fill_in(Thread *t, Object *throwable)
{
    Frame *f = t->frame;
    while (f && (f->m->name == S_fillInStackTrace ||
                 (f->m->name == S_init && f->m->cls->is_throwable &&
                  class_is_subclass(throwable->cls, f->m->cls))))
        f = f->prev;
    int n = 0;
    for (Frame *g = f; g && n < MAX_TRACE_DEPTH; g = g->prev)
        n++;
    Class *lc = class_array_of(t, class_primitive('J'));
    Object *bt = new_array(t, lc, 2 * n);
    if (!bt)
        return;
    int64_t *d = ARRAY_DATA(bt, int64_t);
    for (int i = 0; f && i < n; f = f->prev, i++) {
        d[2 * i] = (int64_t)(uintptr_t)f->m;
        d[2 * i + 1] = f->m->code ? (int64_t)(f->pc - f->m->code) : -1;
    }
    FIELD_AT(throwable, off_backtrace, Object *) = bt;
}

void native_fillInStackTrace(Thread *t, Slot *args, Slot *ret)
{
    fill_in(t, args[0].l);
    ret->l = args[0].l;
}

static Object *str_or_null(Thread *t, const char *s) { return s ? string_new_utf8(t, s) : NULL; }

/* StackTraceElement[] for a throwable's backtrace (NULL and pending exception on failure). */
Object *exception_backtrace(Thread *t, Object *throwable)
{
    Object *bt = FIELD_AT(throwable, off_backtrace, Object *);
    int n = bt ? ARRAY_LENGTH(bt) / 2 : 0;
    Object *arr = new_array(t, class_array_of(t, C_StackTraceElement), n);
    if (!arr)
        return NULL;
    static uint32_t o_cls, o_meth, o_file, o_line, o_mod;
    static Object *java_base;
    if (!o_cls) {
        o_mod = class_field_offset(C_StackTraceElement, "moduleName");
        java_base = string_intern(t, string_new_utf8(t, "java.base"));
        o_meth = class_field_offset(C_StackTraceElement, "methodName");
        o_file = class_field_offset(C_StackTraceElement, "fileName");
        o_line = class_field_offset(C_StackTraceElement, "lineNumber");
        o_cls = class_field_offset(C_StackTraceElement, "declaringClass");
    }
    for (int i = 0; i < n; i++) {
        Method *m = (Method *)(uintptr_t)ARRAY_DATA(bt, int64_t)[2 * i];
        int64_t pc = ARRAY_DATA(bt, int64_t)[2 * i + 1];
        Object *e = new_object(t, C_StackTraceElement);
        if (!e)
            return NULL;
        ARRAY_DATA(arr, Object *)[i] = e;
        char *jn = class_java_name(m->cls->name);
        Object *s = string_new_utf8(t, jn);
        free(jn);
        FIELD_AT(e, o_cls, Object *) = s;
        FIELD_AT(e, o_meth, Object *) = str_or_null(t, m->name);
        FIELD_AT(e, o_file, Object *) = str_or_null(t, m->cls->source_file);
        if (m->cls->is_boot)
            FIELD_AT(e, o_mod, Object *) = java_base;
        FIELD_AT(e, o_line, int32_t) = (m->access & ACC_NATIVE) ? -2 : pc < 0 ? -1 : method_line(m, (uint32_t)pc);
        if (t->exception)
            return NULL;
    }
    return arr;
}

/* Thread.dispatchUncaughtException(e) prints "Exception in thread ..." the Java way; if even
 * that fails, say what we can from C. */
char *exception_describe(Object *ex);

void exception_report_uncaught(Thread *t)
{
    Object *ex = t->exception;
    t->exception = NULL;
    if (!ex)
        return;
    Method *d = t->jthread ? class_find_method(t->jthread->cls, sym_intern("dispatchUncaughtException"),
                                               sym_intern("(Ljava/lang/Throwable;)V")) : NULL;
    Slot args[2] = { { .l = t->jthread }, { .l = ex } }, ret;
    if (d && interp_invoke(t, d, args, &ret))
        return;
    Object *second = t->exception;
    t->exception = NULL;
    if (second) {
        /* the handler itself failed: HotSpot's words for it */
        char *jn = class_java_name(second->cls->name);
        Object *name = FIELD_AT(t->jthread, off_Thread_name, Object *);
        char *tn = name ? string_to_utf8(name) : NULL;
        fprintf(stderr, "\nException: %s thrown from the UncaughtExceptionHandler in thread \"%s\"\n", jn,
                tn ? tn : "");
        free(jn);
        free(tn);
        return;
    }
    char *text = exception_describe(ex);
    fprintf(stderr, "Exception in thread \"main\" %s\n", text);
    free(text);
}

char *exception_describe(Object *ex)
{
    char *jn = class_java_name(ex->cls->name);
    Object *msg = FIELD_AT(ex, off_detailMessage, Object *);
    char *m = msg ? string_to_utf8(msg) : NULL;
    size_t n = strlen(jn) + (m ? strlen(m) + 2 : 0) + 1;
    char *out = malloc(n);
    snprintf(out, n, "%s%s%s", jn, m ? ": " : "", m ? m : "");
    free(jn);
    free(m);
    return out;
}
