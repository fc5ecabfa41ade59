/* lambda.c: invokedynamic for javac's lambdas and method references. The VM links call sites
 * whose bootstrap method is LambdaMetafactory.metafactory or altMetafactory itself: it
 * synthesises a final class implementing the functional interface (plus marker interfaces),
 * whose instances hold the captured values in 8-byte slots after the header, and whose
 * interface method (and bridges) is a VM method that adapts the arguments (boxing, unboxing,
 * widening) and calls the implementation method. No general method-handle machinery. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm.h"

typedef struct Site {
    Class *proxy;
    Method *impl;
    int kind;                 /* reference kind of the implementation handle (JVMS 4.4.8) */
    int ncap, cap_slots;
    char *cap_types;          /* descriptor char per captured value */
    Object *singleton;        /* non-capturing sites: the one instance */
    struct Site *next;
} Site;

static Site *sites;
static pf_mutex *site_lock;
static int counter;

enum { REF_getField = 1, REF_invokeVirtual = 5, REF_invokeStatic = 6, REF_invokeSpecial = 7,
       REF_newInvokeSpecial = 8, REF_invokeInterface = 9 };
enum { FLAG_SERIALIZABLE = 1, FLAG_MARKERS = 2, FLAG_BRIDGES = 4 };

void lambda_gc_roots(void (*mark)(Object *))
{
    for (Site *s = sites; s; s = s->next)
        if (s->singleton)
            mark(s->singleton);
}

/* Parameter type chars of a method descriptor; returns the count. */
static int param_types(const char *desc, char *out, int max)
{
    int n = 0;
    for (const char *p = desc + 1; *p != ')';) {
        if (n < max)
            out[n] = *p == '[' ? 'L' : *p;
        n++;
        while (*p == '[')
            p++;
        if (*p == 'L')
            p = strchr(p, ';');
        p++;
    }
    return n;
}

static char ret_type(const char *desc)
{
    char c = strchr(desc, ')')[1];
    return c == '[' ? 'L' : c;
}

static bool wide(char c) { return c == 'J' || c == 'D'; }

/* ---- conversions ---- */

static const char *box_class(char c)
{
    switch (c) {
    case 'Z': return "java/lang/Boolean"; case 'B': return "java/lang/Byte";
    case 'C': return "java/lang/Character"; case 'S': return "java/lang/Short";
    case 'I': return "java/lang/Integer"; case 'J': return "java/lang/Long";
    case 'F': return "java/lang/Float"; default: return "java/lang/Double";
    }
}

static char unbox_type(Class *c)
{
    static const char codes[] = "ZBCSIJFD";
    for (int i = 0; i < 8; i++)
        if (!strcmp(c->name, box_class(codes[i])))
            return codes[i];
    return 0;
}

static Slot widen(Slot v, char from, char to)
{
    Slot r = v;
    if (from == to)
        return r;
    bool from_int = from == 'I' || from == 'B' || from == 'S' || from == 'C' || from == 'Z';
    if (from_int) {
        if (to == 'J') r.j = v.i;
        else if (to == 'F') r.f = (float)v.i;
        else if (to == 'D') r.d = v.i;
    } else if (from == 'J') {
        if (to == 'F') r.f = (float)v.j;
        else if (to == 'D') r.d = (double)v.j;
    } else if (from == 'F' && to == 'D') {
        r.d = v.f;
    }
    return r;
}

static bool call_static(Thread *t, const char *cls, const char *name, const char *desc, Slot *args, Slot *ret)
{
    Class *c = class_find(t, cls);
    if (!c || !class_initialize(t, c))
        return false;
    Method *m = class_find_method(c, sym_intern(name), sym_intern(desc));
    if (!m) {
        throw_new(t, "java/lang/NoSuchMethodError", "%s.%s%s", cls, name, desc);
        return false;
    }
    return interp_invoke(t, m, args, ret);
}

/* Convert v from type s to type d (descriptor chars; 'L' for references). */
static bool convert(Thread *t, Slot v, char s, char d, Slot *out)
{
    if (s == 'L' && d == 'L') {
        *out = v;
        return true;
    }
    if (s != 'L' && d != 'L') {
        *out = widen(v, s, d);
        return true;
    }
    if (s != 'L') {   /* box */
        char desc[64];
        snprintf(desc, sizeof desc, "(%c)L%s;", s, box_class(s));
        return call_static(t, box_class(s), "valueOf", desc, &v, out);
    }
    /* unbox, then widen */
    if (!v.l) {
        throw_npe(t);
        return false;
    }
    char b = unbox_type(v.l->cls);
    if (!b) {
        char *jn = class_java_name(v.l->cls->name);
        throw_new(t, "java/lang/ClassCastException", "class %s cannot be unboxed", jn);
        free(jn);
        return false;
    }
    static const char *const names[] = { "booleanValue", "byteValue", "charValue", "shortValue",
                                         "intValue", "longValue", "floatValue", "doubleValue" };
    char desc[8];
    snprintf(desc, sizeof desc, "()%c", b);
    Method *m = class_find_method(v.l->cls, sym_intern(names[strchr("ZBCSIJFD", b) - "ZBCSIJFD"]), sym_intern(desc));
    Slot r;
    if (!m || !interp_invoke(t, m, &v, &r))
        return false;
    *out = widen(r, b, d);
    return true;
}

