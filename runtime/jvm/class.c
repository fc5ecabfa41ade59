/* class.c: finding, loading, linking and initialising classes (JVMS 8 §5).
 *
 * One namespace (the boot class path followed by the class path). Loading a class loads its
 * superclass and interfaces first, without holding a lock; the table lock is taken only to
 * publish the finished class (a thread that loses the race uses the winner's). Linking lays out
 * fields, builds the vtable and the itables; initialisation follows JVMS §5.5 with one global
 * lock and condition variable.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm.h"

Class *C_Object, *C_String, *C_Class, *C_Throwable, *C_Thread, *C_char_array, *C_StackTraceElement,
    *C_Cloneable, *C_Serializable;

#define TABLE_SIZE 4096
static Class *table[TABLE_SIZE];
static pf_mutex *table_lock, *init_lock;
static pf_cond *init_cond;
static uint32_t off_Class_vmdata;
static Class *primitives[9];

static unsigned name_hash(const char *iname) { return (unsigned)(((uintptr_t)iname >> 4) % TABLE_SIZE); }

Class *class_lookup_loaded(const char *iname)
{
    pf_mutex_lock(table_lock);
    Class *c = table[name_hash(iname)];
    while (c && c->name != iname)
        c = c->next_loaded;
    pf_mutex_unlock(table_lock);
    return c;
}

/* Publish c; if another thread published the same name first, return that class instead. */
static Class *publish(Class *c)
{
    pf_mutex_lock(table_lock);
    unsigned h = name_hash(c->name);
    for (Class *e = table[h]; e; e = e->next_loaded)
        if (e->name == c->name) {
            pf_mutex_unlock(table_lock);
            return e;
        }
    c->next_loaded = table[h];
    table[h] = c;
    pf_mutex_unlock(table_lock);
    return c;
}

void class_for_each(void (*fn)(Class *c, void *arg), void *arg)
{
    for (int i = 0; i < TABLE_SIZE; i++)
        for (Class *c = table[i]; c; c = c->next_loaded)
            fn(c, arg);
}

char *class_java_name(const char *iname)
{
    char *s = strdup(iname);
    for (char *p = s; *p; p++)
        if (*p == '/')
            *p = '.';
    return s;
}

int desc_argslots(const char *desc, char *rtype)
{
    int n = 0;
    const char *p = desc + 1;
    while (*p != ')') {
        if (*p == 'J' || *p == 'D')
            n += 2;
        else
            n++;
        while (*p == '[')
            p++;
        if (*p == 'L')
            p = strchr(p, ';');
        p++;
    }
    if (rtype)
        *rtype = p[1];
    return n;
}

/* ---- subtype test ---- */

static bool implements(Class *c, Class *iface)
{
    for (unsigned i = 0; i < c->nall_ifaces; i++)
        if (c->all_ifaces[i] == iface)
            return true;
    return false;
}

bool class_is_subclass(Class *c, Class *of)
{
    if (c == of || of == C_Object)
        return c->kind != KIND_PRIMITIVE || c == of;
    if (of->access & ACC_INTERFACE)
        return implements(c, of);
    if (of->kind == KIND_ARRAY) {
        if (c->kind != KIND_ARRAY)
            return false;
        Class *a = c->component, *b = of->component;
        if (a->kind == KIND_PRIMITIVE || b->kind == KIND_PRIMITIVE)
            return a == b;
        return class_is_subclass(a, b);
    }
    for (Class *s = c->super; s; s = s->super)
        if (s == of)
            return true;
    return false;
}

/* ---- lookups ---- */

Method *class_find_method_here(Class *c, const char *name, const char *desc)
{
    for (unsigned i = 0; i < c->nmethods; i++)
        if (c->methods[i].name == name && c->methods[i].desc == desc)
            return &c->methods[i];
    return NULL;
}

static Method *find_in_ifaces(Class *c, const char *name, const char *desc)
{
    Method *found = NULL;
    for (unsigned i = 0; i < c->nall_ifaces; i++) {
        Method *m = class_find_method_here(c->all_ifaces[i], name, desc);
        if (m && !(m->access & (ACC_STATIC | ACC_PRIVATE))) {
            if (!found || ((found->access & ACC_ABSTRACT) && !(m->access & ACC_ABSTRACT)) ||
                class_is_subclass(m->cls, found->cls))
                found = m;
        }
    }
    return found;
}

