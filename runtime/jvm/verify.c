/* verify.c: a type-inference bytecode verifier at the granularity of the JVM's value kinds.
 *
 * Data-flow over the instructions (JVMS 4.10.2 in spirit): each instruction start gets the types
 * of its locals and operand stack — int, float, long (two slots), double (two slots), reference
 * or unusable — merged at join points until nothing changes. It rejects what would make the
 * interpreter misbehave: operand stack overflow or underflow, a primitive used as a reference
 * (or the reverse), category-2 values split, wrong return kinds, unusable locals read. Reference
 * types are not distinguished by class: the interpreter checks those where memory safety
 * depends on them (array element kinds, field owners). Runs after cf_check_code, so opcodes,
 * operands and branch targets are already known to be well-formed.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "classfile.h"
#include "opcodes.h"

/* Stands alone like classfile.c (libc only): the fuzz target links the two together. */
static uint16_t be16(const uint8_t *p) { return (uint16_t)(p[0] << 8 | p[1]); }
static int32_t be32(const uint8_t *p)
{
    return (int32_t)((uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]);
}

enum { T_TOP = 0, T_INT = 'I', T_FLOAT = 'F', T_LONG = 'J', T_LONG2 = 'j', T_DOUBLE = 'D',
       T_DOUBLE2 = 'd', T_REF = 'A' };

typedef struct {
    const cf_class *cf;
    const cf_method *m;
    int nl, ns;            /* max_locals, max_stack */
    uint8_t *states;       /* per pc: nl local types, ns stack types, then the stack height */
    uint8_t *seen, *dirty;
    uint8_t *cur;          /* the state being stepped */
    int sp;
    char *err;
    size_t errlen;
    uint32_t pc;
    int failed;
} V;

#define STATE(v, pc) ((v)->states + (size_t)(pc) * (size_t)((v)->nl + (v)->ns + 1))

static void fail(V *v, const char *what)
{
    if (!v->failed && v->errlen)
        snprintf(v->err, v->errlen, "%s in method %s%s at pc %u", what, v->m->name, v->m->desc, v->pc);
    v->failed = 1;
}

static void push(V *v, uint8_t t)
{
    if (v->sp >= v->ns) {
        fail(v, "Operand stack overflow");
        return;
    }
    v->cur[v->nl + v->sp++] = t;
    if (t == T_LONG || t == T_DOUBLE)
        push(v, t == T_LONG ? T_LONG2 : T_DOUBLE2);
}

static uint8_t pop1(V *v)
{
    if (v->sp <= 0) {
        fail(v, "Operand stack underflow");
        return T_TOP;
    }
    return v->cur[v->nl + --v->sp];
}

/* Pop a value of kind t (a two-slot kind pops both halves). */
static void pop(V *v, uint8_t t)
{
    if (t == T_LONG || t == T_DOUBLE) {
        uint8_t hi = pop1(v), lo = pop1(v);
        if (lo != t || hi != (t == T_LONG ? T_LONG2 : T_DOUBLE2))
            fail(v, "Bad type on operand stack");
        return;
    }
    if (pop1(v) != t)
        fail(v, "Bad type on operand stack");
}

static uint8_t kind_of(char d)
{
    switch (d) {
    case 'B': case 'C': case 'I': case 'S': case 'Z': return T_INT;
    case 'F': return T_FLOAT;
    case 'J': return T_LONG;
    case 'D': return T_DOUBLE;
    default: return T_REF;
    }
}

static void load(V *v, unsigned idx, uint8_t t)
{
    if (idx >= (unsigned)v->nl || v->cur[idx] != t ||
        ((t == T_LONG || t == T_DOUBLE) && (idx + 1 >= (unsigned)v->nl || v->cur[idx + 1] != (t == T_LONG ? T_LONG2 : T_DOUBLE2)))) {
        fail(v, "Bad local variable type");
        return;
    }
    push(v, t);
}

