/* linkcheck.c: see linkcheck.h. */
#include "linkcheck.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "classpath.h"
#include "classworld.h"
#include "msglist.h"

enum { FOUND, NOT_FOUND, UNKNOWN };   /* UNKNOWN: a class on the way is missing or malformed
                                         (reported on its own; no second message for it) */
#define MAX_DEPTH 64                  /* hierarchy depth: ends cycles in malformed input */

/* ---- which method refers to a constant -------------------------------------------------- */

/* Length of the instruction at pc (JVMS 6.5), or 0 when it runs off the code. The code has
 * passed the structural check, so only the variable-length forms need care. */
static uint32_t insn_len(const uint8_t *code, uint32_t len, uint32_t pc)
{
    static const uint8_t fixed[202] = {
        [16] = 2, [17] = 3, [18] = 2, [19] = 3, [20] = 3, [21] = 2, [22] = 2, [23] = 2, [24] = 2,
        [25] = 2, [54] = 2, [55] = 2, [56] = 2, [57] = 2, [58] = 2, [132] = 3, [169] = 2,
        [178] = 3, [179] = 3, [180] = 3, [181] = 3, [182] = 3, [183] = 3, [184] = 3, [185] = 5,
        [186] = 5, [187] = 3, [188] = 2, [189] = 3, [192] = 3, [193] = 3, [197] = 4, [200] = 5,
        [201] = 5,
    };
    uint8_t op = code[pc];
    if (op >= 153 && op <= 168)
        return 3;
    if (op == 198 || op == 199)
        return 3;
    if (op == 196)   /* wide */
        return pc + 1 < len && code[pc + 1] == 132 ? 6 : 4;
    if (op == 170 || op == 171) {   /* tableswitch, lookupswitch: padded to 4 */
        uint32_t p = (pc + 4) & ~3u;
        if (p + (op == 170 ? 12 : 8) > len)
            return 0;
        int32_t a = (int32_t)((uint32_t)code[p + 4] << 24 | code[p + 5] << 16 | code[p + 6] << 8 | code[p + 7]);
        int32_t b = op == 171 ? 0 : (int32_t)((uint32_t)code[p + 8] << 24 | code[p + 9] << 16 | code[p + 10] << 8 | code[p + 11]);
        int64_t n = op == 170 ? ((int64_t)b - a + 1) * 4 : (int64_t)a * 8;
        if (n < 0)
            return 0;
        return (uint32_t)(p + 12 + n - pc - (op == 171 ? 4 : 0));
    }
    if (op > 201)
        return 0;
    return fixed[op] ? fixed[op] : 1;
}

static int has_cp_operand(uint8_t op)
{
    return (op >= 18 && op <= 20) || (op >= 178 && op <= 187) || op == 189 || op == 192 ||
           op == 193 || op == 197;
}

/* who[i] = 1 + index of the first method whose code uses constant i (directly, or as the class
 * of a member it uses), 0 when no code does (superclass, bootstrap arguments...); op[i] = the
 * opcode of that first use (0: none), which says whether a static member is expected. */
static uint16_t *map_users(const cf_class *cf, uint8_t *op)
{
    uint16_t *who = calloc(cf->cp_count ? cf->cp_count : 1, sizeof *who);
    for (uint16_t m = 0; who && m < cf->nmethods; m++) {
        const cf_method *me = &cf->methods[m];
        for (uint32_t pc = 0; pc < me->code_len;) {
            uint32_t n = insn_len(me->code, me->code_len, pc);
            if (n == 0 || pc + n > me->code_len)
                break;
            uint8_t op_code = me->code[pc];
            if (has_cp_operand(op_code)) {
                unsigned idx = op_code == 18 ? me->code[pc + 1]
                                             : (unsigned)(me->code[pc + 1] << 8 | me->code[pc + 2]);
                if (idx < cf->cp_count && !who[idx]) {
                    who[idx] = m + 1;
                    op[idx] = op_code;
                    uint8_t tag = cf->cp[idx].tag;
                    unsigned cls = cf->cp[idx].idx1;
                    if ((tag == CONST_Fieldref || tag == CONST_Methodref ||
                         tag == CONST_InterfaceMethodref) && cls < cf->cp_count && !who[cls])
                        who[cls] = m + 1;
                }
            }
            pc += n;
        }
        for (uint16_t h = 0; h < me->nhandlers; h++) {
            unsigned ct = me->handlers[h].catch_type;
            if (ct && ct < cf->cp_count && !who[ct])
                who[ct] = m + 1;
        }
    }
    return who;
}