/* JVMS 5.4.3.3: the class and its superclasses, then its superinterfaces. */
Method *class_find_method(Class *c, const char *name, const char *desc)
{
    for (Class *s = c; s; s = s->super) {
        Method *m = class_find_method_here(s, name, desc);
        if (m)
            return m;
    }
    return find_in_ifaces(c, name, desc);
}

/* JVMS 5.4.3.4: the interface, its superinterfaces, then Object. */
Method *class_find_interface_method(Class *c, const char *name, const char *desc)
{
    Method *m = class_find_method_here(c, name, desc);
    if (m)
        return m;
    m = find_in_ifaces(c, name, desc);
    if (m)
        return m;
    m = class_find_method_here(C_Object, name, desc);
    return m && (m->access & ACC_PUBLIC) && !(m->access & ACC_STATIC) ? m : NULL;
}

Field *class_find_field(Class *c, const char *name, const char *desc)
{
    for (; c; c = c->super) {
        for (unsigned i = 0; i < c->nfields; i++)
            if (c->fields[i].name == name && c->fields[i].desc == desc)
                return &c->fields[i];
        for (unsigned i = 0; i < c->nifaces; i++) {
            Field *f = class_find_field(c->ifaces[i], name, desc);
            if (f)
                return f;
        }
    }
    return NULL;
}

Field *class_find_field_byname(Class *c, const char *name)
{
    name = sym_intern(name);
    for (; c; c = c->super)
        for (unsigned i = 0; i < c->nfields; i++)
            if (c->fields[i].name == name)
                return &c->fields[i];
    return NULL;
}

uint32_t class_field_offset(Class *c, const char *name)
{
    Field *f = class_find_field_byname(c, name);
    if (!f) {
        fprintf(stderr, "stardust-java: %s has no field %s\n", c->name, name);
        pf_exit(1);
    }
    return f->offset;
}

/* ---- linking ---- */

static int field_size(char type) { return (type == 'J' || type == 'D' || type == 'L' || type == '[') ? 8 : 4; }

static void layout_fields(Class *c)
{
    uint32_t size = c->super ? c->super->size : sizeof(Object);
    uint32_t nrefs = c->super ? c->super->nrefs : 0, nstatics = 0;
    for (unsigned i = 0; i < c->nfields; i++)
        if (!(c->fields[i].access & ACC_STATIC) && field_size(c->fields[i].type) == 8 &&
            (c->fields[i].type == 'L' || c->fields[i].type == '['))
            nrefs++;
    c->ref_offs = malloc(sizeof(uint32_t) * (nrefs ? nrefs : 1));
    if (c->super && c->super->nrefs)
        memcpy(c->ref_offs, c->super->ref_offs, sizeof(uint32_t) * c->super->nrefs);
    c->nrefs = c->super ? c->super->nrefs : 0;
    for (unsigned i = 0; i < c->nfields; i++) {
        Field *f = &c->fields[i];
        if (f->access & ACC_STATIC) {
            f->offset = nstatics++;
            continue;
        }
        int fs = field_size(f->type);
        size = (size + (uint32_t)fs - 1) & ~(uint32_t)(fs - 1);
        f->offset = size;
        size += (uint32_t)fs;
        if (f->type == 'L' || f->type == '[')
            c->ref_offs[c->nrefs++] = f->offset;
    }
    c->size = (size + 7) & ~7u;
    c->nstatics = nstatics;
    c->statics = calloc(nstatics ? nstatics : 1, sizeof(Slot));
}

static void add_iface(Class *c, Class *i, Class ***list, unsigned *n, unsigned *cap)
{
    for (unsigned k = 0; k < *n; k++)
        if ((*list)[k] == i)
            return;
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 8;
        *list = realloc(*list, sizeof(Class *) * *cap);
    }
    (*list)[(*n)++] = i;
    for (unsigned k = 0; k < i->nall_ifaces; k++)
        add_iface(c, i->all_ifaces[k], list, n, cap);
}