static void store(V *v, unsigned idx, uint8_t t)
{
    bool wide = t == T_LONG || t == T_DOUBLE;
    if (idx + wide >= (unsigned)v->nl) {
        fail(v, "Illegal local variable number");
        return;
    }
    uint8_t val = (t == T_REF) ? pop1(v) : (pop(v, t), t);
    if (t == T_REF && val != T_REF)
        fail(v, "Bad type on operand stack");
    /* overwriting half of a two-slot value kills the other half */
    if (idx > 0 && (v->cur[idx - 1] == T_LONG || v->cur[idx - 1] == T_DOUBLE))
        v->cur[idx - 1] = T_TOP;
    if (!wide && idx + 1 < (unsigned)v->nl && (v->cur[idx + 1] == T_LONG2 || v->cur[idx + 1] == T_DOUBLE2))
        v->cur[idx + 1] = T_TOP;
    if (wide && idx + 2 < (unsigned)v->nl && (v->cur[idx + 2] == T_LONG2 || v->cur[idx + 2] == T_DOUBLE2))
        v->cur[idx + 2] = T_TOP;
    v->cur[idx] = t;
    if (wide)
        v->cur[idx + 1] = t == T_LONG ? T_LONG2 : T_DOUBLE2;
}

/* Merge the current state into the state at target; mark it for a visit if it changed. */
static void flow(V *v, int64_t target)
{
    uint8_t *s = STATE(v, target);
    int n = v->nl + v->ns;
    if (!v->seen[target]) {
        memcpy(s, v->cur, (size_t)n);
        s[n] = (uint8_t)v->sp;
        v->seen[target] = v->dirty[target] = 1;
        return;
    }
    if (s[n] != v->sp) {
        fail(v, "Inconsistent stack height at branch target");
        return;
    }
    for (int i = 0; i < v->nl; i++)
        if (s[i] != T_TOP && s[i] != v->cur[i]) {
            s[i] = T_TOP;
            v->dirty[target] = 1;
        }
    for (int i = 0; i < v->sp; i++)
        if (s[v->nl + i] != v->cur[v->nl + i])
            fail(v, "Inconsistent stack types at branch target");
}

static const char *cp_nat_desc(const cf_class *cf, unsigned idx)
{
    const cf_const *e = &cf->cp[idx];
    return cf->cp[cf->cp[e->idx2].idx2].str;
}

static void invoke(V *v, const char *desc, bool has_this)
{
    char types[256];
    int n = 0;
    for (const char *p = desc + 1; *p != ')';) {
        if (n < 255)
            types[n++] = *p;
        while (*p == '[')
            p++;
        if (*p == 'L')
            p = strchr(p, ';');
        p++;
    }
    while (n > 0)
        pop(v, kind_of(types[--n]));
    if (has_this)
        pop(v, T_REF);
    char r = strchr(desc, ')')[1];
    if (r != 'V')
        push(v, kind_of(r));
}

static int32_t rd4(const uint8_t *p) { return be32(p); }