/* ---- the proxy method ---- */

static void proxy_call(Thread *t, Slot *args, Slot *ret)
{
    Method *pm = t->native_method;
    Site *s = pm->data;
    Method *impl = s->impl;
    Object *self = args[0].l;
    char tt[256], st[256];
    int nt = 0;
    if (s->kind != REF_invokeStatic && s->kind != REF_newInvokeSpecial)
        tt[nt++] = 'L';
    nt += param_types(impl->desc, tt + nt, 255 - nt);
    int ns = param_types(pm->desc, st, 255);
    if (s->ncap + ns != nt) {
        throw_new(t, "java/lang/AbstractMethodError", "lambda arity mismatch");
        return;
    }
    Slot iargs[512];
    int k = 0, ai = 1;
    if (s->kind == REF_newInvokeSpecial) {
        if (!class_initialize(t, impl->cls))
            return;
        Object *o = new_object(t, impl->cls);
        if (!o)
            return;
        iargs[k++].l = o;
    }
    for (int i = 0; i < s->ncap; i++) {
        Slot v = FIELD_AT(self, sizeof(Object) + 8 * (size_t)i, Slot);
        iargs[k] = v;
        k += wide(s->cap_types[i]) ? 2 : 1;
    }
    for (int i = 0; i < ns; i++) {
        Slot v = args[ai];
        ai += wide(st[i]) ? 2 : 1;
        char d = tt[s->ncap + i];
        if (!convert(t, v, st[i], d, &iargs[k]))
            return;
        k += wide(d) ? 2 : 1;
    }
    Method *target = impl;
    if (s->kind == REF_invokeVirtual || s->kind == REF_invokeInterface) {
        if (!iargs[0].l) {
            throw_npe(t);
            return;
        }
        target = interp_select_virtual(iargs[0].l->cls, impl);
    } else if (s->kind == REF_invokeSpecial && !iargs[0].l) {
        throw_npe(t);
        return;
    }
    Slot r;
    r.j = 0;
    if (!interp_invoke(t, target, iargs, &r))
        return;
    char rt = ret_type(pm->desc), it = ret_type(impl->desc);
    if (s->kind == REF_newInvokeSpecial) {
        r.l = iargs[0].l;
        it = 'L';
    }
    if (rt == 'V')
        return;
    convert(t, r, it, rt, ret);
}

/* ---- linking ---- */

static void bme(Thread *t, const char *msg)
{
    throw_new(t, "java/lang/BootstrapMethodError", "%s", msg);
}

static Method *proxy_method(Site *s, const char *name, const char *desc)
{
    Method *m = calloc(1, sizeof *m);
    m->name = name;
    m->desc = sym_intern(desc);
    m->access = ACC_PUBLIC | ACC_FINAL;
    m->argslots = (uint16_t)(desc_argslots(m->desc, &m->rtype) + 1);
    m->native = proxy_call;
    m->data = s;
    m->vindex = -1;
    return m;
}