static void collect_ifaces(Class *c)
{
    Class **list = NULL;
    unsigned n = 0, cap = 0;
    if (c->super)
        for (unsigned k = 0; k < c->super->nall_ifaces; k++)
            add_iface(c, c->super->all_ifaces[k], &list, &n, &cap);
    for (unsigned k = 0; k < c->nifaces; k++)
        add_iface(c, c->ifaces[k], &list, &n, &cap);
    c->all_ifaces = list;
    c->nall_ifaces = (uint16_t)n;
}

static int vtable_find(Method **vt, int n, Method *m)
{
    for (int i = 0; i < n; i++)
        if (vt[i]->name == m->name && vt[i]->desc == m->desc)
            return i;
    return -1;
}

static void build_vtable(Class *c)
{
    int n = c->super ? c->super->vtable_len : 0, cap = n + c->nmethods + 8;
    Method **vt = malloc(sizeof(Method *) * (size_t)cap);
    if (n)
        memcpy(vt, c->super->vtable, sizeof(Method *) * (size_t)n);
    for (unsigned i = 0; i < c->nmethods; i++) {
        Method *m = &c->methods[i];
        m->vindex = -1;
        if ((m->access & (ACC_STATIC | ACC_PRIVATE)) || m->name == S_init || m->name == S_clinit)
            continue;
        if (c->access & ACC_INTERFACE)
            continue;
        int k = vtable_find(vt, n, m);
        if (k < 0)
            k = n++;
        vt[k] = m;
        m->vindex = k;
    }
    /* default methods (and abstract interface methods of abstract classes) not yet present */
    if (!(c->access & ACC_INTERFACE)) {
        for (unsigned i = 0; i < c->nall_ifaces; i++) {
            Class *ic = c->all_ifaces[i];
            for (unsigned j = 0; j < ic->nmethods; j++) {
                Method *m = &ic->methods[j];
                if (m->access & (ACC_STATIC | ACC_PRIVATE) || m->name == S_clinit)
                    continue;
                int k = vtable_find(vt, n, m);
                if (k < 0) {
                    if (n == cap) {
                        cap *= 2;
                        vt = realloc(vt, sizeof(Method *) * (size_t)cap);
                    }
                    vt[n++] = m;
                } else {
                    Method *old = vt[k];
                    bool old_iface = (old->cls->access & ACC_INTERFACE) != 0;
                    if (old_iface && ((old->access & ACC_ABSTRACT) && !(m->access & ACC_ABSTRACT)))
                        vt[k] = m;
                    else if (old_iface && !(m->access & ACC_ABSTRACT) &&
                             class_is_subclass(m->cls, old->cls))
                        vt[k] = m;
                }
            }
        }
    }
    c->vtable = vt;
    c->vtable_len = n;
}

static void build_itables(Class *c)
{
    if (c->access & ACC_INTERFACE || !c->nall_ifaces)
        return;
    c->itables = calloc(c->nall_ifaces, sizeof(Itable));
    for (unsigned i = 0; i < c->nall_ifaces; i++) {
        Class *ic = c->all_ifaces[i];
        c->itables[i].iface = ic;
        c->itables[i].targets = calloc(ic->nmethods ? ic->nmethods : 1, sizeof(Method *));
        for (unsigned j = 0; j < ic->nmethods; j++) {
            Method *m = &ic->methods[j];
            int k = vtable_find(c->vtable, c->vtable_len, m);
            c->itables[i].targets[j] = k >= 0 ? c->vtable[k] : m;
        }
    }
}

static bool apply_constants(Thread *t, Class *c)
{
    for (unsigned i = 0; i < c->nfields; i++) {
        Field *f = &c->fields[i];
        if (!(f->access & ACC_STATIC) || !f->constval)
            continue;
        cf_const *k = &c->cf->cp[f->constval];
        Slot *s = &c->statics[f->offset];
        switch (k->tag) {
        case CONST_Integer: s->i = k->v.i; break;
        case CONST_Float: s->f = k->v.f; break;
        case CONST_Long: s->j = k->v.j; break;
        case CONST_Double: s->d = k->v.d; break;
        case CONST_String:
            s->l = resolve_string(t, c, f->constval);
            if (!s->l)
                return false;
            break;
        }
    }
    return true;
}

