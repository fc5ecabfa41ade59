/* classfile.c: bounds-checked class file parser and structural bytecode check (JVMS 8 §4).
 * Stands alone: libc only, with verify.c (see classfile.h). */
#include "classfile.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- arena: every allocation of one parse, freed at once ---- */
typedef struct chunk { struct chunk *next; size_t used, cap; max_align_t data[]; } chunk;

static void *arena_alloc(void **arena, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    chunk *c = *arena;
    if (!c || c->cap - c->used < n) {
        size_t cap = n > 16384 ? n : 16384;
        chunk *nc = malloc(sizeof(chunk) + cap);
        if (!nc)
            return NULL;
        nc->next = c;
        nc->used = 0;
        nc->cap = cap;
        *arena = c = nc;
    }
    void *p = (char *)c->data + c->used;
    c->used += n;
    memset(p, 0, n);
    return p;
}

static void arena_free(void *arena)
{
    for (chunk *c = arena, *n; c; c = n) {
        n = c->next;
        free(c);
    }
}

/* ---- reader ---- */
typedef struct {
    const uint8_t *p, *end;
    int kind;          /* first error kind, CF_OK while fine */
    char *err;
    size_t errlen;
    void *arena;
} reader;

static void fail(reader *r, int kind, const char *fmt, ...)
{
    if (r->kind != CF_OK)
        return;
    r->kind = kind;
    va_list ap;
    va_start(ap, fmt);
    if (r->errlen)
        vsnprintf(r->err, r->errlen, fmt, ap);
    va_end(ap);
    r->p = r->end;
}

static int need(reader *r, size_t n)
{
    if (r->kind != CF_OK)
        return 0;
    if ((size_t)(r->end - r->p) < n) {
        fail(r, CF_FORMAT, "Truncated class file");
        return 0;
    }
    return 1;
}

static uint8_t u1(reader *r) { return need(r, 1) ? *r->p++ : 0; }
static uint16_t u2(reader *r)
{
    if (!need(r, 2))
        return 0;
    uint16_t v = (uint16_t)(r->p[0] << 8 | r->p[1]);
    r->p += 2;
    return v;
}
static uint32_t u4(reader *r)
{
    if (!need(r, 4))
        return 0;
    uint32_t v = (uint32_t)r->p[0] << 24 | (uint32_t)r->p[1] << 16 | (uint32_t)r->p[2] << 8 | r->p[3];
    r->p += 4;
    return v;
}

static void *alloc(reader *r, size_t n)
{
    void *p = arena_alloc(&r->arena, n ? n : 1);
    if (!p)
        fail(r, CF_NOMEM, "out of memory");
    return p;
}

/* ---- modified UTF-8 and descriptors ---- */
static int valid_mutf8(const uint8_t *s, uint32_t n)
{
    for (uint32_t i = 0; i < n;) {
        uint8_t c = s[i];
        if (c == 0 || c >= 0xf0)
            return 0;
        if (c < 0x80) {
            i++;
        } else if ((c & 0xe0) == 0xc0) {
            if (i + 1 >= n || (s[i + 1] & 0xc0) != 0x80)
                return 0;
            i += 2;
        } else if ((c & 0xf0) == 0xe0) {
            if (i + 2 >= n || (s[i + 1] & 0xc0) != 0x80 || (s[i + 2] & 0xc0) != 0x80)
                return 0;
            i += 3;
        } else {
            return 0;
        }
    }
    return 1;
}

static const char *field_type_end(const char *d)
{
    int dims = 0;
    while (*d == '[') {
        if (++dims > 255)
            return NULL;
        d++;
    }
    switch (*d) {
    case 'B': case 'C': case 'D': case 'F': case 'I': case 'J': case 'S': case 'Z':
        return d + 1;
    case 'L': {
        const char *s = ++d;
        while (*d && *d != ';' && *d != '.' && *d != '[')
            d++;
        return (*d == ';' && d > s) ? d + 1 : NULL;
    }
    default:
        return NULL;
    }
}