/* ---- JVMS 5.4.3 lookups ----------------------------------------------------------------- */

/* What a lookup found: the member's flags and the class declaring it. */
struct hit {
    uint16_t access;
    const cf_class *owner;
};

static int declares_field(const cf_class *cf, const char *name, const char *desc, struct hit *h)
{
    for (uint16_t i = 0; i < cf->nfields; i++)
        if (!strcmp(cf->fields[i].name, name) && !strcmp(cf->fields[i].desc, desc)) {
            *h = (struct hit){ cf->fields[i].access, cf };
            return 1;
        }
    return 0;
}

static int declares_method(const cf_class *cf, const char *name, const char *desc, struct hit *h)
{
    for (uint16_t i = 0; i < cf->nmethods; i++)
        if (!strcmp(cf->methods[i].name, name) && !strcmp(cf->methods[i].desc, desc)) {
            *h = (struct hit){ cf->methods[i].access, cf };
            return 1;
        }
    return 0;
}

static int is_interface(const cf_class *cf)
{
    return (cf->access & ACC_INTERFACE) != 0;
}

/* Resolves a class name to a parsed class; *r becomes UNKNOWN when it cannot. */
static const cf_class *load(struct classworld *w, const char *name)
{
    struct cw_class *c = name ? cw_find(w, name) : NULL;
    return c ? cw_parse(c) : NULL;
}

static int merge(int acc, int r)
{
    return acc == FOUND || r == FOUND ? FOUND : (acc == UNKNOWN || r == UNKNOWN) ? UNKNOWN : NOT_FOUND;
}

/* 5.4.3.2: the class, then its superinterfaces (recursively), then its superclass. */
static int find_field(struct classworld *w, const cf_class *cf, const char *name, const char *desc,
                      int depth, struct hit *h)
{
    if (!cf || depth > MAX_DEPTH)
        return UNKNOWN;
    if (declares_field(cf, name, desc, h))
        return FOUND;
    int r = NOT_FOUND;
    for (uint16_t i = 0; i < cf->ninterfaces && r != FOUND; i++)
        r = merge(r, find_field(w, load(w, cw_class_name(cf, cf->interfaces[i])), name, desc,
                                depth + 1, h));
    if (r != FOUND && cf->super_class)
        r = merge(r, find_field(w, load(w, cw_class_name(cf, cf->super_class)), name, desc,
                                depth + 1, h));
    return r;
}

/* Any superinterface (recursively, of cf and its superclasses) declaring name+desc. */
static int find_in_superinterfaces(struct classworld *w, const cf_class *cf, const char *name,
                                   const char *desc, int depth, struct hit *h)
{
    if (!cf || depth > MAX_DEPTH)
        return UNKNOWN;
    int r = NOT_FOUND;
    for (uint16_t i = 0; i < cf->ninterfaces && r != FOUND; i++) {
        const cf_class *ic = load(w, cw_class_name(cf, cf->interfaces[i]));
        if (ic && declares_method(ic, name, desc, h))
            return FOUND;
        r = merge(r, find_in_superinterfaces(w, ic, name, desc, depth + 1, h));
    }
    if (r != FOUND && cf->super_class)
        r = merge(r, find_in_superinterfaces(w, load(w, cw_class_name(cf, cf->super_class)), name,
                                             desc, depth + 1, h));
    return r;
}

/* MethodHandle.invoke/invokeExact accept any descriptor (JVMS 2.9.3). */
static int signature_polymorphic(const cf_class *cf, const char *cls, const char *name)
{
    if (strcmp(cls, "java/lang/invoke/MethodHandle") != 0)
        return 0;
    for (uint16_t i = 0; i < cf->nmethods; i++)
        if (!strcmp(cf->methods[i].name, name) && (cf->methods[i].access & ACC_NATIVE) &&
            !strcmp(cf->methods[i].desc, "([Ljava/lang/Object;)Ljava/lang/Object;"))
            return 1;
    return 0;
}

