/* native_lang.c: natives of java.lang.Object, Class, System, Runtime, Thread, Throwable, String
 * and java.lang.reflect.Array. Arguments arrive in slots (this first); see NativeFn. */
#include <stdlib.h>
#include <string.h>

#include "vm.h"

#define NATIVE(name) static void name(Thread *t, Slot *a, Slot *ret)

/* ---- java.lang.Object ---- */
NATIVE(obj_getClass) { ret->l = class_mirror(t, a[0].l->cls); }
NATIVE(obj_hashCode)
{
    uintptr_t h = (uintptr_t)a[0].l >> 4;
    h ^= h >> 15;
    h *= 0x2c1b3c6dU;
    h ^= h >> 12;
    ret->i = (int32_t)(h & 0x7fffffff);
}
NATIVE(obj_clone)
{
    Object *o = a[0].l;
    if (o->cls->kind != KIND_ARRAY && !class_is_subclass(o->cls, C_Cloneable)) {
        char *jn = class_java_name(o->cls->name);
        throw_new(t, "java/lang/CloneNotSupportedException", "%s", jn);
        free(jn);
        return;
    }
    size_t size = object_size(o);
    Object *c = heap_alloc(t, o->cls, size);
    if (!c)
        return;
    memcpy((char *)c + sizeof(Object), (char *)o + sizeof(Object), size - sizeof(Object));
    ret->l = c;
}
NATIVE(obj_notify) { monitor_notify(t, a[0].l, false); }
NATIVE(obj_notifyAll) { monitor_notify(t, a[0].l, true); }
NATIVE(obj_wait) { monitor_wait(t, a[0].l, a[1].j, 0); }

/* ---- java.lang.Class ---- */
static Class *self(Slot *a) { return class_from_mirror(a[0].l); }
NATIVE(cls_initName)
{
    char *jn = class_java_name(self(a)->name);
    ret->l = string_new_utf8(t, jn);
    free(jn);
}
NATIVE(cls_isInstance) { ret->i = a[1].l && class_is_subclass(a[1].l->cls, self(a)); }
NATIVE(cls_isAssignableFrom)
{
    if (!a[1].l) {
        throw_npe(t);
        return;
    }
    ret->i = class_is_subclass(class_from_mirror(a[1].l), self(a));
}
NATIVE(cls_isInterface) { ret->i = (self(a)->access & ACC_INTERFACE) != 0; }
NATIVE(cls_isArray) { ret->i = self(a)->kind == KIND_ARRAY; }
NATIVE(cls_isPrimitive) { ret->i = self(a)->kind == KIND_PRIMITIVE; }
NATIVE(cls_getModifiers) { ret->i = self(a)->access & 0x7631; }
NATIVE(cls_getSuperclass)
{
    Class *c = self(a);
    ret->l = (c->super && !(c->access & ACC_INTERFACE)) ? class_mirror(t, c->super) : NULL;
}
NATIVE(cls_getComponentType)
{
    Class *c = self(a);
    ret->l = c->component ? class_mirror(t, c->component) : NULL;
}
NATIVE(cls_forName0)
{
    if (!a[0].l) {
        throw_npe(t);
        return;
    }
    char *n = string_to_utf8(a[0].l);
    for (char *p = n; *p; p++)
        if (*p == '.')
            *p = '/';
        else if (*p == '/')
            *p = '.';   /* "a/b" is not a binary name: make the lookup fail */
    Class *c = n[0] ? class_find(t, n) : NULL;
    if (c && !class_initialize(t, c))
        c = NULL;
    if (!c) {
        Object *ex = t->exception;
        bool ncdfe = !ex || strcmp(ex->cls->name, "java/lang/NoClassDefFoundError") == 0;
        if (ncdfe) {
            char *jn = string_to_utf8(a[0].l);
            throw_new(t, "java/lang/ClassNotFoundException", "%s", jn);
            free(jn);
        }
    } else {
        ret->l = class_mirror(t, c);
    }
    free(n);
}
NATIVE(cls_getPrimitiveClass)
{
    char *n = string_to_utf8(a[0].l);
    static const char *names[] = { "boolean", "byte", "char", "short", "int", "long", "float", "double", "void" };
    static const char codes[] = "ZBCSIJFDV";
    ret->l = NULL;
    for (int i = 0; i < 9; i++)
        if (!strcmp(n, names[i]))
            ret->l = class_mirror(t, class_primitive(codes[i]));
    free(n);
}
NATIVE(cls_invokeValues)
{
    Class *c = self(a);
    Method *m = NULL;
    for (unsigned i = 0; i < c->nmethods; i++)
        if (!strcmp(c->methods[i].name, "values") && (c->methods[i].access & ACC_STATIC) &&
            c->methods[i].desc[1] == ')')
            m = &c->methods[i];
    ret->l = NULL;
    if (!m || !class_initialize(t, c))
        return;
    interp_invoke(t, m, NULL, ret);
}
NATIVE(cls_newInstance0)
{
    Class *c = self(a);
    if (c->kind != KIND_INSTANCE || (c->access & (ACC_ABSTRACT | ACC_INTERFACE))) {
        char *jn = class_java_name(c->name);
        throw_new(t, "java/lang/InstantiationException", "%s", jn);
        free(jn);
        return;
    }
    Method *ctor = class_find_method_here(c, S_init, S_V_V);
    if (!ctor) {
        char *jn = class_java_name(c->name);
        throw_new(t, "java/lang/InstantiationException", "%s", jn);
        free(jn);
        return;
    }
    if (!class_initialize(t, c))
        return;
    Object *o = new_object(t, c);
    Slot args[1] = { { .l = o } }, r;
    if (o && interp_invoke(t, ctor, args, &r))
        ret->l = o;
}
NATIVE(cls_getInterfaces)
{
    Class *c = self(a);
    Object *arr = new_array(t, class_array_of(t, C_Class), c->nifaces);
    for (unsigned i = 0; arr && i < c->nifaces; i++) {
        Object *m = class_mirror(t, c->ifaces[i]);
        if (!m)
            return;
        ARRAY_DATA(arr, Object *)[i] = m;
    }
    ret->l = arr;
}
NATIVE(cls_isBoot) { ret->i = self(a)->cf && self(a)->is_boot; }