static bool is_throwable(Class *c)
{
    for (; c; c = c->super)
        if (c->name == S_java_lang_Throwable)
            return true;
    return false;
}

bool class_link(Thread *t, Class *c)
{
    if (c->state >= CLS_LINKED)
        return true;
    layout_fields(c);
    collect_ifaces(c);
    build_vtable(c);
    build_itables(c);
    c->is_throwable = is_throwable(c);
    c->state = CLS_LINKED;
    return true;
}

/* ---- loading from class files ---- */

/* A class file's bytes from the first directory that has it: mapped read-only where the
 * system can (zero-copy: the guest's image filesystem), else read into a malloc'd buffer. */
static const uint8_t *read_class_file(const char *path, size_t *len, bool *mapped)
{
    const uint8_t *data = pf_map_file(path, len);
    *mapped = data != NULL;
    return data ? data : pf_read_file(path, len);
}

static const uint8_t *find_class_file(const char *iname, size_t *len, bool *boot, bool *mapped)
{
    char path[4096];
    const uint8_t *data;
    snprintf(path, sizeof path, "%s/%s.class", vm_opts.bootclasspath, iname);
    *boot = true;
    if ((data = read_class_file(path, len, mapped)))
        return data;
    *boot = false;
    for (int i = 0; i < vm_opts.ncp; i++) {
        snprintf(path, sizeof path, "%s/%s.class", vm_opts.classpath[i], iname);
        if ((data = read_class_file(path, len, mapped)))
            return data;
    }
    return NULL;
}

static const char *cp_class_name(cf_class *cf, unsigned idx)
{
    return cf->cp[cf->cp[idx].idx1].str;
}

static void init_method(Class *c, Method *m, cf_method *cm, uint8_t *code)
{
    m->name = sym_intern(cm->name);
    m->desc = sym_intern(cm->desc);
    m->cls = c;
    m->access = cm->access;
    m->max_stack = cm->max_stack;
    m->max_locals = cm->max_locals;
    m->argslots = (uint16_t)(desc_argslots(m->desc, &m->rtype) + !(m->access & ACC_STATIC));
    m->code = code;
    m->code_len = cm->code_len;
    m->handlers = cm->handlers;
    m->nhandlers = cm->nhandlers;
    m->lines = cm->lines;
    m->nlines = cm->nlines;
    m->vindex = -1;
    if (m->access & ACC_NATIVE)
        m->native = native_lookup(c->name, m->name, m->desc);
    if (m->code && m->max_locals < m->argslots)
        m->max_locals = m->argslots;   /* checked again when the method is verified */
}

static Class *define_class(Thread *t, const char *iname, const uint8_t *data, size_t len, int depth,
                           bool boot, bool mapped);

static Class *load_class(Thread *t, const char *iname, int depth)
{
    size_t len;
    bool boot, mapped;
    const uint8_t *data = find_class_file(iname, &len, &boot, &mapped);
    if (!data) {
        char *jn = class_java_name(iname);
        throw_new(t, "java/lang/NoClassDefFoundError", "%s", iname);
        free(jn);
        return NULL;
    }
    Class *c = define_class(t, iname, data, len, depth, boot, mapped);
    if (!c) {
        if (!mapped)
            free((void *)data);   /* mapped bytes are never freed */
    } else if (c->filedata == data)
        c->is_boot = boot;
    return c;
}

static Class *find(Thread *t, const char *iname, int depth);

/* The interpreter rewrites instructions to quick forms in place, so code must be writable:
 * when the class file is mapped read-only, all its methods' code goes into one malloc'd copy
 * (the only part of a class file the VM ever writes; the rest is parsed into the arena).
 * Returns the block (NULL when nothing needed copying) or sets *oom. */
static uint8_t *copy_code(cf_class *cf, bool *oom)
{
    size_t total = 0;
    for (unsigned i = 0; i < cf->nmethods; i++)
        total += cf->methods[i].code ? cf->methods[i].code_len : 0;
    *oom = false;
    if (!total)
        return NULL;
    uint8_t *block = malloc(total);
    if (!block) {
        *oom = true;
        return NULL;
    }
    uint8_t *p = block;
    for (unsigned i = 0; i < cf->nmethods; i++)
        if (cf->methods[i].code) {
            memcpy(p, cf->methods[i].code, cf->methods[i].code_len);
            cf->methods[i].code = p;
            p += cf->methods[i].code_len;
        }
    return block;
}