/* Step one instruction at pc from v->cur; flows into successors. */
static void step(V *v, uint32_t pc)
{
    const uint8_t *c = v->m->code + pc;
    uint8_t op = c[0];
    v->pc = pc;
    unsigned idx = (c[0] >= 178 && c[0] <= 197) || op == OP_LDC_W || op == OP_LDC2_W || op == OP_SIPUSH ? be16(c + 1) : c[1];
    uint32_t len = 1;
    bool falls = true;
    char rt = strchr(v->m->desc, ')')[1];
    switch (op) {
    case OP_NOP: break;
    case OP_ACONST_NULL: push(v, T_REF); break;
    case OP_ICONST_M1: case OP_ICONST_0: case OP_ICONST_1: case OP_ICONST_2: case OP_ICONST_3:
    case OP_ICONST_4: case OP_ICONST_5: push(v, T_INT); break;
    case OP_LCONST_0: case OP_LCONST_1: push(v, T_LONG); break;
    case OP_FCONST_0: case OP_FCONST_1: case OP_FCONST_2: push(v, T_FLOAT); break;
    case OP_DCONST_0: case OP_DCONST_1: push(v, T_DOUBLE); break;
    case OP_BIPUSH: push(v, T_INT); len = 2; break;
    case OP_SIPUSH: push(v, T_INT); len = 3; break;
    case OP_LDC: case OP_LDC_W: case OP_LDC2_W: {
        len = op == OP_LDC ? 2 : 3;
        int tag = v->cf->cp[op == OP_LDC ? c[1] : idx].tag;
        push(v, tag == CONST_Integer ? T_INT : tag == CONST_Float ? T_FLOAT : tag == CONST_Long ? T_LONG
                : tag == CONST_Double ? T_DOUBLE : T_REF);
        break;
    }
    case OP_ILOAD: load(v, c[1], T_INT); len = 2; break;
    case OP_LLOAD: load(v, c[1], T_LONG); len = 2; break;
    case OP_FLOAD: load(v, c[1], T_FLOAT); len = 2; break;
    case OP_DLOAD: load(v, c[1], T_DOUBLE); len = 2; break;
    case OP_ALOAD: load(v, c[1], T_REF); len = 2; break;
    case OP_ILOAD_0 ... OP_ILOAD_3: load(v, op - OP_ILOAD_0, T_INT); break;
    case OP_LLOAD_0 ... OP_LLOAD_3: load(v, op - OP_LLOAD_0, T_LONG); break;
    case OP_FLOAD_0 ... OP_FLOAD_3: load(v, op - OP_FLOAD_0, T_FLOAT); break;
    case OP_DLOAD_0 ... OP_DLOAD_3: load(v, op - OP_DLOAD_0, T_DOUBLE); break;
    case OP_ALOAD_0 ... OP_ALOAD_3: load(v, op - OP_ALOAD_0, T_REF); break;
    case OP_IALOAD: case OP_BALOAD: case OP_CALOAD: case OP_SALOAD:
        pop(v, T_INT); pop(v, T_REF); push(v, T_INT); break;
    case OP_LALOAD: pop(v, T_INT); pop(v, T_REF); push(v, T_LONG); break;
    case OP_FALOAD: pop(v, T_INT); pop(v, T_REF); push(v, T_FLOAT); break;
    case OP_DALOAD: pop(v, T_INT); pop(v, T_REF); push(v, T_DOUBLE); break;
    case OP_AALOAD: pop(v, T_INT); pop(v, T_REF); push(v, T_REF); break;
    case OP_ISTORE: store(v, c[1], T_INT); len = 2; break;
    case OP_LSTORE: store(v, c[1], T_LONG); len = 2; break;
    case OP_FSTORE: store(v, c[1], T_FLOAT); len = 2; break;
    case OP_DSTORE: store(v, c[1], T_DOUBLE); len = 2; break;
    case OP_ASTORE: store(v, c[1], T_REF); len = 2; break;
    case OP_ISTORE_0 ... OP_ISTORE_3: store(v, op - OP_ISTORE_0, T_INT); break;
    case OP_LSTORE_0 ... OP_LSTORE_3: store(v, op - OP_LSTORE_0, T_LONG); break;
    case OP_FSTORE_0 ... OP_FSTORE_3: store(v, op - OP_FSTORE_0, T_FLOAT); break;
    case OP_DSTORE_0 ... OP_DSTORE_3: store(v, op - OP_DSTORE_0, T_DOUBLE); break;
    case OP_ASTORE_0 ... OP_ASTORE_3: store(v, op - OP_ASTORE_0, T_REF); break;
    case OP_IASTORE: case OP_BASTORE: case OP_CASTORE: case OP_SASTORE:
        pop(v, T_INT); pop(v, T_INT); pop(v, T_REF); break;
    case OP_LASTORE: pop(v, T_LONG); pop(v, T_INT); pop(v, T_REF); break;
    case OP_FASTORE: pop(v, T_FLOAT); pop(v, T_INT); pop(v, T_REF); break;
    case OP_DASTORE: pop(v, T_DOUBLE); pop(v, T_INT); pop(v, T_REF); break;
    case OP_AASTORE: pop(v, T_REF); pop(v, T_INT); pop(v, T_REF); break;
    case OP_POP: case OP_POP2: case OP_DUP: case OP_DUP_X1: case OP_DUP_X2: case OP_DUP2:
    case OP_DUP2_X1: case OP_DUP2_X2: case OP_SWAP: {
        /* category-blind slot shuffles: check depth, and that no two-slot value is split */
        static const int8_t need[] = { 1, 2, 1, 2, 3, 2, 3, 4, 2 };
        static const int8_t grow[] = { -1, -2, 1, 1, 1, 2, 2, 2, 0 };
        int k = op - OP_POP, n = need[k];
        if (v->sp < n) {
            fail(v, "Operand stack underflow");
            break;
        }
        uint8_t *s = v->cur + v->nl + v->sp - n;
        /* the slice taken must start and end on value boundaries */
        if (s[0] == T_LONG2 || s[0] == T_DOUBLE2 || s[n - 1] == T_LONG || s[n - 1] == T_DOUBLE)
            fail(v, "Bad type on operand stack");
        if ((op == OP_DUP || op == OP_DUP_X1 || op == OP_DUP_X2 || op == OP_SWAP || op == OP_POP) &&
            (s[n - 1] == T_LONG2 || s[n - 1] == T_DOUBLE2))
            fail(v, "Bad type on operand stack");
        if ((op == OP_DUP_X1 || op == OP_SWAP) && (s[0] == T_LONG || s[0] == T_DOUBLE))
            fail(v, "Bad type on operand stack");
        if (v->sp + grow[k] > v->ns) {
            fail(v, "Operand stack overflow");
            break;
        }
        uint8_t a[4];
        memcpy(a, s, (size_t)n);
        uint8_t *o = s;
        switch (op) {
        case OP_POP: case OP_POP2: break;
        case OP_DUP: o[0] = a[0]; o[1] = a[0]; break;
        case OP_DUP_X1: o[0] = a[1]; o[1] = a[0]; o[2] = a[1]; break;
        case OP_DUP_X2: o[0] = a[2]; o[1] = a[0]; o[2] = a[1]; o[3] = a[2]; break;
        case OP_DUP2: o[2] = a[0]; o[3] = a[1]; break;
        case OP_DUP2_X1: o[0] = a[1]; o[1] = a[2]; o[2] = a[0]; o[3] = a[1]; o[4] = a[2]; break;
        case OP_DUP2_X2: o[0] = a[2]; o[1] = a[3]; o[2] = a[0]; o[3] = a[1]; o[4] = a[2]; o[5] = a[3]; break;
        case OP_SWAP: o[0] = a[1]; o[1] = a[0]; break;
        }
        v->sp += grow[k];
        break;
    }
    case OP_IADD: case OP_ISUB: case OP_IMUL: case OP_IDIV: case OP_IREM: case OP_ISHL: case OP_ISHR:
    case OP_IUSHR: case OP_IAND: case OP_IOR: case OP_IXOR:
        pop(v, T_INT); pop(v, T_INT); push(v, T_INT); break;
    case OP_LADD: case OP_LSUB: case OP_LMUL: case OP_LDIV: case OP_LREM: case OP_LAND: case OP_LOR: case OP_LXOR:
        pop(v, T_LONG); pop(v, T_LONG); push(v, T_LONG); break;
    case OP_LSHL: case OP_LSHR: case OP_LUSHR: pop(v, T_INT); pop(v, T_LONG); push(v, T_LONG); break;
    case OP_FADD: case OP_FSUB: case OP_FMUL: case OP_FDIV: case OP_FREM:
        pop(v, T_FLOAT); pop(v, T_FLOAT); push(v, T_FLOAT); break;
    case OP_DADD: case OP_DSUB: case OP_DMUL: case OP_DDIV: case OP_DREM:
        pop(v, T_DOUBLE); pop(v, T_DOUBLE); push(v, T_DOUBLE); break;
    case OP_INEG: case OP_I2B: case OP_I2C: case OP_I2S: pop(v, T_INT); push(v, T_INT); break;
    case OP_LNEG: pop(v, T_LONG); push(v, T_LONG); break;
    case OP_FNEG: pop(v, T_FLOAT); push(v, T_FLOAT); break;
    case OP_DNEG: pop(v, T_DOUBLE); push(v, T_DOUBLE); break;
    case OP_IINC:
        if (c[1] >= v->nl || v->cur[c[1]] != T_INT)
            fail(v, "Bad local variable type");
        len = 3;
        break;
    case OP_I2L: pop(v, T_INT); push(v, T_LONG); break;
    case OP_I2F: pop(v, T_INT); push(v, T_FLOAT); break;
    case OP_I2D: pop(v, T_INT); push(v, T_DOUBLE); break;
    case OP_L2I: pop(v, T_LONG); push(v, T_INT); break;
    case OP_L2F: pop(v, T_LONG); push(v, T_FLOAT); break;
    case OP_L2D: pop(v, T_LONG); push(v, T_DOUBLE); break;
    case OP_F2I: pop(v, T_FLOAT); push(v, T_INT); break;
    case OP_F2L: pop(v, T_FLOAT); push(v, T_LONG); break;
    case OP_F2D: pop(v, T_FLOAT); push(v, T_DOUBLE); break;
    case OP_D2I: pop(v, T_DOUBLE); push(v, T_INT); break;
    case OP_D2L: pop(v, T_DOUBLE); push(v, T_LONG); break;
    case OP_D2F: pop(v, T_DOUBLE); push(v, T_FLOAT); break;
    case OP_LCMP: pop(v, T_LONG); pop(v, T_LONG); push(v, T_INT); break;
    case OP_FCMPL: case OP_FCMPG: pop(v, T_FLOAT); pop(v, T_FLOAT); push(v, T_INT); break;
    case OP_DCMPL: case OP_DCMPG: pop(v, T_DOUBLE); pop(v, T_DOUBLE); push(v, T_INT); break;
    case OP_IFEQ ... OP_IFLE: pop(v, T_INT); flow(v, (int64_t)pc + (int16_t)be16(c + 1)); len = 3; break;
    case OP_IF_ICMPEQ ... OP_IF_ICMPLE:
        pop(v, T_INT); pop(v, T_INT); flow(v, (int64_t)pc + (int16_t)be16(c + 1)); len = 3; break;
    case OP_IF_ACMPEQ: case OP_IF_ACMPNE:
        pop(v, T_REF); pop(v, T_REF); flow(v, (int64_t)pc + (int16_t)be16(c + 1)); len = 3; break;
    case OP_IFNULL: case OP_IFNONNULL: pop(v, T_REF); flow(v, (int64_t)pc + (int16_t)be16(c + 1)); len = 3; break;
    case OP_GOTO: flow(v, (int64_t)pc + (int16_t)be16(c + 1)); falls = false; break;
    case OP_GOTO_W: flow(v, (int64_t)pc + rd4(c + 1)); falls = false; break;
    case OP_TABLESWITCH: case OP_LOOKUPSWITCH: {
        pop(v, T_INT);
        const uint8_t *base = v->m->code + ((pc + 4) & ~3u);
        flow(v, (int64_t)pc + rd4(base));
        if (op == OP_TABLESWITCH) {
            int32_t n = rd4(base + 8) - rd4(base + 4) + 1;
            for (int32_t i = 0; i < n && !v->failed; i++)
                flow(v, (int64_t)pc + rd4(base + 12 + 4 * (uint32_t)i));
        } else {
            int32_t n = rd4(base + 4);
            for (int32_t i = 0; i < n && !v->failed; i++)
                flow(v, (int64_t)pc + rd4(base + 12 + 8 * (uint32_t)i));
        }
        falls = false;
        break;
    }
    case OP_IRETURN: pop(v, T_INT); if (kind_of(rt) != T_INT || rt == 'V') fail(v, "Wrong return type"); falls = false; break;
    case OP_LRETURN: pop(v, T_LONG); if (rt != 'J') fail(v, "Wrong return type"); falls = false; break;
    case OP_FRETURN: pop(v, T_FLOAT); if (rt != 'F') fail(v, "Wrong return type"); falls = false; break;
    case OP_DRETURN: pop(v, T_DOUBLE); if (rt != 'D') fail(v, "Wrong return type"); falls = false; break;
    case OP_ARETURN: pop(v, T_REF); if (rt != 'L' && rt != '[') fail(v, "Wrong return type"); falls = false; break;
    case OP_RETURN: if (rt != 'V') fail(v, "Wrong return type"); falls = false; break;
    case OP_GETSTATIC: push(v, kind_of(cp_nat_desc(v->cf, idx)[0])); len = 3; break;
    case OP_PUTSTATIC: pop(v, kind_of(cp_nat_desc(v->cf, idx)[0])); len = 3; break;
    case OP_GETFIELD: pop(v, T_REF); push(v, kind_of(cp_nat_desc(v->cf, idx)[0])); len = 3; break;
    case OP_PUTFIELD: pop(v, kind_of(cp_nat_desc(v->cf, idx)[0])); pop(v, T_REF); len = 3; break;
    case OP_INVOKEVIRTUAL: case OP_INVOKESPECIAL: case OP_INVOKEINTERFACE:
        invoke(v, cp_nat_desc(v->cf, idx), true);
        len = op == OP_INVOKEINTERFACE ? 5 : 3;
        break;
    case OP_INVOKESTATIC: invoke(v, cp_nat_desc(v->cf, idx), false); len = 3; break;
    case OP_INVOKEDYNAMIC: invoke(v, cp_nat_desc(v->cf, idx), false); len = 5; break;
    case OP_NEW: push(v, T_REF); len = 3; break;
    case OP_NEWARRAY: pop(v, T_INT); push(v, T_REF); len = 2; break;
    case OP_ANEWARRAY: pop(v, T_INT); push(v, T_REF); len = 3; break;
    case OP_ARRAYLENGTH: pop(v, T_REF); push(v, T_INT); break;
    case OP_ATHROW: pop(v, T_REF); falls = false; break;
    case OP_CHECKCAST: pop(v, T_REF); push(v, T_REF); len = 3; break;
    case OP_INSTANCEOF: pop(v, T_REF); push(v, T_INT); len = 3; break;
    case OP_MONITORENTER: case OP_MONITOREXIT: pop(v, T_REF); break;
    case OP_MULTIANEWARRAY:
        for (int i = 0; i < c[3]; i++)
            pop(v, T_INT);
        push(v, T_REF);
        len = 4;
        break;
    case OP_WIDE: {
        unsigned w = be16(c + 2);
        len = 4;
        switch (c[1]) {
        case OP_ILOAD: load(v, w, T_INT); break;
        case OP_LLOAD: load(v, w, T_LONG); break;
        case OP_FLOAD: load(v, w, T_FLOAT); break;
        case OP_DLOAD: load(v, w, T_DOUBLE); break;
        case OP_ALOAD: load(v, w, T_REF); break;
        case OP_ISTORE: store(v, w, T_INT); break;
        case OP_LSTORE: store(v, w, T_LONG); break;
        case OP_FSTORE: store(v, w, T_FLOAT); break;
        case OP_DSTORE: store(v, w, T_DOUBLE); break;
        case OP_ASTORE: store(v, w, T_REF); break;
        case OP_IINC:
            if (w >= (unsigned)v->nl || v->cur[w] != T_INT)
                fail(v, "Bad local variable type");
            len = 6;
            break;
        }
        break;
    }
    default:
        fail(v, "Bad instruction");
    }
    if (falls && !v->failed)
        flow(v, (int64_t)pc + len);
}