void *lambda_link(Thread *t, Class *from, unsigned idx)
{
    cf_class *cf = from->cf;
    cf_const *e = &cf->cp[idx];
    if (e->idx1 >= cf->nbootstrap) {
        bme(t, "bad bootstrap method index");
        return NULL;
    }
    cf_bootstrap *b = &cf->bootstrap[e->idx1];
    cf_const *mh = &cf->cp[b->method_handle];
    cf_const *bref = &cf->cp[mh->idx2];
    const char *bcls = cf->cp[cf->cp[bref->idx1].idx1].str;
    cf_const *bnt = &cf->cp[bref->idx2];
    const char *bname = cf->cp[bnt->idx1].str;
    bool alt = !strcmp(bname, "altMetafactory");
    if (strcmp(bcls, "java/lang/invoke/LambdaMetafactory") || (!alt && strcmp(bname, "metafactory")) ||
        b->nargs < 3) {
        char msg[256];
        snprintf(msg, sizeof msg, "unsupported bootstrap method %s.%s", bcls, bname);
        bme(t, msg);
        return NULL;
    }
    cf_const *nt = &cf->cp[e->idx2];
    const char *sam_name = sym_intern(cf->cp[nt->idx1].str);
    const char *indy_desc = cf->cp[nt->idx2].str;
    cf_const *a0 = &cf->cp[b->args[0]], *a1 = &cf->cp[b->args[1]];
    if (a0->tag != CONST_MethodType || a1->tag != CONST_MethodHandle) {
        bme(t, "bad LambdaMetafactory arguments");
        return NULL;
    }
    const char *sam_desc = cf->cp[a0->idx1].str;
    Site *s = calloc(1, sizeof *s);
    s->kind = a1->idx1;
    int ikind = s->kind == REF_invokeStatic ? INV_STATIC : s->kind == REF_invokeInterface ? INV_INTERFACE
              : s->kind == REF_invokeVirtual ? INV_VIRTUAL : INV_SPECIAL;
    if (s->kind < REF_invokeVirtual) {
        bme(t, "field method handles are not supported");
        free(s);
        return NULL;
    }
    s->impl = resolve_method(t, from, a1->idx2, ikind);
    if (!s->impl) {
        free(s);
        return NULL;
    }
    if (s->kind == REF_invokeStatic && !class_initialize(t, s->impl->cls)) {
        free(s);
        return NULL;
    }
    /* the functional interface is the call site's return type */
    const char *r = strchr(indy_desc, ')') + 1;
    Class *iface = class_find_sym(t, sym_intern_n(r + 1, strlen(r) - 2));
    if (!iface) {
        free(s);
        return NULL;
    }
    char caps[256];
    s->ncap = param_types(indy_desc, caps, 255);
    s->cap_types = malloc((size_t)s->ncap + 1);
    memcpy(s->cap_types, caps, (size_t)s->ncap);
    s->cap_slots = desc_argslots(indy_desc, NULL);
    Class *ifaces[64];
    int nif = 0;
    ifaces[nif++] = iface;
    Method *methods = calloc(64, sizeof(Method));
    int nm = 0;
    methods[nm++] = *proxy_method(s, sam_name, sam_desc);
    if (alt && b->nargs >= 4 && cf->cp[b->args[3]].tag == CONST_Integer) {
        int flags = cf->cp[b->args[3]].v.i, ai = 4;
        if (flags & FLAG_MARKERS && ai < b->nargs) {
            int n = cf->cp[b->args[ai++]].v.i;
            for (int i = 0; i < n && ai < b->nargs && nif < 63; i++) {
                Class *mc = resolve_class(t, from, b->args[ai++]);
                if (!mc) {
                    free(s);
                    return NULL;
                }
                ifaces[nif++] = mc;
            }
        }
        if (flags & FLAG_BRIDGES && ai < b->nargs) {
            int n = cf->cp[b->args[ai++]].v.i;
            for (int i = 0; i < n && ai < b->nargs && nm < 63; i++) {
                cf_const *bt = &cf->cp[b->args[ai++]];
                methods[nm++] = *proxy_method(s, sam_name, cf->cp[bt->idx1].str);
            }
        }
    }
    uint32_t *refs = calloc((size_t)s->ncap + 1, sizeof(uint32_t)), nrefs = 0;
    for (int i = 0; i < s->ncap; i++)
        if (caps[i] == 'L')
            refs[nrefs++] = (uint32_t)(sizeof(Object) + 8 * (size_t)i);
    Class **ifl = malloc(sizeof(Class *) * (size_t)nif);
    memcpy(ifl, ifaces, sizeof(Class *) * (size_t)nif);
    char name[512];
    pf_mutex_lock(site_lock);
    int id = ++counter;
    pf_mutex_unlock(site_lock);
    snprintf(name, sizeof name, "%s$$Lambda$%d", from->name, id);
    s->proxy = class_define_synthetic(t, name, C_Object, ifl, nif, methods, nm, 8 * (uint32_t)s->ncap, refs, nrefs);
    /* class_link copied nothing from the super's refs: the proxy's only references are ours */
    pf_mutex_lock(site_lock);
    s->next = sites;
    sites = s;
    pf_mutex_unlock(site_lock);
    __atomic_store_n(&from->cp_res[idx], s, __ATOMIC_RELEASE);
    return s;
}

int lambda_site_argslots(void *site) { return ((Site *)site)->cap_slots; }

Object *lambda_make(Thread *t, void *site, Slot *args)
{
    Site *s = site;
    if (s->ncap == 0 && s->singleton)
        return s->singleton;
    Object *o = new_object(t, s->proxy);
    if (!o)
        return NULL;
    for (int i = 0, k = 0; i < s->ncap; i++) {
        FIELD_AT(o, sizeof(Object) + 8 * (size_t)i, Slot) = args[k];
        k += wide(s->cap_types[i]) ? 2 : 1;
    }
    if (s->ncap == 0)
        s->singleton = o;   /* a race only makes a second, equally good instance */
    return o;
}

void lambda_init(void) { site_lock = pf_mutex_new(); }