static Class *define_class(Thread *t, const char *iname, const uint8_t *data, size_t len, int depth,
                           bool boot, bool mapped)
{
    char err[256];
    cf_class *cf;
    int rc = cf_parse(data, len, &cf, err, sizeof err);
    if (rc != CF_OK) {
        char *jn = class_java_name(iname);
        if (rc == CF_NOMEM)
            throw_new(t, "java/lang/OutOfMemoryError", "Metaspace");   /* HotSpot's words */
        else if (rc == CF_VERSION)
            throw_new(t, "java/lang/UnsupportedClassVersionError",
                      "%s has been compiled by a more recent version of the Java Runtime (class file "
                      "version %u.%u), this version of the Java Runtime only recognizes class file "
                      "versions up to 52.0", jn, len >= 8 ? data[6] << 8 | data[7] : 0,
                      len >= 6 ? data[4] << 8 | data[5] : 0);
        else if (strstr(err, "magic"))
            throw_new(t, "java/lang/ClassFormatError", "Incompatible magic value %u in class file %s",
                      len >= 4 ? (unsigned)data[0] << 24 | data[1] << 16 | data[2] << 8 | data[3] : 0, iname);
        else
            throw_new(t, "java/lang/ClassFormatError", "%s", err);
        free(jn);
        return NULL;
    }
    const char *name = sym_intern(cp_class_name(cf, cf->this_class));
    if (name != iname) {
        throw_new(t, "java/lang/NoClassDefFoundError", "%s (wrong name: %s)", iname, name);
        cf_free(cf);
        return NULL;
    }
    bool oom = false;
    uint8_t *code_block = mapped ? copy_code(cf, &oom) : NULL;
    Class *c = oom ? NULL : calloc(1, sizeof *c);
    if (!c) {
        cf_free(cf);
        free(code_block);
        throw_new(t, "java/lang/OutOfMemoryError", "Metaspace");
        return NULL;
    }
    c->name = name;
    c->cf = cf;
    c->filedata = data;
    c->access = cf->access;
    c->kind = KIND_INSTANCE;
    c->source_file = cf->source_file;
    c->cp_res = calloc(cf->cp_count, sizeof(void *));
    if (!c->cp_res)
        goto nomem;
    if (cf->super_class) {
        c->super = find(t, sym_intern(cp_class_name(cf, cf->super_class)), depth + 1);
        if (!c->super)
            goto fail;
        if (c->super->access & ACC_INTERFACE) {
            throw_new(t, "java/lang/IncompatibleClassChangeError",
                      "class %s has interface %s as super class", name, c->super->name);
            goto fail;
        }
        if (c->super->access & ACC_FINAL) {
            throw_new(t, "java/lang/VerifyError", "Cannot inherit from final class");
            goto fail;
        }
    } else if (name != S_java_lang_Object) {
        throw_new(t, "java/lang/ClassFormatError", "Invalid superclass index 0 in class file %s", name);
        goto fail;
    }
    c->nifaces = cf->ninterfaces;
    c->ifaces = calloc(cf->ninterfaces ? cf->ninterfaces : 1, sizeof(Class *));
    if (!c->ifaces)
        goto nomem;
    for (unsigned i = 0; i < cf->ninterfaces; i++) {
        c->ifaces[i] = find(t, sym_intern(cp_class_name(cf, cf->interfaces[i])), depth + 1);
        if (!c->ifaces[i])
            goto fail;
        if (!(c->ifaces[i]->access & ACC_INTERFACE)) {
            throw_new(t, "java/lang/IncompatibleClassChangeError",
                      "class %s can not implement %s, because it is not an interface", name,
                      c->ifaces[i]->name);
            goto fail;
        }
    }
    c->nfields = cf->nfields;
    c->fields = calloc(cf->nfields ? cf->nfields : 1, sizeof(Field));
    if (!c->fields)
        goto nomem;
    for (unsigned i = 0; i < cf->nfields; i++) {
        Field *f = &c->fields[i];
        f->name = sym_intern(cf->fields[i].name);
        f->desc = sym_intern(cf->fields[i].desc);
        f->cls = c;
        f->access = cf->fields[i].access;
        f->type = f->desc[0];
        f->constval = cf->fields[i].constval;
    }
    c->nmethods = cf->nmethods;
    c->methods = calloc(cf->nmethods ? cf->nmethods : 1, sizeof(Method));
    if (!c->methods)
        goto nomem;
    for (unsigned i = 0; i < cf->nmethods; i++) {
        init_method(c, &c->methods[i], &cf->methods[i], (uint8_t *)cf->methods[i].code);
        /* boot class path classes are the VM's own library, compiled by javac: trusted, as
         * HotSpot trusts its boot classes; everything else is verified */
        if (cf->methods[i].code && (cf_check_code(cf, &cf->methods[i], err, sizeof err) != CF_OK ||
                                    (!boot && cf_verify_method(cf, &cf->methods[i], err, sizeof err) != 0))) {
            throw_new(t, "java/lang/VerifyError", "%s", err);
            goto fail;
        }
    }
    class_link(t, c);
    Class *winner = publish(c);
    return winner;   /* a loser of the race is leaked: rare, and referenced by nobody */
nomem:
    throw_new(t, "java/lang/OutOfMemoryError", "Metaspace");
fail:
    cf_free(cf);
    free(code_block);
    free(c->cp_res);
    free(c->ifaces);
    free(c->fields);
    free(c->methods);
    free(c);
    return NULL;
}