/* ---- java.lang.System ---- */

/* How OpenJDK 17's arraycopy messages name an array type: "int" or "object array". */
static const char *arraycopy_kind(Class *ac)
{
    return ac->component->kind == KIND_PRIMITIVE ? ac->component->name : "object array";
}

/* The bounds checks in OpenJDK 17's order and words; true if the copy may go ahead. The sums
 * are unsigned 32-bit as there (a huge length shows as 2147483648, not a negative). */
static bool arraycopy_bounds(Thread *t, Object *src, int32_t sp, Object *dst, int32_t dp, int32_t n)
{
    const char *aioobe = "java/lang/ArrayIndexOutOfBoundsException";
    uint32_t sl = (uint32_t)ARRAY_LENGTH(src), dl = (uint32_t)ARRAY_LENGTH(dst);
    const char *sk = arraycopy_kind(src->cls), *dk = arraycopy_kind(dst->cls);
    if (sp < 0)
        throw_new(t, aioobe, "arraycopy: source index %d out of bounds for %s[%u]", sp, sk, sl);
    else if (dp < 0)
        throw_new(t, aioobe, "arraycopy: destination index %d out of bounds for %s[%u]", dp, dk, dl);
    else if (n < 0)
        throw_new(t, aioobe, "arraycopy: length %d is negative", n);
    else if ((uint32_t)sp + (uint32_t)n > sl)
        throw_new(t, aioobe, "arraycopy: last source index %u out of bounds for %s[%u]",
                  (uint32_t)sp + (uint32_t)n, sk, sl);
    else if ((uint32_t)dp + (uint32_t)n > dl)
        throw_new(t, aioobe, "arraycopy: last destination index %u out of bounds for %s[%u]",
                  (uint32_t)dp + (uint32_t)n, dk, dl);
    else
        return true;
    return false;
}