/* 5.4.3.3: the class and its superclasses, then the superinterfaces. */
static int find_method(struct classworld *w, const cf_class *cf, const char *name, const char *desc,
                       struct hit *h)
{
    const cf_class *c = cf;
    for (int depth = 0;; depth++) {
        if (!c || depth > MAX_DEPTH)
            return UNKNOWN;
        if (declares_method(c, name, desc, h))
            return FOUND;
        if (!c->super_class)
            break;
        c = load(w, cw_class_name(c, c->super_class));
    }
    return find_in_superinterfaces(w, cf, name, desc, 0, h);
}

/* 5.4.3.4: the interface, then java.lang.Object, then the superinterfaces. */
static int find_interface_method(struct classworld *w, const cf_class *cf, const char *name,
                                 const char *desc, struct hit *h)
{
    if (declares_method(cf, name, desc, h))
        return FOUND;
    const cf_class *obj = load(w, "java/lang/Object");
    if (!obj)
        return UNKNOWN;
    if (declares_method(obj, name, desc, h))
        return FOUND;
    return find_in_superinterfaces(w, cf, name, desc, 0, h);
}

/* ---- checking one application class ----------------------------------------------------- */

struct ctx {
    struct classworld *w;
    const cf_class *cf;
    const char *self;          /* dotted name of the class being checked */
    uint16_t *who;
    uint8_t *op;
    struct msglist *problems;
    size_t count;
};

static void problem(struct ctx *x, unsigned idx, const char *fmt, const char *a, const char *b,
                    const char *c)
{
    char what[1024], line[1400];
    snprintf(what, sizeof what, fmt, a, b ? b : "", c ? c : "");
    unsigned m = idx < x->cf->cp_count ? x->who[idx] : 0;
    if (m)
        snprintf(line, sizeof line, "%s (referenced by %s.%s)", what, x->self,
                 x->cf->methods[m - 1].name);
    else
        snprintf(line, sizeof line, "%s (referenced by %s)", what, x->self);
    if (!msglist_has(x->problems, line)) {
        msglist_add(x->problems, "%s", line);
        x->count++;
    }
}

/* A CONSTANT_Class: the class (or an array's element class) must exist. */
static void check_class_ref(struct ctx *x, unsigned idx)
{
    const char *name = cw_class_name(x->cf, idx);
    char buf[512], dot[512];
    const char *elem = name ? cw_element_class(name, buf, sizeof buf) : NULL;
    if (elem && !cw_find(x->w, elem)) {
        problem(x, idx, "missing class %s", cw_dotted(elem, dot, sizeof dot), NULL, NULL);
        return;
    }
    /* `new` of an interface or abstract class: InstantiationError */
    const cf_class *c = x->op[idx] == 187 && name[0] != '[' ? load(x->w, name) : NULL;
    if (c && (c->access & (ACC_ABSTRACT | ACC_INTERFACE)))
        problem(x, idx, "%s %s cannot be instantiated", is_interface(c) ? "interface" : "abstract class",
                cw_dotted(name, dot, sizeof dot), NULL);
}

/* ---- abstract methods left without an implementation ------------------------------------ */

/* A default (non-abstract, non-static) method name+desc in the superinterfaces of cf or of its
 * superclasses. */
static int has_default(struct classworld *w, const cf_class *cf, const char *name, const char *desc,
                       int depth)
{
    if (!cf || depth > MAX_DEPTH)
        return 0;
    struct hit h;
    for (uint16_t i = 0; i < cf->ninterfaces; i++) {
        const cf_class *ic = load(w, cw_class_name(cf, cf->interfaces[i]));
        if (ic && declares_method(ic, name, desc, &h) && !(h.access & (ACC_ABSTRACT | ACC_STATIC)))
            return 1;
        if (has_default(w, ic, name, desc, depth + 1))
            return 1;
    }
    return cf->super_class &&
           has_default(w, load(w, cw_class_name(cf, cf->super_class)), name, desc, depth + 1);
}