static Class *make_array_class(Thread *t, const char *iname, Class *elem);

static Class *find(Thread *t, const char *iname, int depth)
{
    Class *c = class_lookup_loaded(iname);
    if (c)
        return c;
    if (depth > 64) {
        throw_new(t, "java/lang/ClassCircularityError", "%s", iname);
        return NULL;
    }
    if (iname[0] == '[') {
        const char *e = iname + 1;
        Class *elem;
        if (*e == 'L') {
            size_t n = strlen(e);
            if (n < 3 || e[n - 1] != ';') {
                throw_new(t, "java/lang/NoClassDefFoundError", "%s", iname);
                return NULL;
            }
            elem = find(t, sym_intern_n(e + 1, n - 2), depth + 1);
        } else if (*e == '[') {
            elem = find(t, sym_intern(e), depth + 1);
        } else {
            elem = e[1] == 0 ? class_primitive(*e) : NULL;
            if (!elem)
                throw_new(t, "java/lang/NoClassDefFoundError", "%s", iname);
        }
        return elem ? class_array_of(t, elem) : NULL;
    }
    return load_class(t, iname, depth);
}

Class *class_find_sym(Thread *t, const char *iname) { return find(t, iname, 0); }
Class *class_find(Thread *t, const char *name) { return find(t, sym_intern(name), 0); }

/* ---- arrays and primitives ---- */

static const char PRIMS[] = "ZBCSIJFDV";
static const char *const PRIM_NAMES[] = { "boolean", "byte", "char", "short", "int", "long",
                                          "float", "double", "void" };
static const uint8_t PRIM_SIZES[] = { 1, 1, 2, 2, 4, 8, 4, 8, 0 };

Class *class_primitive(char ch)
{
    const char *p = strchr(PRIMS, ch);
    return p && ch ? primitives[p - PRIMS] : NULL;
}

static Class *make_array_class(Thread *t, const char *iname, Class *elem)
{
    Class *c = calloc(1, sizeof *c);
    c->name = iname;
    c->kind = KIND_ARRAY;
    c->access = ACC_PUBLIC | ACC_FINAL | ACC_ABSTRACT;
    c->super = C_Object;
    c->component = elem;
    c->prim = iname[1];
    if (elem->kind == KIND_PRIMITIVE) {
        const char *p = strchr(PRIMS, elem->prim);
        c->elem_size = PRIM_SIZES[p - PRIMS];
    } else {
        c->elem_size = sizeof(Object *);
    }
    c->nifaces = 2;
    c->ifaces = malloc(2 * sizeof(Class *));
    c->ifaces[0] = C_Cloneable;
    c->ifaces[1] = C_Serializable;
    c->statics = calloc(1, sizeof(Slot));
    c->ref_offs = calloc(1, sizeof(uint32_t));
    c->size = ARRAY_DATA_OFFSET;
    collect_ifaces(c);
    c->vtable = C_Object->vtable;
    c->vtable_len = C_Object->vtable_len;
    c->state = CLS_INITIALIZED;
    return c;
}