int cf_valid_descriptor(const char *d, int method)
{
    if (!method) {
        const char *e = field_type_end(d);
        return e && *e == 0;
    }
    if (*d++ != '(')
        return 0;
    while (*d != ')') {
        d = field_type_end(d);
        if (!d)
            return 0;
    }
    d++;
    if (*d == 'V')
        return d[1] == 0;
    const char *e = field_type_end(d);
    return e && *e == 0;
}

/* ---- constant pool ---- */
static const cf_const *cp_get(const cf_class *c, unsigned i, int tag)
{
    if (i == 0 || i >= c->cp_count || c->cp[i].tag != tag)
        return NULL;
    return &c->cp[i];
}

static const char *cp_utf8(reader *r, const cf_class *c, unsigned i)
{
    const cf_const *e = cp_get(c, i, CONST_Utf8);
    if (!e) {
        fail(r, CF_FORMAT, "Illegal constant pool index %u (expected Utf8)", i);
        return "";
    }
    return e->str;
}

static void parse_cp(reader *r, cf_class *c)
{
    c->cp_count = u2(r);
    if (r->kind == CF_OK && c->cp_count == 0)
        fail(r, CF_FORMAT, "Illegal constant pool size 0");
    c->cp = alloc(r, sizeof(cf_const) * (c->cp_count ? c->cp_count : 1));
    for (unsigned i = 1; r->kind == CF_OK && i < c->cp_count; i++) {
        cf_const *e = &c->cp[i];
        e->tag = u1(r);
        switch (e->tag) {
        case CONST_Utf8: {
            e->len = u2(r);
            if (!need(r, e->len))
                break;
            if (!valid_mutf8(r->p, e->len)) {
                fail(r, CF_FORMAT, "Illegal UTF8 string in constant pool");
                break;
            }
            char *s = alloc(r, e->len + 1);
            if (!s)
                break;
            memcpy(s, r->p, e->len);
            r->p += e->len;
            e->str = s;
            break;
        }
        case CONST_Integer: e->v.i = (int32_t)u4(r); break;
        case CONST_Float: { uint32_t b = u4(r); memcpy(&e->v.f, &b, 4); break; }
        case CONST_Long: case CONST_Double: {
            uint64_t hi = u4(r), lo = u4(r), b = hi << 32 | lo;
            memcpy(&e->v.j, &b, 8);
            if (i + 1 >= c->cp_count)
                fail(r, CF_FORMAT, "Long/double at end of constant pool");
            i++;   /* the next slot is unusable (tag 0) */
            break;
        }
        case CONST_Class: case CONST_String: case CONST_MethodType:
            e->idx1 = u2(r);
            break;
        case CONST_Fieldref: case CONST_Methodref: case CONST_InterfaceMethodref:
        case CONST_NameAndType: case CONST_InvokeDynamic:
            e->idx1 = u2(r);
            e->idx2 = u2(r);
            break;
        case CONST_MethodHandle:
            e->idx1 = u1(r);
            e->idx2 = u2(r);
            break;
        default:
            fail(r, CF_FORMAT, "Unknown constant tag %u in class file", e->tag);
        }
    }
}