/* Whether calling name+desc on an instance of cf selects code: the first declaration up the
 * superclass chain, unless abstract; else a default method of a superinterface. A missing
 * superclass counts as implemented (it is reported on its own). */
static int implemented(struct classworld *w, const cf_class *cf, const char *name, const char *desc)
{
    struct hit h;
    const cf_class *c = cf;
    for (int depth = 0; depth <= MAX_DEPTH; depth++) {
        if (declares_method(c, name, desc, &h))
            return !(h.access & ACC_ABSTRACT);
        if (!c->super_class)
            break;
        if (!(c = load(w, cw_class_name(c, c->super_class))))
            return 1;
    }
    return has_default(w, cf, name, desc, 0);
}

/* Every abstract method of the supertypes of a concrete class (interfaces recursively, and the
 * abstract methods of abstract superclasses) must have an implementation: otherwise calling it
 * raises AbstractMethodError (a method added to an interface after the class was compiled). */
static void check_abstract_from(struct ctx *x, const cf_class *from, int depth)
{
    if (!from || depth > MAX_DEPTH)
        return;
    char dot[512], what[1200];
    for (uint16_t i = 0; i < from->nmethods; i++) {
        const cf_method *m = &from->methods[i];
        if (!(m->access & ACC_ABSTRACT) || (m->access & ACC_STATIC))
            continue;
        if (implemented(x->w, x->cf, m->name, m->desc))
            continue;
        const char *owner = cw_class_name(from, from->this_class);
        snprintf(what, sizeof what, "class %s does not implement abstract method %s.%s%s", x->self,
                 owner ? cw_dotted(owner, dot, sizeof dot) : "?", m->name, m->desc);
        if (!msglist_has(x->problems, what)) {
            msglist_add(x->problems, "%s", what);
            x->count++;
        }
    }
    for (uint16_t i = 0; i < from->ninterfaces; i++)
        check_abstract_from(x, load(x->w, cw_class_name(from, from->interfaces[i])), depth + 1);
    if (from->super_class)
        check_abstract_from(x, load(x->w, cw_class_name(from, from->super_class)), depth + 1);
}

/* Whether class a is b or a subclass of it (superclasses by name, as far as they are known). */
static int is_subclass(struct classworld *w, const char *a, const char *b)
{
    for (int depth = 0; a && depth <= MAX_DEPTH; depth++) {
        if (strcmp(a, b) == 0)
            return 1;
        const cf_class *cf = load(w, a);
        a = cf && cf->super_class ? cw_class_name(cf, cf->super_class) : NULL;
    }
    return 0;
}

/* Same runtime package: same loader (the class library's or the application's) and package. */
static int same_package(const char *a, int a_lib, const char *b, int b_lib)
{
    const char *sa = strrchr(a, '/'), *sb = strrchr(b, '/');
    size_t la = sa ? (size_t)(sa - a) : 0, lb = sb ? (size_t)(sb - b) : 0;
    return a_lib == b_lib && la == lb && memcmp(a, b, la) == 0;
}

/* JVMS 5.4.4 as runtime/jvm/resolve.c applies it (member_accessible): may the class being
 * checked use a member declared in h->owner, named through class ref? Version 52: no nestmates;
 * for a protected instance member, ref must be related to the user (the static part of the
 * protected-receiver rule). */
static int accessible(struct ctx *x, const char *ref, const struct hit *h)
{
    const char *self = cw_class_name(x->cf, x->cf->this_class);
    const char *owner = cw_class_name(h->owner, h->owner->this_class);
    if (!self || !owner)
        return 1;
    struct cw_class *oc = cw_find(x->w, owner);
    if (strcmp(self, owner) == 0 || (h->access & ACC_PUBLIC))
        return 1;
    if (h->access & ACC_PRIVATE)
        return 0;
    if (same_package(self, 0, owner, oc ? oc->in_lib : 0))
        return 1;
    if (!(h->access & ACC_PROTECTED) || !is_subclass(x->w, self, owner))
        return 0;
    if (h->access & ACC_STATIC)
        return 1;
    if (ref[0] == '[')
        return strcmp(owner, "java/lang/Object") == 0;
    return is_subclass(x->w, ref, self) || is_subclass(x->w, self, ref);
}