/* Reference elements one by one, each checked against the destination's component type; the
 * elements before a failing one stay copied (as in OpenJDK). */
static void arraycopy_checked(Thread *t, Object **so, Object **dob, int32_t n, Class *sc, Class *dc)
{
    for (int32_t i = 0; i < n; i++) {
        if (so[i] && !class_is_subclass(so[i]->cls, dc->component)) {
            char *x = class_java_name(sc->component->name), *y = class_java_name(dc->component->name);
            throw_new(t, "java/lang/ArrayStoreException",
                      "arraycopy: element type mismatch: can not cast one of the elements of %s[] to the type of the destination array, %s",
                      x, y);
            free(x);
            free(y);
            return;
        }
        dob[i] = so[i];
    }
}

NATIVE(sys_arraycopy)
{
    Object *src = a[0].l, *dst = a[2].l;
    int32_t sp = a[1].i, dp = a[3].i, n = a[4].i;
    if (!src || !dst) {
        throw_npe(t);
        return;
    }
    Class *sc = src->cls, *dc = dst->cls;
    if (sc->kind != KIND_ARRAY || dc->kind != KIND_ARRAY) {
        char *jn = class_java_name((sc->kind != KIND_ARRAY ? sc : dc)->name);
        throw_new(t, "java/lang/ArrayStoreException", "arraycopy: %s type %s is not an array",
                  sc->kind != KIND_ARRAY ? "source" : "destination", jn);
        free(jn);
        return;
    }
    bool sprim = sc->component->kind == KIND_PRIMITIVE, dprim = dc->component->kind == KIND_PRIMITIVE;
    if (sprim != dprim || (sprim && sc != dc)) {
        throw_new(t, "java/lang/ArrayStoreException", "arraycopy: type mismatch: can not copy %s[] into %s[]",
                  arraycopy_kind(sc), arraycopy_kind(dc));
        return;
    }
    if (!arraycopy_bounds(t, src, sp, dst, dp, n))
        return;
    size_t es = sc->elem_size;
    char *s = (char *)src + ARRAY_DATA_OFFSET + (size_t)sp * es;
    char *d = (char *)dst + ARRAY_DATA_OFFSET + (size_t)dp * es;
    if (sprim || class_is_subclass(sc->component, dc->component))
        memmove(d, s, (size_t)n * es);
    else
        arraycopy_checked(t, (Object **)s, (Object **)d, n, sc, dc);
}
NATIVE(sys_currentTimeMillis) { ret->j = (int64_t)pf_wallclock_ms(); }
NATIVE(sys_nanoTime) { ret->j = (int64_t)pf_nanotime(); }
NATIVE(sys_identityHashCode)
{
    if (!a[0].l) {
        ret->i = 0;
        return;
    }
    obj_hashCode(t, a, ret);
}
static void set_static(Thread *t, const char *cls, const char *field, Object *v)
{
    Class *c = class_find(t, cls);
    Field *f = c ? class_find_field_byname(c, field) : NULL;
    if (f)
        c->statics[f->offset].l = v;
}
NATIVE(sys_setOut0) { set_static(t, "java/lang/System", "out", a[0].l); }
NATIVE(sys_setErr0) { set_static(t, "java/lang/System", "err", a[0].l); }
NATIVE(sys_setIn0) { set_static(t, "java/lang/System", "in", a[0].l); }