/* Second pass: every reference inside the pool points at an entry of the right kind. */
static void check_cp(reader *r, cf_class *c)
{
    for (unsigned i = 1; r->kind == CF_OK && i < c->cp_count; i++) {
        cf_const *e = &c->cp[i];
        switch (e->tag) {
        case CONST_Class: {
            const char *n = cp_utf8(r, c, e->idx1);
            if (r->kind == CF_OK && (n[0] == 0 || (n[0] == '[' && !cf_valid_descriptor(n, 0))))
                fail(r, CF_FORMAT, "Illegal class name \"%s\"", n);
            break;
        }
        case CONST_String: case CONST_MethodType:
            cp_utf8(r, c, e->idx1);
            break;
        case CONST_Fieldref: case CONST_Methodref: case CONST_InterfaceMethodref: {
            const cf_const *nt = cp_get(c, e->idx2, CONST_NameAndType);
            if (!cp_get(c, e->idx1, CONST_Class) || !nt) {
                fail(r, CF_FORMAT, "Invalid constant pool reference at %u", i);
                break;
            }
            const char *d = cp_utf8(r, c, nt->idx2);
            if (r->kind == CF_OK && !cf_valid_descriptor(d, e->tag != CONST_Fieldref))
                fail(r, CF_FORMAT, "Illegal descriptor \"%s\"", d);
            break;
        }
        case CONST_NameAndType:
            cp_utf8(r, c, e->idx1);
            cp_utf8(r, c, e->idx2);
            break;
        case CONST_InvokeDynamic: {
            const cf_const *nt = cp_get(c, e->idx2, CONST_NameAndType);
            if (!nt)
                fail(r, CF_FORMAT, "Invalid constant pool reference at %u", i);
            else if (!cf_valid_descriptor(cp_utf8(r, c, nt->idx2), 1))
                fail(r, CF_FORMAT, "Illegal invokedynamic descriptor");
            break;
        }
        case CONST_MethodHandle: {
            unsigned k = e->idx1, t = e->idx2 < c->cp_count ? c->cp[e->idx2].tag : 0;
            int ok = (k >= 1 && k <= 4) ? t == CONST_Fieldref
                   : (k >= 5 && k <= 8) ? (t == CONST_Methodref || t == CONST_InterfaceMethodref)
                   : k == 9 ? t == CONST_InterfaceMethodref : 0;
            if (!ok)
                fail(r, CF_FORMAT, "Bad method handle at %u", i);
            break;
        }
        }
    }
}

/* ---- attributes ---- */
static void skip(reader *r, uint32_t n)
{
    if (need(r, n))
        r->p += n;
}

static void parse_code(reader *r, cf_class *c, cf_method *m, uint32_t alen)
{
    const uint8_t *end = r->p + alen;
    m->max_stack = u2(r);
    m->max_locals = u2(r);
    m->code_len = u4(r);
    if (r->kind == CF_OK && (m->code_len == 0 || m->code_len > 65535))
        fail(r, CF_FORMAT, "Invalid method Code length %u", m->code_len);
    if (!need(r, m->code_len))
        return;
    m->code = r->p;
    r->p += m->code_len;
    m->nhandlers = u2(r);
    m->handlers = alloc(r, sizeof(cf_handler) * m->nhandlers);
    for (unsigned i = 0; r->kind == CF_OK && i < m->nhandlers; i++) {
        cf_handler *h = &m->handlers[i];
        h->start = u2(r); h->end = u2(r); h->handler = u2(r); h->catch_type = u2(r);
        if (h->start >= h->end || h->end > m->code_len || h->handler >= m->code_len)
            fail(r, CF_FORMAT, "Illegal exception table range");
        else if (h->catch_type && !cp_get(c, h->catch_type, CONST_Class))
            fail(r, CF_FORMAT, "Illegal exception table catch type");
    }
    unsigned n = u2(r);
    for (unsigned i = 0; r->kind == CF_OK && i < n; i++) {
        const char *an = cp_utf8(r, c, u2(r));
        uint32_t len = u4(r);
        if (r->kind != CF_OK)
            break;
        if (!strcmp(an, "LineNumberTable")) {
            const uint8_t *aend = r->p + (need(r, len) ? len : 0);
            unsigned k = u2(r);
            cf_line *l = alloc(r, sizeof(cf_line) * (m->nlines + k));
            if (!l)
                break;
            if (m->nlines)
                memcpy(l, m->lines, sizeof(cf_line) * m->nlines);
            for (unsigned j = 0; j < k && r->kind == CF_OK; j++) {
                l[m->nlines + j].pc = u2(r);
                l[m->nlines + j].line = u2(r);
            }
            m->lines = l;
            m->nlines = (uint16_t)(m->nlines + k);
            if (r->kind == CF_OK && r->p != aend)
                fail(r, CF_FORMAT, "LineNumberTable length mismatch");
        } else {
            skip(r, len);
        }
    }
    if (r->kind == CF_OK && r->p != end)
        fail(r, CF_FORMAT, "Code attribute length mismatch");
}