/* After a member resolved: the VM's IncompatibleClassChangeError (static-ness differs from the
 * instruction's) and IllegalAccessError. kind is "field" or "method", what its printed name,
 * ref the class the reference names. */
static void check_use(struct ctx *x, unsigned idx, const char *kind, const char *what,
                      const char *ref, const struct hit *h)
{
    uint8_t op = x->op[idx];
    int wants_static = op == 178 || op == 179 || op == 184;   /* get/putstatic, invokestatic */
    int is_static = (h->access & ACC_STATIC) != 0;
    if (op >= 178 && op <= 185 && wants_static != is_static)
        problem(x, idx, is_static ? "%s %s is static, but is used as an instance %s"
                                  : "%s %s is not static, but is used as a static %s",
                kind, what, kind);
    if (!accessible(x, ref, h))
        problem(x, idx, "%s %s is %s", kind, what,
                (h->access & ACC_PRIVATE) ? "private"
                : (h->access & ACC_PROTECTED) ? "protected" : "package-private");
}

static void check_member_ref(struct ctx *x, unsigned idx)
{
    const cf_const *e = &x->cf->cp[idx];
    const char *cls = cw_class_name(x->cf, e->idx1);
    if (!cls || e->idx2 >= x->cf->cp_count)
        return;
    const char *name = cw_utf8(x->cf, x->cf->cp[e->idx2].idx1);
    const char *desc = cw_utf8(x->cf, x->cf->cp[e->idx2].idx2);
    if (!name || !desc)
        return;
    /* methods of arrays (clone, and Object's) resolve against java.lang.Object */
    const cf_class *c = load(x->w, cls[0] == '[' ? "java/lang/Object" : cls);
    if (!c)
        return;   /* the class itself is missing: its CONSTANT_Class says so */
    char dot[512], what[1200];
    cw_dotted(cls[0] == '[' ? "java/lang/Object" : cls, dot, sizeof dot);
    struct hit h;
    int r;
    if (e->tag == CONST_Fieldref) {
        snprintf(what, sizeof what, "%s.%s:%s", dot, name, desc);
        if ((r = find_field(x->w, c, name, desc, 0, &h)) == NOT_FOUND)
            problem(x, idx, "missing field %s", what, NULL, NULL);
        else if (r == FOUND)
            check_use(x, idx, "field", what, cls, &h);
        return;
    }
    if (e->tag == CONST_Methodref && is_interface(c) && cls[0] != '[') {
        problem(x, idx, "%s is an interface, not a class", dot, NULL, NULL);
        return;
    }
    if (e->tag == CONST_InterfaceMethodref && !is_interface(c)) {
        problem(x, idx, "%s is a class, not an interface", dot, NULL, NULL);
        return;
    }
    if (e->tag == CONST_Methodref && signature_polymorphic(c, cls, name))
        return;
    snprintf(what, sizeof what, "%s.%s%s", dot, name, desc);
    r = e->tag == CONST_Methodref ? find_method(x->w, c, name, desc, &h)
                                  : find_interface_method(x->w, c, name, desc, &h);
    if (r == NOT_FOUND)
        problem(x, idx, "missing method %s", what, NULL, NULL);
    else if (r == FOUND && cls[0] != '[')   /* clone() is public on arrays */
        check_use(x, idx, "method", what, cls, &h);
}

/* invokedynamic: only LambdaMetafactory's two bootstrap methods are linked by the VM; the
 * functional interface is the call site's return type, which the VM loads. */