static const char *default_prop(const char *k)
{
    static const char *const defaults[][2] = {
        { "java.version", "1.8.0" }, { "java.vendor", "Stardust" },
        { "java.vm.name", "Stardust VM" }, { "java.specification.version", "1.8" },
        { "java.class.version", "52.0" }, { "os.name", "Linux" }, { "os.arch", "amd64" },
        { "file.separator", "/" }, { "path.separator", ":" }, { "line.separator", "\n" },
        { "file.encoding", "UTF-8" }, { "user.dir", "/" }, { "java.io.tmpdir", "/tmp" },
        { "user.name", "stardust" }, { "user.home", "/" },
    };
    for (size_t i = 0; i < sizeof defaults / sizeof defaults[0]; i++)
        if (!strcmp(k, defaults[i][0]))
            return defaults[i][1];
    return NULL;
}
NATIVE(sys_getProperty0)
{
    char *k = string_to_utf8(a[0].l);
    size_t kl = strlen(k);
    const char *v = NULL;
    for (int i = vm_opts.nprops - 1; i >= 0 && !v; i--)
        if (!strncmp(vm_opts.props[i], k, kl) && vm_opts.props[i][kl] == '=')
            v = vm_opts.props[i] + kl + 1;
    if (!v)
        v = default_prop(k);
    free(k);
    ret->l = v ? string_new_utf8(t, v) : NULL;
}
NATIVE(sys_getenv0)
{
    char *k = string_to_utf8(a[0].l);
    const char *v = getenv(k);
    free(k);
    ret->l = v ? string_new_utf8(t, v) : NULL;
}

/* ---- java.lang.Runtime ---- */
NATIVE(rt_availableProcessors) { ret->i = pf_processors(); }
NATIVE(rt_freeMemory) { ret->j = (int64_t)heap_free_bytes(); }
NATIVE(rt_totalMemory) { ret->j = (int64_t)heap_total_bytes(); }
NATIVE(rt_maxMemory) { ret->j = (int64_t)heap_max_bytes(); }
NATIVE(rt_gc) { gc_collect(t); }
NATIVE(rt_halt0) { vm_exit(a[0].i); }

/* ---- java.lang.Thread ---- */
NATIVE(thr_currentThread) { ret->l = t->jthread; }
NATIVE(thr_start0) { thread_start_java(t, a[0].l); }
NATIVE(thr_sleep0) { thread_sleep(t, a[0].j, a[2].i); }
NATIVE(thr_yield) { pf_thread_yield(); }
NATIVE(thr_interrupt0) { thread_interrupt(t, a[0].l); }
NATIVE(thr_isInterrupted0)
{
    Thread *th = thread_from_java(a[0].l);
    ret->i = th && th->interrupted;
    if (th && a[1].i)
        th->interrupted = 0;
}
NATIVE(thr_holdsLock)
{
    if (!a[0].l) {
        throw_npe(t);
        return;
    }
    ret->i = monitor_holds(t, a[0].l);
}

/* ---- java.lang.Throwable ---- */
void native_fillInStackTrace(Thread *t, Slot *args, Slot *ret);
NATIVE(thr_getStackTrace0) { ret->l = exception_backtrace(t, a[0].l); }

/* ---- java.lang.String ---- */
NATIVE(str_intern) { ret->l = string_intern(t, a[0].l); }

/* ---- java.lang.reflect.Array ---- */
NATIVE(arr_newArray)
{
    if (!a[0].l) {
        throw_npe(t);
        return;
    }
    Class *c = class_from_mirror(a[0].l);
    if (c == class_primitive('V')) {
        throw_new(t, "java/lang/IllegalArgumentException", NULL);
        return;
    }
    ret->l = new_array(t, class_array_of(t, c), a[1].i);
}
NATIVE(arr_getLength)
{
    if (!a[0].l) {
        throw_npe(t);
        return;
    }
    if (a[0].l->cls->kind != KIND_ARRAY) {
        throw_new(t, "java/lang/IllegalArgumentException", "Argument is not an array");
        return;
    }
    ret->i = ARRAY_LENGTH(a[0].l);
}