Class *class_array_of(Thread *t, Class *elem)
{
    if (elem->array_class)
        return elem->array_class;
    char buf[1024];
    if (elem->kind == KIND_PRIMITIVE)
        snprintf(buf, sizeof buf, "[%c", elem->prim);
    else if (elem->kind == KIND_ARRAY)
        snprintf(buf, sizeof buf, "[%s", elem->name);
    else
        snprintf(buf, sizeof buf, "[L%s;", elem->name);
    const char *iname = sym_intern(buf);
    Class *c = class_lookup_loaded(iname);
    if (!c)
        c = publish(make_array_class(t, iname, elem));
    elem->array_class = c;
    return c;
}

static void make_primitives(void)
{
    for (int i = 0; i < 9; i++) {
        Class *c = calloc(1, sizeof *c);
        c->name = sym_intern(PRIM_NAMES[i]);
        c->kind = KIND_PRIMITIVE;
        c->prim = PRIMS[i];
        c->access = ACC_PUBLIC | ACC_FINAL | ACC_ABSTRACT;
        c->state = CLS_INITIALIZED;
        c->statics = calloc(1, sizeof(Slot));
        primitives[i] = publish(c);
    }
}

/* ---- synthetic classes (lambda proxies) ---- */

Class *class_define_synthetic(Thread *t, const char *name, Class *super, Class **ifaces, int nifaces,
                              Method *methods, int nmethods, uint32_t extra_size,
                              uint32_t *ref_offs, uint32_t nrefs)
{
    Class *c = calloc(1, sizeof *c);
    c->name = sym_intern(name);
    c->kind = KIND_INSTANCE;
    c->access = ACC_FINAL | ACC_SYNTHETIC | ACC_PUBLIC;
    c->super = super;
    c->ifaces = ifaces;
    c->nifaces = (uint16_t)nifaces;
    c->methods = methods;
    c->nmethods = (uint16_t)nmethods;
    for (int i = 0; i < nmethods; i++)
        methods[i].cls = c;
    c->fields = calloc(1, sizeof(Field));
    class_link(t, c);
    c->size = super->size + extra_size;
    c->ref_offs = ref_offs;
    c->nrefs = nrefs;
    c->state = CLS_INITIALIZED;
    return publish(c);
}

/* ---- mirrors ---- */