/* The state an exception handler starts from: these locals, a stack of one reference. */
static void flow_handlers(V *v, uint32_t pc, const uint8_t *locals)
{
    for (unsigned i = 0; i < v->m->nhandlers && !v->failed; i++) {
        const cf_handler *h = &v->m->handlers[i];
        if (pc < h->start || pc >= h->end)
            continue;
        uint8_t saved[512];
        int sp = v->sp;
        memcpy(saved, v->cur, (size_t)(v->nl + v->ns));
        memcpy(v->cur, locals, (size_t)v->nl);
        v->sp = 0;
        if (v->ns < 1)
            fail(v, "Operand stack overflow in handler");
        else {
            push(v, T_REF);
            flow(v, h->handler);
        }
        memcpy(v->cur, saved, (size_t)(v->nl + v->ns));
        v->sp = sp;
    }
}

int cf_verify_method(const cf_class *cf, const cf_method *m, char *err, size_t errlen)
{
    V v = { .cf = cf, .m = m, .nl = m->max_locals, .ns = m->max_stack, .err = err, .errlen = errlen };
    if (v.nl + v.ns > 500) {
        /* beyond this the state copies get large; such methods are only format-checked */
        return 0;
    }
    size_t per = (size_t)(v.nl + v.ns + 1);
    v.states = calloc(m->code_len, per);
    v.seen = calloc(m->code_len, 1);
    v.dirty = calloc(m->code_len, 1);
    uint8_t cur[512], before[512];
    v.cur = cur;
    if (!v.states || !v.seen || !v.dirty) {
        free(v.states); free(v.seen); free(v.dirty);
        return CF_NOMEM;
    }
    /* entry state: this, then the arguments */
    memset(cur, T_TOP, sizeof cur);
    int k = 0;
    if (!(m->access & ACC_STATIC))
        cur[k++] = T_REF;
    for (const char *p = m->desc + 1; *p != ')' && !v.failed;) {
        uint8_t t = kind_of(*p);
        if (k + (t == T_LONG || t == T_DOUBLE) >= v.nl + 0 && k >= v.nl) {
            v.pc = 0;
            fail(&v, "Arguments can't fit into locals");
            break;
        }
        cur[k++] = t;
        if (t == T_LONG || t == T_DOUBLE) {
            if (k >= v.nl) {
                fail(&v, "Arguments can't fit into locals");
                break;
            }
            cur[k++] = t == T_LONG ? T_LONG2 : T_DOUBLE2;
        }
        while (*p == '[')
            p++;
        if (*p == 'L')
            p = strchr(p, ';');
        p++;
    }
    v.sp = 0;
    if (!v.failed)
        flow(&v, 0);
    for (bool again = true; again && !v.failed;) {
        again = false;
        for (uint32_t pc = 0; pc < m->code_len && !v.failed; pc++) {
            if (!v.dirty[pc])
                continue;
            v.dirty[pc] = 0;
            again = true;
            uint8_t *s = STATE(&v, pc);
            memcpy(cur, s, per - 1);
            v.sp = s[per - 1];
            memcpy(before, cur, (size_t)v.nl);
            flow_handlers(&v, pc, before);
            step(&v, pc);
            if (!v.failed)
                flow_handlers(&v, pc, cur);   /* locals after a store reach the handler too */
        }
    }
    free(v.states);
    free(v.seen);
    free(v.dirty);
    return v.failed ? CF_VERIFY : 0;
}