const NativeEntry native_lang[] = {
    { "java/lang/Object", "getClass", "()Ljava/lang/Class;", obj_getClass },
    { "java/lang/Object", "hashCode", "()I", obj_hashCode },
    { "java/lang/Object", "clone", "()Ljava/lang/Object;", obj_clone },
    { "java/lang/Object", "notify", "()V", obj_notify },
    { "java/lang/Object", "notifyAll", "()V", obj_notifyAll },
    { "java/lang/Object", "wait", "(J)V", obj_wait },
    { "java/lang/Class", "initName", "()Ljava/lang/String;", cls_initName },
    { "java/lang/Class", "isInstance", "(Ljava/lang/Object;)Z", cls_isInstance },
    { "java/lang/Class", "isAssignableFrom", "(Ljava/lang/Class;)Z", cls_isAssignableFrom },
    { "java/lang/Class", "isInterface", "()Z", cls_isInterface },
    { "java/lang/Class", "isArray", "()Z", cls_isArray },
    { "java/lang/Class", "isPrimitive", "()Z", cls_isPrimitive },
    { "java/lang/Class", "getModifiers", "()I", cls_getModifiers },
    { "java/lang/Class", "getSuperclass", "()Ljava/lang/Class;", cls_getSuperclass },
    { "java/lang/Class", "getComponentType", "()Ljava/lang/Class;", cls_getComponentType },
    { "java/lang/Class", "forName0", "(Ljava/lang/String;)Ljava/lang/Class;", cls_forName0 },
    { "java/lang/Class", "getPrimitiveClass", "(Ljava/lang/String;)Ljava/lang/Class;", cls_getPrimitiveClass },
    { "java/lang/Class", "invokeValues", "()Ljava/lang/Object;", cls_invokeValues },
    { "java/lang/Class", "newInstance0", "()Ljava/lang/Object;", cls_newInstance0 },
    { "java/lang/Class", "isBootClass", "()Z", cls_isBoot },
    { "java/lang/Class", "getInterfaces", "()[Ljava/lang/Class;", cls_getInterfaces },
    { "java/lang/System", "arraycopy", "(Ljava/lang/Object;ILjava/lang/Object;II)V", sys_arraycopy },
    { "java/lang/System", "currentTimeMillis", "()J", sys_currentTimeMillis },
    { "java/lang/System", "nanoTime", "()J", sys_nanoTime },
    { "java/lang/System", "identityHashCode", "(Ljava/lang/Object;)I", sys_identityHashCode },
    { "java/lang/System", "setOut0", "(Ljava/io/PrintStream;)V", sys_setOut0 },
    { "java/lang/System", "setErr0", "(Ljava/io/PrintStream;)V", sys_setErr0 },
    { "java/lang/System", "setIn0", "(Ljava/io/InputStream;)V", sys_setIn0 },
    { "java/lang/System", "getProperty0", "(Ljava/lang/String;)Ljava/lang/String;", sys_getProperty0 },
    { "java/lang/System", "getenv0", "(Ljava/lang/String;)Ljava/lang/String;", sys_getenv0 },
    { "java/lang/Runtime", "availableProcessors", "()I", rt_availableProcessors },
    { "java/lang/Runtime", "freeMemory", "()J", rt_freeMemory },
    { "java/lang/Runtime", "totalMemory", "()J", rt_totalMemory },
    { "java/lang/Runtime", "maxMemory", "()J", rt_maxMemory },
    { "java/lang/Runtime", "gc", "()V", rt_gc },
    { "java/lang/Runtime", "halt0", "(I)V", rt_halt0 },
    { "java/lang/Thread", "currentThread", "()Ljava/lang/Thread;", thr_currentThread },
    { "java/lang/Thread", "start0", "()V", thr_start0 },
    { "java/lang/Thread", "sleep0", "(JI)V", thr_sleep0 },
    { "java/lang/Thread", "yield", "()V", thr_yield },
    { "java/lang/Thread", "interrupt0", "()V", thr_interrupt0 },
    { "java/lang/Thread", "isInterrupted0", "(Z)Z", thr_isInterrupted0 },
    { "java/lang/Thread", "holdsLock", "(Ljava/lang/Object;)Z", thr_holdsLock },
    { "java/lang/Throwable", "fillInStackTrace0", "()V", native_fillInStackTrace },
    { "java/lang/Throwable", "getStackTrace0", "()[Ljava/lang/StackTraceElement;", thr_getStackTrace0 },
    { "java/lang/String", "intern", "()Ljava/lang/String;", str_intern },
    { "java/lang/reflect/Array", "newArray", "(Ljava/lang/Class;I)Ljava/lang/Object;", arr_newArray },
    { "java/lang/reflect/Array", "getLength", "(Ljava/lang/Object;)I", arr_getLength },
    { NULL, NULL, NULL, NULL },
};