static void check_indy(struct ctx *x, unsigned idx)
{
    const cf_class *cf = x->cf;
    const cf_const *e = &cf->cp[idx];
    if (e->idx1 >= cf->nbootstrap || e->idx2 >= cf->cp_count)
        return;
    unsigned mh = cf->bootstrap[e->idx1].method_handle;
    if (mh >= cf->cp_count || cf->cp[mh].tag != CONST_MethodHandle || cf->cp[mh].idx2 >= cf->cp_count)
        return;
    const cf_const *ref = &cf->cp[cf->cp[mh].idx2];
    const char *bcls = cw_class_name(cf, ref->idx1);
    const char *bname = ref->idx2 < cf->cp_count ? cw_utf8(cf, cf->cp[ref->idx2].idx1) : NULL;
    if (!bcls || !bname)
        return;
    char dot[512], buf[512];
    if (strcmp(bcls, "java/lang/invoke/LambdaMetafactory") != 0 ||
        (strcmp(bname, "metafactory") != 0 && strcmp(bname, "altMetafactory") != 0)) {
        problem(x, idx, "unsupported invokedynamic bootstrap method %s.%s",
                cw_dotted(bcls, dot, sizeof dot), bname, NULL);
        return;
    }
    const char *desc = cw_utf8(cf, cf->cp[e->idx2].idx2);
    const char *ret = desc ? strchr(desc, ')') : NULL;
    const char *iface = ret ? cw_element_class(ret + 1, buf, sizeof buf) : NULL;
    if (iface && !cw_find(x->w, iface))
        problem(x, idx, "missing class %s", cw_dotted(iface, dot, sizeof dot), NULL, NULL);
}

/* Whether constant idx is a bootstrap method handle of a LambdaMetafactory call site: its
 * Methodref names a method the VM never calls, so it is not checked. */
static int is_bootstrap_ref(const cf_class *cf, unsigned idx)
{
    for (uint16_t b = 0; b < cf->nbootstrap; b++) {
        unsigned mh = cf->bootstrap[b].method_handle;
        if (mh < cf->cp_count && cf->cp[mh].idx2 == idx)
            return 1;
    }
    return 0;
}

/* Structure first: a class that does not parse or verify, or sits at the wrong path. */
static int check_structure(struct cw_class *c, struct msglist *errors)
{
    char err[512];
    if (classfile_check(c->item->data, c->item->len, err, sizeof err) != 0) {
        msglist_add(errors, "%s: bad class file: %s", c->item->source, err);
        return -1;
    }
    const cf_class *cf = cw_parse(c);
    if (!cf) {
        msglist_add(errors, "%s: bad class file: %s", c->item->source, c->error);
        return -1;
    }
    const char *self = cw_class_name(cf, cf->this_class);
    if (!self || strcmp(self, c->item->name) != 0) {
        char a[512], b[512];
        msglist_add(errors, "%s: holds class %s, but its path says %s", c->item->source,
                    self ? cw_dotted(self, a, sizeof a) : "?", cw_dotted(c->item->name, b, sizeof b));
        return -1;
    }
    return 0;
}

static size_t check_class(struct classworld *w, struct cw_class *c, struct msglist *problems)
{
    char self[512];
    uint8_t *op = calloc(c->cf->cp_count ? c->cf->cp_count : 1, 1);
    struct ctx x = { w, c->cf, cw_dotted(c->item->name, self, sizeof self),
                     op ? map_users(c->cf, op) : NULL, op, problems, 0 };
    if (!x.who) {
        free(op);
        msglist_add(problems, "%s: out of memory", c->item->source);
        return 1;
    }
    if (!(c->cf->access & (ACC_ABSTRACT | ACC_INTERFACE)))
        check_abstract_from(&x, c->cf, 0);
    for (unsigned i = 1; i < c->cf->cp_count; i++) {
        switch (c->cf->cp[i].tag) {
        case CONST_Class:
            check_class_ref(&x, i);
            break;
        case CONST_Fieldref:
        case CONST_Methodref:
        case CONST_InterfaceMethodref:
            if (!is_bootstrap_ref(c->cf, i))
                check_member_ref(&x, i);
            break;
        case CONST_InvokeDynamic:
            check_indy(&x, i);
            break;
        }
    }
    free(x.who);
    free(x.op);
    return x.count;
}

size_t linkcheck_run(struct classworld *w, struct msglist *problems, struct msglist *errors)
{
    size_t count = 0;
    for (size_t i = 0; i < w->app->nclasses; i++) {
        struct cw_class *c = &w->app_classes[i];
        if (check_structure(c, errors) == 0)
            count += check_class(w, c, problems);
    }
    return count;
}