static void parse_member_attrs(reader *r, cf_class *c, cf_field *f, cf_method *m)
{
    unsigned n = u2(r);
    for (unsigned i = 0; r->kind == CF_OK && i < n; i++) {
        const char *an = cp_utf8(r, c, u2(r));
        uint32_t len = u4(r);
        if (r->kind != CF_OK || !need(r, len))
            break;
        const uint8_t *end = r->p + len;
        if (m && !strcmp(an, "Code")) {
            if (m->code)
                fail(r, CF_FORMAT, "Multiple Code attributes");
            parse_code(r, c, m, len);
        } else if (f && !strcmp(an, "ConstantValue") && (f->access & ACC_STATIC)) {
            f->constval = u2(r);
            unsigned t = f->constval < c->cp_count ? c->cp[f->constval].tag : 0;
            char d = f->desc[0];
            int ok = (d == 'J') ? t == CONST_Long : (d == 'F') ? t == CONST_Float
                   : (d == 'D') ? t == CONST_Double
                   : (d == 'L') ? t == CONST_String && !strcmp(f->desc, "Ljava/lang/String;")
                   : (d == '[') ? 0 : t == CONST_Integer;
            if (r->kind == CF_OK && !ok)
                fail(r, CF_FORMAT, "Bad ConstantValue for field %s", f->name);
        }
        r->p = end;
    }
}

static void parse_members(reader *r, cf_class *c, int methods)
{
    unsigned n = u2(r);
    if (methods) {
        c->nmethods = (uint16_t)n;
        c->methods = alloc(r, sizeof(cf_method) * n);
    } else {
        c->nfields = (uint16_t)n;
        c->fields = alloc(r, sizeof(cf_field) * n);
    }
    for (unsigned i = 0; r->kind == CF_OK && i < n; i++) {
        uint16_t acc = u2(r);
        const char *name = cp_utf8(r, c, u2(r));
        const char *desc = cp_utf8(r, c, u2(r));
        if (r->kind != CF_OK)
            break;
        if (!cf_valid_descriptor(desc, methods)) {
            fail(r, CF_FORMAT, "Illegal descriptor \"%s\" for %s", desc, name);
            break;
        }
        if (methods) {
            cf_method *m = &c->methods[i];
            m->access = acc; m->name = name; m->desc = desc;
            parse_member_attrs(r, c, NULL, m);
            int needs_code = !(acc & (ACC_NATIVE | ACC_ABSTRACT));
            if (r->kind == CF_OK && needs_code != (m->code != NULL))
                fail(r, CF_FORMAT, "%s Code attribute in method %s",
                     needs_code ? "Absent" : "Unexpected", name);
        } else {
            cf_field *f = &c->fields[i];
            f->access = acc; f->name = name; f->desc = desc;
            parse_member_attrs(r, c, f, NULL);
        }
    }
}

static void parse_class_attrs(reader *r, cf_class *c)
{
    unsigned n = u2(r);
    for (unsigned i = 0; r->kind == CF_OK && i < n; i++) {
        const char *an = cp_utf8(r, c, u2(r));
        uint32_t len = u4(r);
        if (r->kind != CF_OK || !need(r, len))
            break;
        const uint8_t *end = r->p + len;
        if (!strcmp(an, "SourceFile")) {
            c->source_file = cp_utf8(r, c, u2(r));
        } else if (!strcmp(an, "BootstrapMethods")) {
            c->nbootstrap = u2(r);
            c->bootstrap = alloc(r, sizeof(cf_bootstrap) * c->nbootstrap);
            for (unsigned j = 0; r->kind == CF_OK && j < c->nbootstrap; j++) {
                cf_bootstrap *b = &c->bootstrap[j];
                b->method_handle = u2(r);
                b->nargs = u2(r);
                if (!cp_get(c, b->method_handle, CONST_MethodHandle))
                    fail(r, CF_FORMAT, "Bad bootstrap method handle");
                b->args = alloc(r, 2u * b->nargs);
                for (unsigned k = 0; r->kind == CF_OK && k < b->nargs; k++) {
                    b->args[k] = u2(r);
                    if (b->args[k] == 0 || b->args[k] >= c->cp_count)
                        fail(r, CF_FORMAT, "Bad bootstrap argument");
                }
            }
        }
        if (r->kind == CF_OK && r->p > end)
            fail(r, CF_FORMAT, "Attribute %s length mismatch", an);
        r->p = end;
    }
}