Object *class_mirror(Thread *t, Class *c)
{
    if (c->mirror)
        return c->mirror;
    Object *m = new_object(t, C_Class);
    if (!m)
        return NULL;
    FIELD_AT(m, off_Class_vmdata, int64_t) = (int64_t)(uintptr_t)c;
    Object *expect = NULL;
    if (!__atomic_compare_exchange_n(&c->mirror, &expect, m, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
        return expect;
    return m;
}

Class *class_from_mirror(Object *mirror)
{
    return (Class *)(uintptr_t)FIELD_AT(mirror, off_Class_vmdata, int64_t);
}

/* ---- initialisation (JVMS 5.5) ---- */

struct init_wait { Class *c; Thread *t; };

static void wait_init(void *p)
{
    struct init_wait *w = p;
    pf_mutex_lock(init_lock);
    while (w->c->state == CLS_INITIALIZING && w->c->init_thread != w->t)
        pf_cond_wait(init_cond, init_lock, 0);
    pf_mutex_unlock(init_lock);
}

static void finish_init(Class *c, int state)
{
    pf_mutex_lock(init_lock);
    c->state = (uint8_t)state;
    c->init_thread = NULL;
    pf_cond_broadcast(init_cond);
    pf_mutex_unlock(init_lock);
}

static bool declares_defaults(Class *c)
{
    for (unsigned i = 0; i < c->nmethods; i++)
        if (!(c->methods[i].access & (ACC_ABSTRACT | ACC_STATIC)))
            return true;
    return false;
}

/* JVMS 5.5 step 7: the superinterfaces that declare default methods, depth first. */
static bool init_default_ifaces(Thread *t, Class *c)
{
    for (unsigned i = 0; i < c->nifaces; i++) {
        Class *ic = c->ifaces[i];
        if (!init_default_ifaces(t, ic))
            return false;
        if (declares_defaults(ic) && !class_initialize(t, ic))
            return false;
    }
    return true;
}

bool class_initialize(Thread *t, Class *c)
{
    if (c->state == CLS_INITIALIZED)
        return true;
    pf_mutex_lock(init_lock);
    while (c->state == CLS_INITIALIZING && c->init_thread != t) {
        pf_mutex_unlock(init_lock);
        struct init_wait w = { c, t };
        thread_blocking(t, wait_init, &w);
        pf_mutex_lock(init_lock);
    }
    if (c->state == CLS_INITIALIZED || c->state == CLS_INITIALIZING) {
        pf_mutex_unlock(init_lock);
        return true;
    }
    if (c->state == CLS_ERROR) {
        pf_mutex_unlock(init_lock);
        char *jn = class_java_name(c->name);
        throw_new(t, "java/lang/NoClassDefFoundError", "Could not initialize class %s", jn);
        free(jn);
        return false;
    }
    c->state = CLS_INITIALIZING;
    c->init_thread = t;
    pf_mutex_unlock(init_lock);

    if (!(c->access & ACC_INTERFACE)) {
        if (c->super && !class_initialize(t, c->super)) {
            finish_init(c, CLS_ERROR);
            return false;
        }
        if (!init_default_ifaces(t, c)) {
            finish_init(c, CLS_ERROR);
            return false;
        }
    }
    Method *clinit = class_find_method_here(c, S_clinit, S_V_V);
    Slot ret;
    if (c->cf && !apply_constants(t, c)) {
        finish_init(c, CLS_ERROR);
        return false;
    }
    if (clinit && !interp_invoke(t, clinit, NULL, &ret)) {
        Object *ex = t->exception;
        Class *error = class_find(t, "java/lang/Error");
        t->exception = NULL;
        if (error && !class_is_subclass(ex->cls, error)) {
            Class *eiie = class_find(t, "java/lang/ExceptionInInitializerError");
            Object *w = eiie ? new_object(t, eiie) : NULL;
            Method *ctor = w ? class_find_method_here(eiie, S_init, sym_intern("(Ljava/lang/Throwable;)V")) : NULL;
            Slot args[2] = { { .l = w }, { .l = ex } };
            if (ctor && interp_invoke(t, ctor, args, &ret))
                ex = w;
            else if (t->exception)
                ex = t->exception;
        }
        t->exception = NULL;
        finish_init(c, CLS_ERROR);
        throw_object(t, ex);
        return false;
    }
    finish_init(c, CLS_INITIALIZED);
    return true;
}

/* ---- start-up ---- */

static Class *must(Thread *t, const char *name)
{
    Class *c = class_find(t, name);
    if (!c) {
        fprintf(stderr, "Error occurred during initialization of VM\njava.lang.NoClassDefFoundError: %s\n", name);
        pf_exit(1);
    }
    return c;
}

void class_init_system(void)
{
    table_lock = pf_mutex_new();
    init_lock = pf_mutex_new();
    init_cond = pf_cond_new();
    Thread *t = vm_main_thread;
    make_primitives();
    C_Object = must(t, "java/lang/Object");
    C_Cloneable = must(t, "java/lang/Cloneable");
    C_Serializable = must(t, "java/io/Serializable");
    /* array classes of primitives need Object, Cloneable and Serializable */
    C_Class = must(t, "java/lang/Class");
    off_Class_vmdata = class_field_offset(C_Class, "vmdata");
    C_String = must(t, "java/lang/String");
    C_char_array = class_array_of(t, class_primitive('C'));
    C_Throwable = must(t, "java/lang/Throwable");
    C_Thread = must(t, "java/lang/Thread");
    C_StackTraceElement = must(t, "java/lang/StackTraceElement");
}
