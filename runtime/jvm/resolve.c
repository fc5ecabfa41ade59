/* resolve.c: constant-pool resolution (JVMS 5.4.3). Results are cached in cls->cp_res[idx];
 * a failed resolution caches nothing and leaves the error pending. Indexes and tags were
 * checked by the class file parser and the structural code check. */
#include <stdlib.h>
#include <string.h>

#include "vm.h"

static const char *utf8(Class *c, unsigned idx) { return c->cf->cp[idx].str; }

Class *resolve_class(Thread *t, Class *from, unsigned idx)
{
    Class *c = from->cp_res[idx];
    if (c)
        return c;
    c = class_find_sym(t, sym_intern(utf8(from, from->cf->cp[idx].idx1)));
    if (c)
        __atomic_store_n((Class **)&from->cp_res[idx], c, __ATOMIC_RELEASE);
    return c;
}

/* ---- access control (JVMS 5.4.4) ---- */

/* Same runtime package: same defining loader (boot or application) and package name. */
static bool same_package(Class *a, Class *b)
{
    if (a->is_boot != b->is_boot)
        return false;
    const char *sa = strrchr(a->name, '/'), *sb = strrchr(b->name, '/');
    size_t la = sa ? (size_t)(sa - a->name) : 0, lb = sb ? (size_t)(sb - b->name) : 0;
    return la == lb && memcmp(a->name, b->name, la) == 0;
}

/* May code in `from` use a member with flags `access` declared in `decl`, named through the
 * symbolic reference to class `ref`? Class version 52 has no nestmates: private means the
 * declaring class only. For a protected instance member the reference must name a class
 * related to `from` (the static part of the protected-receiver rule; the receiver itself is
 * the verifier's business). Arrays' clone counts as public (JVMS 2.15 / 10.7 of the JLS). */
static bool member_accessible(Class *from, Class *ref, Class *decl, uint16_t access)
{
    if (from == decl || (access & ACC_PUBLIC))
        return true;
    if (access & ACC_PRIVATE)
        return false;
    if (same_package(from, decl))
        return true;
    if (!(access & ACC_PROTECTED) || !class_is_subclass(from, decl))
        return false;
    if (access & ACC_STATIC)
        return true;
    if (ref->kind == KIND_ARRAY)
        return decl == C_Object;
    return class_is_subclass(ref, from) || class_is_subclass(from, ref);
}

static const char *access_word(uint16_t access)
{
    return access & ACC_PRIVATE ? "private " : access & ACC_PROTECTED ? "protected " : "";
}

/* IllegalAccessError worded like OpenJDK 17's, without its module/loader suffix; methods are
 * named by name and descriptor, as in this VM's NoSuchMethodError. */
static void illegal_access(Thread *t, Class *from, Class *decl, uint16_t access, const char *kind,
                           const char *name, const char *desc)
{
    char *fn = class_java_name(from->name), *dn = class_java_name(decl->name);
    throw_new(t, "java/lang/IllegalAccessError", "class %s tried to access %s%s %s.%s%s", fn,
              access_word(access), kind, dn, name, desc);
    free(fn);
    free(dn);
}

static void nat(Class *from, unsigned idx, const char **name, const char **desc)
{
    cf_const *nt = &from->cf->cp[from->cf->cp[idx].idx2];
    *name = sym_intern(utf8(from, nt->idx1));
    *desc = sym_intern(utf8(from, nt->idx2));
}

Field *resolve_field(Thread *t, Class *from, unsigned idx, bool is_static)
{
    Field *f = from->cp_res[idx];
    if (!f) {
        Class *c = resolve_class(t, from, from->cf->cp[idx].idx1);
        if (!c)
            return NULL;
        const char *name, *desc;
        nat(from, idx, &name, &desc);
        f = class_find_field(c, name, desc);
        if (!f) {
            throw_new(t, "java/lang/NoSuchFieldError", "%s", name);
            return NULL;
        }
        /* checked before caching: a failed access is re-raised on every attempt */
        if (!member_accessible(from, c, f->cls, f->access)) {
            illegal_access(t, from, f->cls, f->access, "field", f->name, "");
            return NULL;
        }
        __atomic_store_n((Field **)&from->cp_res[idx], f, __ATOMIC_RELEASE);
    }
    if (!!(f->access & ACC_STATIC) != is_static) {
        char *jn = class_java_name(f->cls->name);
        throw_new(t, "java/lang/IncompatibleClassChangeError", "Expected %s field %s.%s",
                  is_static ? "static" : "non-static", jn, f->name);
        free(jn);
        return NULL;
    }
    return f;
}

static void no_such_method(Thread *t, Class *c, const char *name, const char *desc)
{
    char *jn = class_java_name(c->name);
    throw_new(t, "java/lang/NoSuchMethodError", "%s.%s%s", jn, name, desc);
    free(jn);
}

Method *resolve_method(Thread *t, Class *from, unsigned idx, int kind)
{
    Method *m = from->cp_res[idx];
    if (!m) {
        cf_const *e = &from->cf->cp[idx];
        Class *c = resolve_class(t, from, e->idx1);
        if (!c)
            return NULL;
        const char *name, *desc;
        nat(from, idx, &name, &desc);
        bool iface_ref = e->tag == CONST_InterfaceMethodref;
        if (iface_ref != !!(c->access & ACC_INTERFACE)) {
            char *jn = class_java_name(c->name);
            throw_new(t, "java/lang/IncompatibleClassChangeError", "Found %s %s, but %s was expected",
                      iface_ref ? "class" : "interface", jn, iface_ref ? "interface" : "class");
            free(jn);
            return NULL;
        }
        m = iface_ref ? class_find_interface_method(c, name, desc) : class_find_method(c, name, desc);
        if (!m) {
            no_such_method(t, c, name, desc);
            return NULL;
        }
        if (!member_accessible(from, c, m->cls, m->access)) {
            illegal_access(t, from, m->cls, m->access, "method", m->name, m->desc);
            return NULL;
        }
        __atomic_store_n((Method **)&from->cp_res[idx], m, __ATOMIC_RELEASE);
    }
    bool is_static = (m->access & ACC_STATIC) != 0;
    if (is_static != (kind == INV_STATIC)) {
        char *jn = class_java_name(m->cls->name);
        throw_new(t, "java/lang/IncompatibleClassChangeError", "Expecting %s method %s.%s%s",
                  is_static ? "non-static" : "static", jn, m->name, m->desc);
        free(jn);
        return NULL;
    }
    return m;
}

Object *resolve_string(Thread *t, Class *from, unsigned idx)
{
    Object *s = from->cp_res[idx];
    if (s)
        return s;
    s = string_new_utf8(t, utf8(from, from->cf->cp[idx].idx1));
    if (!s)
        return NULL;
    s = string_intern(t, s);
    if (s)
        __atomic_store_n((Object **)&from->cp_res[idx], s, __ATOMIC_RELEASE);
    return s;
}