int cf_parse(const uint8_t *data, size_t len, cf_class **out, char *err, size_t errlen)
{
    reader r = { data, data + len, CF_OK, err, errlen, NULL };
    if (errlen)
        err[0] = 0;
    cf_class *c = alloc(&r, sizeof *c);
    if (u4(&r) != 0xCAFEBABE && r.kind == CF_OK)
        fail(&r, CF_FORMAT, "Incompatible magic value in class file");
    if (c) {
        c->minor = u2(&r);
        c->major = u2(&r);
        if (r.kind == CF_OK && (c->major < 45 || c->major > 52))
            fail(&r, CF_VERSION, "Unsupported major.minor version %u.%u", c->major, c->minor);
        parse_cp(&r, c);
        check_cp(&r, c);
        c->access = u2(&r);
        c->this_class = u2(&r);
        c->super_class = u2(&r);
        if (r.kind == CF_OK && !cp_get(c, c->this_class, CONST_Class))
            fail(&r, CF_FORMAT, "Invalid this_class index");
        if (r.kind == CF_OK && c->super_class && !cp_get(c, c->super_class, CONST_Class))
            fail(&r, CF_FORMAT, "Invalid superclass index");
        if (r.kind == CF_OK && (c->access & ACC_INTERFACE) && !(c->access & ACC_ABSTRACT))
            fail(&r, CF_FORMAT, "Illegal class modifiers 0x%x", c->access);
        c->ninterfaces = u2(&r);
        c->interfaces = alloc(&r, 2u * c->ninterfaces);
        for (unsigned i = 0; r.kind == CF_OK && i < c->ninterfaces; i++) {
            c->interfaces[i] = u2(&r);
            if (!cp_get(c, c->interfaces[i], CONST_Class))
                fail(&r, CF_FORMAT, "Invalid interface index");
        }
        parse_members(&r, c, 0);
        parse_members(&r, c, 1);
        parse_class_attrs(&r, c);
        if (r.kind == CF_OK && r.p != r.end)
            fail(&r, CF_FORMAT, "Extra bytes at the end of class file");
    }
    if (r.kind != CF_OK) {
        arena_free(r.arena);
        return r.kind;
    }
    c->arena = r.arena;
    *out = c;
    return CF_OK;
}

void cf_free(cf_class *c)
{
    if (c)
        arena_free(c->arena);
}

/* ---- structural bytecode check ---- */

/* Length of fixed-size instructions; 0 = invalid, -1 = variable (switches, wide). */
static int op_length(uint8_t op)
{
    if (op <= 15) return 1;
    if (op == 16 || op == 18) return 2;
    if (op == 17 || op == 19 || op == 20) return 3;
    if (op >= 21 && op <= 25) return 2;
    if (op >= 26 && op <= 53) return 1;
    if (op >= 54 && op <= 58) return 2;
    if (op >= 59 && op <= 131) return 1;
    if (op == 132) return 3;
    if (op >= 133 && op <= 152) return 1;
    if (op >= 153 && op <= 167) return 3;
    if (op == 168 || op == 169) return 0;   /* jsr/ret: not allowed in our class files */
    if (op == 170 || op == 171) return -1;
    if (op >= 172 && op <= 177) return 1;
    if (op >= 178 && op <= 184) return 3;
    if (op == 185 || op == 186) return 5;
    if (op == 187) return 3;
    if (op == 188) return 2;
    if (op == 189) return 3;
    if (op >= 190 && op <= 191) return 1;
    if (op == 192 || op == 193) return 3;
    if (op == 194 || op == 195) return 1;
    if (op == 196) return -1;
    if (op == 197) return 4;
    if (op == 198 || op == 199) return 3;
    if (op == 200) return 5;
    return 0;
}

static int32_t rd4(const uint8_t *p) { return (int32_t)((uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]); }
static uint16_t rd2(const uint8_t *p) { return (uint16_t)(p[0] << 8 | p[1]); }

static int verr(char *err, size_t errlen, const cf_method *m, uint32_t pc, const char *what)
{
    if (errlen)
        snprintf(err, errlen, "%s in method %s%s at pc %u", what, m->name, m->desc, pc);
    return CF_VERIFY;
}

static int local_ok(const cf_method *m, unsigned idx, uint8_t op)
{
    int wide = (op == 22 || op == 24 || op == 55 || op == 57 ||
                (op >= 30 && op <= 33) || (op >= 38 && op <= 41) ||
                (op >= 63 && op <= 66) || (op >= 71 && op <= 74));
    return idx + (unsigned)wide < m->max_locals;
}

static int cp_operand_ok(const cf_class *c, uint8_t op, unsigned i)
{
    if (i == 0 || i >= c->cp_count)
        return 0;
    int t = c->cp[i].tag;
    switch (op) {
    case 18: case 19:
        return t == CONST_Integer || t == CONST_Float || t == CONST_String || t == CONST_Class ||
               t == CONST_MethodType || t == CONST_MethodHandle;
    case 20: return t == CONST_Long || t == CONST_Double;
    case 178: case 179: case 180: case 181: return t == CONST_Fieldref;
    case 182: return t == CONST_Methodref;
    case 183: case 184: return t == CONST_Methodref || t == CONST_InterfaceMethodref;
    case 185: return t == CONST_InterfaceMethodref;
    case 186: return t == CONST_InvokeDynamic;
    default: return t == CONST_Class;   /* new, anewarray, checkcast, instanceof, multianewarray */
    }
}

int cf_check_code(const cf_class *c, const cf_method *m, char *err, size_t errlen)
{
    uint32_t n = m->code_len;
    const uint8_t *code = m->code;
    uint8_t *start = calloc(n + 1, 1);
    if (!start)
        return CF_NOMEM;
    int rc = 0;
    /* pass 1: instruction boundaries and operands */
    for (uint32_t pc = 0; pc < n && !rc;) {
        uint8_t op = code[pc];
        int len = op_length(op);
        start[pc] = 1;
        if (len == 0) {
            rc = verr(err, errlen, m, pc, "Bad instruction");
            break;
        }
        if (len < 0) {
            if (op == 196) {
                if (pc + 1 >= n) { rc = verr(err, errlen, m, pc, "Truncated wide"); break; }
                uint8_t w = code[pc + 1];
                len = (w == 132) ? 6 : 4;
                if (!((w >= 21 && w <= 25) || (w >= 54 && w <= 58) || w == 132)) {
                    rc = verr(err, errlen, m, pc, "Bad wide instruction");
                    break;
                }
                if (pc + (uint32_t)len > n) { rc = verr(err, errlen, m, pc, "Truncated code"); break; }
                if (!local_ok(m, rd2(code + pc + 2), w))
                    rc = verr(err, errlen, m, pc, "Illegal local variable number");
            } else {
                uint32_t base = (pc + 4) & ~3u;
                if (base + 12 > n) { rc = verr(err, errlen, m, pc, "Truncated switch"); break; }
                if (op == 170) {
                    int32_t lo = rd4(code + base + 4), hi = rd4(code + base + 8);
                    if (lo > hi || (uint64_t)((int64_t)hi - lo + 1) * 4 + base + 12 > n) {
                        rc = verr(err, errlen, m, pc, "Bad tableswitch");
                        break;
                    }
                    len = (int)(base + 12 + (uint32_t)((int64_t)hi - lo + 1) * 4 - pc);
                } else {
                    int32_t np = rd4(code + base + 4);
                    if (np < 0 || (uint64_t)np * 8 + base + 8 > n) {
                        rc = verr(err, errlen, m, pc, "Bad lookupswitch");
                        break;
                    }
                    len = (int)(base + 8 + (uint32_t)np * 8 - pc);
                }
            }
        } else if (pc + (uint32_t)len > n) {
            rc = verr(err, errlen, m, pc, "Truncated code");
            break;
        }
        if ((op >= 21 && op <= 25) || (op >= 54 && op <= 58) || op == 132) {
            if (!local_ok(m, code[pc + 1], op))
                rc = verr(err, errlen, m, pc, "Illegal local variable number");
        } else if ((op >= 26 && op <= 45) || (op >= 59 && op <= 78)) {
            unsigned idx = (unsigned)((op >= 59 ? op - 59 : op - 26) % 4);
            if (!local_ok(m, idx, op))
                rc = verr(err, errlen, m, pc, "Illegal local variable number");
        } else if (op == 18 || op == 19 || op == 20 || (op >= 178 && op <= 187) || op == 189 ||
                   op == 192 || op == 193 || op == 197) {
            unsigned i = (op == 18) ? code[pc + 1] : rd2(code + pc + 1);
            if (!cp_operand_ok(c, op, i))
                rc = verr(err, errlen, m, pc, "Illegal constant pool index");
            else if (op == 197 && code[pc + 3] == 0)
                rc = verr(err, errlen, m, pc, "Illegal dimension");
        } else if (op == 188 && (code[pc + 1] < 4 || code[pc + 1] > 11)) {
            rc = verr(err, errlen, m, pc, "Illegal newarray type");
        }
        pc += (uint32_t)len;
        if (pc == n)
            break;
        if (pc > n)
            rc = verr(err, errlen, m, pc, "Truncated code");
    }
    /* pass 2: branch targets and handlers on instruction boundaries; no falling off the end */
    uint32_t last = 0;
    for (uint32_t pc = 0; pc < n && !rc;) {
        uint8_t op = code[pc];
        int len = op_length(op);
        last = pc;
        if ((op >= 153 && op <= 167) || op == 198 || op == 199 || op == 200) {
            int32_t off = op == 200 ? rd4(code + pc + 1) : (int16_t)rd2(code + pc + 1);
            int64_t t = (int64_t)pc + off;
            if (t < 0 || t >= n || !start[t])
                rc = verr(err, errlen, m, pc, "Illegal target of jump or branch");
        } else if (op == 170 || op == 171) {
            uint32_t base = (pc + 4) & ~3u;
            int32_t cnt = op == 170 ? rd4(code + base + 8) - rd4(code + base + 4) + 1 : rd4(code + base + 4);
            uint32_t first = base + 12, step = op == 170 ? 4 : 8;
            int64_t t = (int64_t)pc + rd4(code + base);
            if (t < 0 || t >= n || !start[t])
                rc = verr(err, errlen, m, pc, "Illegal default target of switch");
            for (int32_t k = 0; k < cnt && !rc; k++) {
                t = (int64_t)pc + rd4(code + first + (uint32_t)k * step);
                if (t < 0 || t >= n || !start[t])
                    rc = verr(err, errlen, m, pc, "Illegal target of switch");
            }
            len = (int)((op == 170 ? base + 12 + (uint32_t)cnt * 4 : base + 8 + (uint32_t)cnt * 8) - pc);
        } else if (op == 196) {
            len = code[pc + 1] == 132 ? 6 : 4;
        }
        pc += (uint32_t)len;
    }
    if (!rc) {
        uint8_t op = code[last];
        int ends = (op >= 172 && op <= 177) || op == 191 || op == 167 || op == 200 ||
                   op == 170 || op == 171;
        if (!ends)
            rc = verr(err, errlen, m, last, "Falling off the end of the code");
    }
    for (unsigned i = 0; i < m->nhandlers && !rc; i++) {
        const cf_handler *h = &m->handlers[i];
        if (!start[h->start] || !start[h->handler] || (h->end < n && !start[h->end]))
            rc = verr(err, errlen, m, h->start, "Illegal exception table entry");
    }
    free(start);
    return rc;
}

int classfile_check(const uint8_t *data, size_t len, char *err, size_t errlen)
{
    cf_class *c = NULL;
    if (cf_parse(data, len, &c, err, errlen) != CF_OK)
        return -1;
    int rc = 0;
    for (unsigned i = 0; i < c->nmethods && !rc; i++)
        if (c->methods[i].code && (cf_check_code(c, &c->methods[i], err, errlen) != 0 ||
                                   cf_verify_method(c, &c->methods[i], err, errlen) != 0))
            rc = -1;
    cf_free(c);
    return rc;
}
