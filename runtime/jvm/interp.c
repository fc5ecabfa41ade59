/* interp.c: the bytecode interpreter.
 *
 * Opcode bodies are written once between vmcase(OP)/vmbreak. Built normally they are threaded
 * with computed goto (each body jumps straight to the next one through `labels`); built with
 * -DJVM_SWITCH_DISPATCH they sit in one switch, for debugging. Java-to-Java calls do not recurse
 * in C: a callee's frame is pushed on the thread's Java stack and the loop carries on; only
 * natives and VM upcalls (class initialisation, exception constructors) re-enter through
 * interp_invoke.
 *
 * Instructions that resolve a constant-pool entry rewrite themselves to a quick form
 * (opcodes.h) when done. Bodies marked [throws] can raise an exception; [alloc] can allocate
 * (and so collect): both save pc and sp to the frame first (SAVE), so stack walks and the
 * collector see the frame as it is.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "opcodes.h"
#include "vm.h"

#define PUSHI(v) ((sp++)->i = (v))
#define PUSHF(v) ((sp++)->f = (v))
#define PUSHL(v) ((sp++)->l = (v))
#define PUSHJ(v) (sp->j = (v), sp += 2)
#define PUSHD(v) (sp->d = (v), sp += 2)
#define POPI() ((--sp)->i)
#define POPF() ((--sp)->f)
#define POPL() ((--sp)->l)
#define POPJ() ((sp -= 2)->j)
#define POPD() ((sp -= 2)->d)

#define SAVE() (frame->pc = pc, frame->sp = sp)
#define THROW() do { SAVE(); goto exception; } while (0)
#define THROW_NEW(cls, ...) do { SAVE(); throw_new(t, cls, __VA_ARGS__); goto exception; } while (0)
#define NULLCHECK(o) do { if (__builtin_expect(!(o), 0)) { SAVE(); throw_npe(t); goto exception; } } while (0)
#define LOAD_FRAME() (m = frame->m, cls = m->cls, locals = frame->locals, code = m->code)

#ifdef JVM_SWITCH_DISPATCH
#define vmdispatch() dispatch: switch (*pc)
#define vmcase(op) case OP_##op:
#define vmbreak goto dispatch
#define vmdefault default:
#else
#define vmdispatch() goto *labels[*pc];
#define vmcase(op) L_##op:
#define vmbreak goto *labels[*pc]
#define vmdefault L_BAD:
#endif
#define NEXT(n) do { pc += (n); vmbreak; } while (0)

/* Rewrite the instruction at pc to its quick form; the operands are unchanged. */
#define QUICKEN(op) __atomic_store_n(pc, (uint8_t)(op), __ATOMIC_RELEASE)

static inline int32_t f2i(float f)
{
    if (f != f) return 0;
    if (f >= 2147483648.0f) return INT32_MAX;
    if (f <= -2147483648.0f) return INT32_MIN;
    return (int32_t)f;
}
static inline int32_t d2i(double d)
{
    if (d != d) return 0;
    if (d >= 2147483648.0) return INT32_MAX;
    if (d <= -2147483648.0) return INT32_MIN;
    return (int32_t)d;
}
static inline int64_t f2l(double d)
{
    if (d != d) return 0;
    if (d >= 9223372036854775808.0) return INT64_MAX;
    if (d <= -9223372036854775808.0) return INT64_MIN;
    return (int64_t)d;
}
static inline int fcmp(double a, double b, int nan) { return a > b ? 1 : a == b ? 0 : a < b ? -1 : nan; }

Method *interp_select_virtual(Class *recv, Method *m)
{
    if (m->vindex >= 0 && m->vindex < recv->vtable_len && recv->vtable[m->vindex]->name == m->name &&
        recv->vtable[m->vindex]->desc == m->desc)
        return recv->vtable[m->vindex];
    for (int i = recv->vtable_len - 1; i >= 0; i--)
        if (recv->vtable[i]->name == m->name && recv->vtable[i]->desc == m->desc)
            return recv->vtable[i];
    return m;
}

static Method *select_interface(Thread *t, Class *recv, Method *m)
{
    if (!(m->cls->access & ACC_INTERFACE))
        return interp_select_virtual(recv, m);
    for (unsigned i = 0; i < recv->nall_ifaces; i++)
        if (recv->all_ifaces[i] == m->cls) {
            Method *target = recv->itables ? recv->itables[i].targets[m - m->cls->methods] : NULL;
            if (!target)
                break;
            return target;
        }
    char *a = class_java_name(recv->name), *b = class_java_name(m->cls->name);
    throw_new(t, "java/lang/IncompatibleClassChangeError",
              "Class %s does not implement the requested interface %s", a, b);
    free(a);
    free(b);
    return NULL;
}

/* OpenJDK 17's message names the module and loader of both classes. */
static void throw_cce(Thread *t, Class *from, Class *to)
{
    char *a = class_java_name(from->name), *b = class_java_name(to->name);
    Class *ea = from, *eb = to;
    while (ea->component) ea = ea->component;
    while (eb->component) eb = eb->component;
    bool ba = ea->is_boot || ea->kind == KIND_PRIMITIVE, bb = eb->is_boot || eb->kind == KIND_PRIMITIVE;
    const char *boot = "module java.base of loader 'bootstrap'", *app = "unnamed module of loader 'app'";
    if (ba == bb)
        throw_new(t, "java/lang/ClassCastException", "class %s cannot be cast to class %s (%s and %s are in %s)",
                  a, b, a, b, ba ? boot : app);
    else
        throw_new(t, "java/lang/ClassCastException", "class %s cannot be cast to class %s (%s is in %s; %s is in %s)",
                  a, b, a, ba ? boot : app, b, bb ? boot : app);
    free(a);
    free(b);
}

static Object *multi_array(Thread *t, Class *ac, int32_t *dims, int n)
{
    Object *a = new_array(t, ac, dims[0]);
    if (!a || n == 1)
        return a;
    for (int32_t i = 0; i < dims[0]; i++) {
        Object *sub = multi_array(t, ac->component, dims + 1, n - 1);
        if (!sub)
            return NULL;
        ARRAY_DATA(a, Object *)[i] = sub;
    }
    return a;
}

static bool call_native(Thread *t, Method *m, Slot *args, Slot *ret)
{
    if (!m->native) {
        char *jn = class_java_name(m->cls->name);
        throw_new(t, "java/lang/UnsatisfiedLinkError", "'%s.%s%s'", jn, m->name, m->desc);
        free(jn);
        return false;
    }
    /* natives trust their receiver's layout: make sure it is of their class */
    if (!(m->access & ACC_STATIC) && args[0].l && args[0].l->cls != m->cls &&
        !class_is_subclass(args[0].l->cls, m->cls)) {
        throw_new(t, "java/lang/IncompatibleClassChangeError", "receiver of %s is of another class", m->name);
        return false;
    }
    Object *lock = NULL;
    if (m->access & ACC_SYNCHRONIZED) {
        lock = (m->access & ACC_STATIC) ? class_mirror(t, m->cls) : args[0].l;
        if (!lock || !monitor_enter(t, lock))
            return false;
    }
    t->native_method = m;
    m->native(t, args, ret);
    if (lock) {
        Object *ex = t->exception;
        t->exception = NULL;
        monitor_exit(t, lock);
        if (ex)
            t->exception = ex;
    }
    return t->exception == NULL;
}

static bool interp_run(Thread *t, Frame *entry, Slot *result);

static bool stack_overflow(Thread *t, Slot *top)
{
    return top > (t->in_soe ? t->stack_end : t->stack_limit);
}

bool interp_invoke(Thread *t, Method *m, Slot *args, Slot *ret)
{
    volatile char here;
    if ((char *)&here < t->c_limit && !t->in_soe) {
        throw_soe(t);
        return false;
    }
    if (m->access & ACC_NATIVE || m->native)
        return call_native(t, m, args, ret);
    if (!m->code) {
        char *jn = class_java_name(m->cls->name);
        throw_new(t, "java/lang/AbstractMethodError", "%s.%s%s", jn, m->name, m->desc);
        free(jn);
        return false;
    }
    Slot *base = t->frame ? t->frame->sp : t->stack;
    Frame *f = (Frame *)(base + m->max_locals);
    Slot *top = (Slot *)f + FRAME_SLOTS + m->max_stack;
    if (stack_overflow(t, top)) {
        throw_soe(t);
        return false;
    }
    if (m->argslots)
        memcpy(base, args, sizeof(Slot) * m->argslots);
    f->prev = t->frame;
    f->m = m;
    f->pc = m->code;
    f->locals = base;
    f->sp = (Slot *)f + FRAME_SLOTS;
    f->lock = NULL;
    f->entry = 1;
    if (m->access & ACC_SYNCHRONIZED) {
        Object *lock = (m->access & ACC_STATIC) ? class_mirror(t, m->cls) : args[0].l;
        if (!lock || !monitor_enter(t, lock))
            return false;
        f->lock = lock;
    }
    t->frame = f;
    return interp_run(t, f, ret);
}

static Class *newarray_class(Thread *t, int atype)
{
    static const char types[] = "ZCFDBSIJ";   /* atype 4..11 */
    return class_array_of(t, class_primitive(types[atype - 4]));
}

static bool interp_run(Thread *t, Frame *entry, Slot *result)
{
#ifndef JVM_SWITCH_DISPATCH
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
    static const void *const labels[256] = {
        [0 ... 255] = &&L_BAD,
#define OP_LABEL(name, num) [num] = &&L_##name,
        STD_OPCODES(OP_LABEL) QUICK_OPCODES(OP_LABEL)
    };
#pragma GCC diagnostic pop
#endif
    Frame *frame = entry;
    Method *m;
    Class *cls;
    Slot *locals;
    uint8_t *code;
    LOAD_FRAME();
    uint8_t *pc = frame->pc;
    Slot *sp = frame->sp;
    Method *callee;
    Slot ret;

    vmdispatch() {
    vmcase(NOP) NEXT(1);
    vmcase(ACONST_NULL) PUSHL(NULL); NEXT(1);
    vmcase(ICONST_M1) vmcase(ICONST_0) vmcase(ICONST_1) vmcase(ICONST_2) vmcase(ICONST_3)
    vmcase(ICONST_4) vmcase(ICONST_5) PUSHI(*pc - OP_ICONST_0); NEXT(1);
    vmcase(LCONST_0) vmcase(LCONST_1) PUSHJ(*pc - OP_LCONST_0); NEXT(1);
    vmcase(FCONST_0) vmcase(FCONST_1) vmcase(FCONST_2) PUSHF((float)(*pc - OP_FCONST_0)); NEXT(1);
    vmcase(DCONST_0) vmcase(DCONST_1) PUSHD((double)(*pc - OP_DCONST_0)); NEXT(1);
    vmcase(BIPUSH) PUSHI((int8_t)pc[1]); NEXT(2);
    vmcase(SIPUSH) PUSHI((int16_t)be16(pc + 1)); NEXT(3);
    vmcase(LDC) vmcase(LDC_W) { /* [throws][alloc] */
        unsigned idx = *pc == OP_LDC ? pc[1] : be16(pc + 1);
        int len = *pc == OP_LDC ? 2 : 3;
        cf_const *k = &cls->cf->cp[idx];
        if (k->tag == CONST_Integer || k->tag == CONST_Float) {
            (sp++)->i = k->v.i;
            NEXT(len);
        }
        SAVE();
        if (k->tag == CONST_String) {
            if (!resolve_string(t, cls, idx))
                goto exception;
            QUICKEN(len == 2 ? OP_LDC_QREF : OP_LDC_W_QREF);
            vmbreak;
        }
        if (k->tag == CONST_Class) {
            Class *c = resolve_class(t, cls, idx);
            Object *mir = c ? class_mirror(t, c) : NULL;
            if (!mir)
                goto exception;
            PUSHL(mir);
            NEXT(len);
        }
        THROW_NEW("java/lang/InternalError", "ldc of constant kind %d not supported", k->tag);
    }
    vmcase(LDC_QREF) PUSHL(cls->cp_res[pc[1]]); NEXT(2);
    vmcase(LDC_W_QREF) PUSHL(cls->cp_res[be16(pc + 1)]); NEXT(3);
    vmcase(LDC2_W) {
        cf_const *k = &cls->cf->cp[be16(pc + 1)];
        PUSHJ(k->v.j);
        NEXT(3);
    }
    vmcase(ILOAD) vmcase(FLOAD) vmcase(ALOAD) *sp++ = locals[pc[1]]; NEXT(2);
    vmcase(LLOAD) vmcase(DLOAD) *sp = locals[pc[1]]; sp += 2; NEXT(2);
    vmcase(ILOAD_0) vmcase(ILOAD_1) vmcase(ILOAD_2) vmcase(ILOAD_3) *sp++ = locals[*pc - OP_ILOAD_0]; NEXT(1);
    vmcase(FLOAD_0) vmcase(FLOAD_1) vmcase(FLOAD_2) vmcase(FLOAD_3) *sp++ = locals[*pc - OP_FLOAD_0]; NEXT(1);
    vmcase(ALOAD_0) vmcase(ALOAD_1) vmcase(ALOAD_2) vmcase(ALOAD_3) *sp++ = locals[*pc - OP_ALOAD_0]; NEXT(1);
    vmcase(LLOAD_0) vmcase(LLOAD_1) vmcase(LLOAD_2) vmcase(LLOAD_3) *sp = locals[*pc - OP_LLOAD_0]; sp += 2; NEXT(1);
    vmcase(DLOAD_0) vmcase(DLOAD_1) vmcase(DLOAD_2) vmcase(DLOAD_3) *sp = locals[*pc - OP_DLOAD_0]; sp += 2; NEXT(1);

/* The verifier does not track classes: an array instruction checks its array's element kind,
 * a field instruction its object's class, so that no bytecode reads or writes outside an object. */
#define KIND_CHECK(a, k1, k2) do { if (__builtin_expect((a)->cls->prim != (k1) && (a)->cls->prim != (k2), 0)) \
        THROW_NEW("java/lang/VerifyError", "Bad type on operand stack in array access"); } while (0)
#define OWNER_CHECK(o, f) do { if (__builtin_expect((o)->cls != (f)->cls, 0) && !class_is_subclass((o)->cls, (f)->cls)) \
        THROW_NEW("java/lang/IncompatibleClassChangeError", "field %s of another class", (f)->name); } while (0)

#define ARRAY_LOAD(type, push, k1, k2) { /* [throws] */ \
        int32_t i = POPI(); Object *a = POPL(); NULLCHECK(a); KIND_CHECK(a, k1, k2); \
        if ((uint32_t)i >= (uint32_t)ARRAY_LENGTH(a)) \
            THROW_NEW("java/lang/ArrayIndexOutOfBoundsException", "Index %d out of bounds for length %d", i, ARRAY_LENGTH(a)); \
        push(ARRAY_DATA(a, type)[i]); NEXT(1); }
    vmcase(IALOAD) ARRAY_LOAD(int32_t, PUSHI, 'I', 'I')
    vmcase(LALOAD) ARRAY_LOAD(int64_t, PUSHJ, 'J', 'J')
    vmcase(FALOAD) ARRAY_LOAD(float, PUSHF, 'F', 'F')
    vmcase(DALOAD) ARRAY_LOAD(double, PUSHD, 'D', 'D')
    vmcase(AALOAD) ARRAY_LOAD(Object *, PUSHL, 'L', '[')
    vmcase(BALOAD) ARRAY_LOAD(int8_t, PUSHI, 'B', 'Z')
    vmcase(CALOAD) ARRAY_LOAD(uint16_t, PUSHI, 'C', 'C')
    vmcase(SALOAD) ARRAY_LOAD(int16_t, PUSHI, 'S', 'S')

    vmcase(ISTORE) vmcase(FSTORE) vmcase(ASTORE) locals[pc[1]] = *--sp; NEXT(2);
    vmcase(LSTORE) vmcase(DSTORE) sp -= 2; locals[pc[1]] = *sp; NEXT(2);
    vmcase(ISTORE_0) vmcase(ISTORE_1) vmcase(ISTORE_2) vmcase(ISTORE_3) locals[*pc - OP_ISTORE_0] = *--sp; NEXT(1);
    vmcase(FSTORE_0) vmcase(FSTORE_1) vmcase(FSTORE_2) vmcase(FSTORE_3) locals[*pc - OP_FSTORE_0] = *--sp; NEXT(1);
    vmcase(ASTORE_0) vmcase(ASTORE_1) vmcase(ASTORE_2) vmcase(ASTORE_3) locals[*pc - OP_ASTORE_0] = *--sp; NEXT(1);
    vmcase(LSTORE_0) vmcase(LSTORE_1) vmcase(LSTORE_2) vmcase(LSTORE_3) sp -= 2; locals[*pc - OP_LSTORE_0] = *sp; NEXT(1);
    vmcase(DSTORE_0) vmcase(DSTORE_1) vmcase(DSTORE_2) vmcase(DSTORE_3) sp -= 2; locals[*pc - OP_DSTORE_0] = *sp; NEXT(1);

#define ARRAY_STORE(type, pop, k1, k2) { /* [throws] */ \
        type v = pop(); int32_t i = POPI(); Object *a = POPL(); NULLCHECK(a); KIND_CHECK(a, k1, k2); \
        if ((uint32_t)i >= (uint32_t)ARRAY_LENGTH(a)) \
            THROW_NEW("java/lang/ArrayIndexOutOfBoundsException", "Index %d out of bounds for length %d", i, ARRAY_LENGTH(a)); \
        ARRAY_DATA(a, type)[i] = v; NEXT(1); }
    vmcase(IASTORE) ARRAY_STORE(int32_t, POPI, 'I', 'I')
    vmcase(LASTORE) ARRAY_STORE(int64_t, POPJ, 'J', 'J')
    vmcase(FASTORE) ARRAY_STORE(float, POPF, 'F', 'F')
    vmcase(DASTORE) ARRAY_STORE(double, POPD, 'D', 'D')
    vmcase(BASTORE) ARRAY_STORE(int8_t, POPI, 'B', 'Z')
    vmcase(CASTORE) ARRAY_STORE(uint16_t, POPI, 'C', 'C')
    vmcase(SASTORE) ARRAY_STORE(int16_t, POPI, 'S', 'S')
    vmcase(AASTORE) { /* [throws] */
        Object *v = POPL();
        int32_t i = POPI();
        Object *a = POPL();
        NULLCHECK(a);
        KIND_CHECK(a, 'L', '[');
        if ((uint32_t)i >= (uint32_t)ARRAY_LENGTH(a))
            THROW_NEW("java/lang/ArrayIndexOutOfBoundsException", "Index %d out of bounds for length %d", i, ARRAY_LENGTH(a));
        if (v && !class_is_subclass(v->cls, a->cls->component)) {
            char *jn = class_java_name(v->cls->name);
            SAVE();
            throw_new(t, "java/lang/ArrayStoreException", "%s", jn);
            free(jn);
            goto exception;
        }
        ARRAY_DATA(a, Object *)[i] = v;
        NEXT(1);
    }
    vmcase(POP) sp--; NEXT(1);
    vmcase(POP2) sp -= 2; NEXT(1);
    vmcase(DUP) *sp = sp[-1]; sp++; NEXT(1);
    vmcase(DUP_X1) { Slot a = sp[-1], b = sp[-2]; sp[-2] = a; sp[-1] = b; sp[0] = a; sp++; NEXT(1); }
    vmcase(DUP_X2) { Slot a = sp[-1], b = sp[-2], c = sp[-3]; sp[-3] = a; sp[-2] = c; sp[-1] = b; sp[0] = a; sp++; NEXT(1); }
    vmcase(DUP2) { sp[0] = sp[-2]; sp[1] = sp[-1]; sp += 2; NEXT(1); }
    vmcase(DUP2_X1) { Slot a = sp[-1], b = sp[-2], c = sp[-3]; sp[-3] = b; sp[-2] = a; sp[-1] = c; sp[0] = b; sp[1] = a; sp += 2; NEXT(1); }
    vmcase(DUP2_X2) { Slot a = sp[-1], b = sp[-2], c = sp[-3], d = sp[-4]; sp[-4] = b; sp[-3] = a; sp[-2] = d; sp[-1] = c; sp[0] = b; sp[1] = a; sp += 2; NEXT(1); }
    vmcase(SWAP) { Slot a = sp[-1]; sp[-1] = sp[-2]; sp[-2] = a; NEXT(1); }

#define BINOP_I(expr) { uint32_t b = (uint32_t)POPI(), a = (uint32_t)POPI(); PUSHI((int32_t)(expr)); NEXT(1); }
#define BINOP_J(expr) { uint64_t b = (uint64_t)POPJ(), a = (uint64_t)POPJ(); PUSHJ((int64_t)(expr)); NEXT(1); }
#define BINOP_F(expr) { float b = POPF(), a = POPF(); PUSHF(expr); NEXT(1); }
#define BINOP_D(expr) { double b = POPD(), a = POPD(); PUSHD(expr); NEXT(1); }
    vmcase(IADD) BINOP_I(a + b)
    vmcase(LADD) BINOP_J(a + b)
    vmcase(FADD) BINOP_F(a + b)
    vmcase(DADD) BINOP_D(a + b)
    vmcase(ISUB) BINOP_I(a - b)
    vmcase(LSUB) BINOP_J(a - b)
    vmcase(FSUB) BINOP_F(a - b)
    vmcase(DSUB) BINOP_D(a - b)
    vmcase(IMUL) BINOP_I(a * b)
    vmcase(LMUL) BINOP_J(a * b)
    vmcase(FMUL) BINOP_F(a * b)
    vmcase(DMUL) BINOP_D(a * b)
    vmcase(FDIV) BINOP_F(a / b)
    vmcase(DDIV) BINOP_D(a / b)
    vmcase(FREM) BINOP_F(fmodf(a, b))
    vmcase(DREM) BINOP_D(fmod(a, b))
    vmcase(IDIV) vmcase(IREM) { /* [throws] */
        int32_t b = POPI(), a = POPI();
        if (b == 0)
            THROW_NEW("java/lang/ArithmeticException", "/ by zero");
        if (*pc == OP_IDIV)
            PUSHI(b == -1 ? (int32_t)(0u - (uint32_t)a) : a / b);
        else
            PUSHI(b == -1 ? 0 : a % b);
        NEXT(1);
    }
    vmcase(LDIV) vmcase(LREM) { /* [throws] */
        int64_t b = POPJ(), a = POPJ();
        if (b == 0)
            THROW_NEW("java/lang/ArithmeticException", "/ by zero");
        if (*pc == OP_LDIV)
            PUSHJ(b == -1 ? (int64_t)(0u - (uint64_t)a) : a / b);
        else
            PUSHJ(b == -1 ? 0 : a % b);
        NEXT(1);
    }
    vmcase(INEG) sp[-1].i = (int32_t)(0u - (uint32_t)sp[-1].i); NEXT(1);
    vmcase(LNEG) sp[-2].j = (int64_t)(0u - (uint64_t)sp[-2].j); NEXT(1);
    vmcase(FNEG) sp[-1].f = -sp[-1].f; NEXT(1);
    vmcase(DNEG) sp[-2].d = -sp[-2].d; NEXT(1);
    vmcase(ISHL) BINOP_I(a << (b & 31))
    vmcase(ISHR) { int32_t b = POPI(), a = POPI(); PUSHI(a >> (b & 31)); NEXT(1); }
    vmcase(IUSHR) BINOP_I(a >> (b & 31))
    vmcase(LSHL) { int32_t b = POPI(); uint64_t a = (uint64_t)POPJ(); PUSHJ((int64_t)(a << (b & 63))); NEXT(1); }
    vmcase(LSHR) { int32_t b = POPI(); int64_t a = POPJ(); PUSHJ(a >> (b & 63)); NEXT(1); }
    vmcase(LUSHR) { int32_t b = POPI(); uint64_t a = (uint64_t)POPJ(); PUSHJ((int64_t)(a >> (b & 63))); NEXT(1); }
    vmcase(IAND) BINOP_I(a & b)
    vmcase(LAND) BINOP_J(a & b)
    vmcase(IOR) BINOP_I(a | b)
    vmcase(LOR) BINOP_J(a | b)
    vmcase(IXOR) BINOP_I(a ^ b)
    vmcase(LXOR) BINOP_J(a ^ b)
    vmcase(IINC) locals[pc[1]].i = (int32_t)((uint32_t)locals[pc[1]].i + (uint32_t)(int8_t)pc[2]); NEXT(3);
    vmcase(I2L) { int32_t v = POPI(); PUSHJ(v); NEXT(1); }
    vmcase(I2F) { int32_t v = POPI(); PUSHF((float)v); NEXT(1); }
    vmcase(I2D) { int32_t v = POPI(); PUSHD((double)v); NEXT(1); }
    vmcase(L2I) { int64_t v = POPJ(); PUSHI((int32_t)(uint32_t)(uint64_t)v); NEXT(1); }
    vmcase(L2F) { int64_t v = POPJ(); PUSHF((float)v); NEXT(1); }
    vmcase(L2D) { int64_t v = POPJ(); PUSHD((double)v); NEXT(1); }
    vmcase(F2I) { float v = POPF(); PUSHI(f2i(v)); NEXT(1); }
    vmcase(F2L) { float v = POPF(); PUSHJ(f2l(v)); NEXT(1); }
    vmcase(F2D) { float v = POPF(); PUSHD((double)v); NEXT(1); }
    vmcase(D2I) { double v = POPD(); PUSHI(d2i(v)); NEXT(1); }
    vmcase(D2L) { double v = POPD(); PUSHJ(f2l(v)); NEXT(1); }
    vmcase(D2F) { double v = POPD(); PUSHF((float)v); NEXT(1); }
    vmcase(I2B) sp[-1].i = (int8_t)sp[-1].i; NEXT(1);
    vmcase(I2C) sp[-1].i = (uint16_t)sp[-1].i; NEXT(1);
    vmcase(I2S) sp[-1].i = (int16_t)sp[-1].i; NEXT(1);
    vmcase(LCMP) { int64_t b = POPJ(), a = POPJ(); PUSHI(a > b ? 1 : a == b ? 0 : -1); NEXT(1); }
    vmcase(FCMPL) { float b = POPF(), a = POPF(); PUSHI(fcmp(a, b, -1)); NEXT(1); }
    vmcase(FCMPG) { float b = POPF(), a = POPF(); PUSHI(fcmp(a, b, 1)); NEXT(1); }
    vmcase(DCMPL) { double b = POPD(), a = POPD(); PUSHI(fcmp(a, b, -1)); NEXT(1); }
    vmcase(DCMPG) { double b = POPD(), a = POPD(); PUSHI(fcmp(a, b, 1)); NEXT(1); }

#define BRANCH(cond) do { \
        if (cond) { int16_t off = (int16_t)be16(pc + 1); \
            if (off <= 0) { SAVE(); SAFEPOINT(t); } pc += off; vmbreak; } \
        NEXT(3); } while (0)
    vmcase(IFEQ) { int32_t v = POPI(); BRANCH(v == 0); }
    vmcase(IFNE) { int32_t v = POPI(); BRANCH(v != 0); }
    vmcase(IFLT) { int32_t v = POPI(); BRANCH(v < 0); }
    vmcase(IFGE) { int32_t v = POPI(); BRANCH(v >= 0); }
    vmcase(IFGT) { int32_t v = POPI(); BRANCH(v > 0); }
    vmcase(IFLE) { int32_t v = POPI(); BRANCH(v <= 0); }
    vmcase(IF_ICMPEQ) { int32_t b = POPI(), a = POPI(); BRANCH(a == b); }
    vmcase(IF_ICMPNE) { int32_t b = POPI(), a = POPI(); BRANCH(a != b); }
    vmcase(IF_ICMPLT) { int32_t b = POPI(), a = POPI(); BRANCH(a < b); }
    vmcase(IF_ICMPGE) { int32_t b = POPI(), a = POPI(); BRANCH(a >= b); }
    vmcase(IF_ICMPGT) { int32_t b = POPI(), a = POPI(); BRANCH(a > b); }
    vmcase(IF_ICMPLE) { int32_t b = POPI(), a = POPI(); BRANCH(a <= b); }
    vmcase(IF_ACMPEQ) { Object *b = POPL(), *a = POPL(); BRANCH(a == b); }
    vmcase(IF_ACMPNE) { Object *b = POPL(), *a = POPL(); BRANCH(a != b); }
    vmcase(IFNULL) { Object *a = POPL(); BRANCH(a == NULL); }
    vmcase(IFNONNULL) { Object *a = POPL(); BRANCH(a != NULL); }
    vmcase(GOTO) BRANCH(1);
    vmcase(GOTO_W) {
        int32_t off = be32(pc + 1);
        if (off <= 0) { SAVE(); SAFEPOINT(t); }
        pc += off;
        vmbreak;
    }
    vmcase(TABLESWITCH) {
        int32_t v = POPI();
        uint8_t *base = code + (((pc - code) + 4) & ~3);
        int32_t lo = be32(base + 4), hi = be32(base + 8);
        int32_t off = (v < lo || v > hi) ? be32(base) : be32(base + 12 + 4 * (uint32_t)(v - lo));
        if (off <= 0) { SAVE(); SAFEPOINT(t); }
        pc += off;
        vmbreak;
    }
    vmcase(LOOKUPSWITCH) {
        int32_t v = POPI();
        uint8_t *base = code + (((pc - code) + 4) & ~3);
        int32_t n = be32(base + 4), off = be32(base);
        int32_t lo = 0, hi = n - 1;
        while (lo <= hi) {   /* pairs are sorted by key (JVMS 6.5 lookupswitch) */
            int32_t mid = (lo + hi) / 2, key = be32(base + 8 + 8 * (uint32_t)mid);
            if (key == v) { off = be32(base + 12 + 8 * (uint32_t)mid); break; }
            if (key < v) lo = mid + 1; else hi = mid - 1;
        }
        if (off <= 0) { SAVE(); SAFEPOINT(t); }
        pc += off;
        vmbreak;
    }

    vmcase(IRETURN) vmcase(FRETURN) vmcase(ARETURN) ret = sp[-1]; goto do_return;
    vmcase(LRETURN) vmcase(DRETURN) ret = sp[-2]; goto do_return;
    vmcase(RETURN) ret.j = 0; goto do_return;

    vmcase(GETSTATIC) vmcase(PUTSTATIC) { /* [throws][alloc] */
        SAVE();
        bool get = *pc == OP_GETSTATIC;
        Field *f = resolve_field(t, cls, be16(pc + 1), true);
        if (!f || !class_initialize(t, f->cls))
            goto exception;
        bool wide = f->type == 'J' || f->type == 'D';
        if (f->cls->state == CLS_INITIALIZED) {
            QUICKEN(get ? (wide ? OP_GETSTATIC_Q2 : OP_GETSTATIC_Q1) : (wide ? OP_PUTSTATIC_Q2 : OP_PUTSTATIC_Q1));
            vmbreak;
        }
        Slot *s = &f->cls->statics[f->offset];
        if (get) { *sp = *s; sp += wide ? 2 : 1; }
        else { sp -= wide ? 2 : 1; *s = *sp; }
        NEXT(3);
    }
    vmcase(GETSTATIC_Q1) { Field *f = cls->cp_res[be16(pc + 1)]; *sp++ = f->cls->statics[f->offset]; NEXT(3); }
    vmcase(GETSTATIC_Q2) { Field *f = cls->cp_res[be16(pc + 1)]; *sp = f->cls->statics[f->offset]; sp += 2; NEXT(3); }
    vmcase(PUTSTATIC_Q1) { Field *f = cls->cp_res[be16(pc + 1)]; f->cls->statics[f->offset] = *--sp; NEXT(3); }
    vmcase(PUTSTATIC_Q2) { Field *f = cls->cp_res[be16(pc + 1)]; sp -= 2; f->cls->statics[f->offset] = *sp; NEXT(3); }

    vmcase(GETFIELD) vmcase(PUTFIELD) { /* [throws] */
        SAVE();
        bool get = *pc == OP_GETFIELD;
        Field *f = resolve_field(t, cls, be16(pc + 1), false);
        if (!f)
            goto exception;
        int q;
        if (f->type == 'J' || f->type == 'D') q = get ? OP_GETFIELD_Q8 : OP_PUTFIELD_Q8;
        else if (f->type == 'L' || f->type == '[') q = get ? OP_GETFIELD_QREF : OP_PUTFIELD_QREF;
        else q = get ? OP_GETFIELD_Q4 : OP_PUTFIELD_Q4;
        QUICKEN(q);
        vmbreak;
    }
    vmcase(GETFIELD_Q4) { Field *f = cls->cp_res[be16(pc + 1)]; Object *o = sp[-1].l; NULLCHECK(o); OWNER_CHECK(o, f); sp[-1].i = FIELD_AT(o, f->offset, int32_t); NEXT(3); }
    vmcase(GETFIELD_Q8) { Field *f = cls->cp_res[be16(pc + 1)]; Object *o = sp[-1].l; NULLCHECK(o); OWNER_CHECK(o, f); sp[-1].j = FIELD_AT(o, f->offset, int64_t); sp++; NEXT(3); }
    vmcase(GETFIELD_QREF) { Field *f = cls->cp_res[be16(pc + 1)]; Object *o = sp[-1].l; NULLCHECK(o); OWNER_CHECK(o, f); sp[-1].l = FIELD_AT(o, f->offset, Object *); NEXT(3); }
    vmcase(PUTFIELD_Q4) { Field *f = cls->cp_res[be16(pc + 1)]; int32_t v = POPI(); Object *o = POPL(); NULLCHECK(o); OWNER_CHECK(o, f); FIELD_AT(o, f->offset, int32_t) = v; NEXT(3); }
    vmcase(PUTFIELD_Q8) { Field *f = cls->cp_res[be16(pc + 1)]; int64_t v = POPJ(); Object *o = POPL(); NULLCHECK(o); OWNER_CHECK(o, f); FIELD_AT(o, f->offset, int64_t) = v; NEXT(3); }
    vmcase(PUTFIELD_QREF) { Field *f = cls->cp_res[be16(pc + 1)]; Object *v = POPL(); Object *o = POPL(); NULLCHECK(o); OWNER_CHECK(o, f); FIELD_AT(o, f->offset, Object *) = v; NEXT(3); }

    vmcase(INVOKEVIRTUAL) { /* [throws] */
        SAVE();
        Method *rm = resolve_method(t, cls, be16(pc + 1), INV_VIRTUAL);
        if (!rm)
            goto exception;
        bool direct = (rm->access & (ACC_FINAL | ACC_PRIVATE)) || (rm->cls->access & ACC_FINAL) || rm->vindex < 0;
        if (direct && !(rm->cls->access & ACC_INTERFACE) && rm->vindex < 0 && !(rm->access & (ACC_FINAL | ACC_PRIVATE)))
            direct = false;
        QUICKEN(direct && !(rm->cls->access & ACC_INTERFACE) ? OP_INVOKENONVIRT_Q : OP_INVOKEVIRTUAL_Q);
        vmbreak;
    }
    vmcase(INVOKEVIRTUAL_Q) {
        Method *rm = cls->cp_res[be16(pc + 1)];
        Object *recv = sp[-rm->argslots].l;
        NULLCHECK(recv);
        callee = interp_select_virtual(recv->cls, rm);
        goto invoke;
    }
    vmcase(INVOKESPECIAL) { /* [throws] */
        SAVE();
        Method *rm = resolve_method(t, cls, be16(pc + 1), INV_SPECIAL);
        if (!rm)
            goto exception;
        QUICKEN(OP_INVOKENONVIRT_Q);
        vmbreak;
    }
    vmcase(INVOKENONVIRT_Q) {
        callee = cls->cp_res[be16(pc + 1)];
        NULLCHECK(sp[-callee->argslots].l);
        goto invoke;
    }
    vmcase(INVOKESTATIC) { /* [throws][alloc] */
        SAVE();
        Method *rm = resolve_method(t, cls, be16(pc + 1), INV_STATIC);
        if (!rm || !class_initialize(t, rm->cls))
            goto exception;
        if (rm->cls->state == CLS_INITIALIZED)
            QUICKEN(OP_INVOKESTATIC_Q);
        callee = rm;
        goto invoke;
    }
    vmcase(INVOKESTATIC_Q) callee = cls->cp_res[be16(pc + 1)]; goto invoke;
    vmcase(INVOKEINTERFACE) { /* [throws] */
        SAVE();
        Method *rm = resolve_method(t, cls, be16(pc + 1), INV_INTERFACE);
        if (!rm)
            goto exception;
        QUICKEN(OP_INVOKEINTERFACE_Q);
        vmbreak;
    }
    vmcase(INVOKEINTERFACE_Q) {
        Method *rm = cls->cp_res[be16(pc + 1)];
        Object *recv = sp[-rm->argslots].l;
        NULLCHECK(recv);
        SAVE();
        callee = select_interface(t, recv->cls, rm);
        if (!callee)
            goto exception;
        goto invoke;
    }
    vmcase(INVOKEDYNAMIC) { /* [throws][alloc] */
        SAVE();
        if (!cls->cp_res[be16(pc + 1)] && !lambda_link(t, cls, be16(pc + 1)))
            goto exception;
        QUICKEN(OP_INVOKEDYNAMIC_Q);
        vmbreak;
    }
    vmcase(INVOKEDYNAMIC_Q) { /* [alloc] */
        void *site = cls->cp_res[be16(pc + 1)];
        int n = lambda_site_argslots(site);
        SAVE();
        Object *o = lambda_make(t, site, sp - n);
        if (!o)
            goto exception;
        sp -= n;
        PUSHL(o);
        NEXT(5);
    }

    vmcase(NEW) { /* [throws][alloc] */
        SAVE();
        Class *c = resolve_class(t, cls, be16(pc + 1));
        if (!c)
            goto exception;
        if (c->access & (ACC_ABSTRACT | ACC_INTERFACE)) {
            char *jn = class_java_name(c->name);
            throw_new(t, "java/lang/InstantiationError", "%s", jn);
            free(jn);
            goto exception;
        }
        if (!class_initialize(t, c))
            goto exception;
        if (c->state == CLS_INITIALIZED) {
            QUICKEN(OP_NEW_Q);
            vmbreak;
        }
        Object *o = new_object(t, c);
        if (!o)
            goto exception;
        PUSHL(o);
        NEXT(3);
    }
    vmcase(NEW_Q) { /* [alloc] */
        SAVE();
        Object *o = new_object(t, cls->cp_res[be16(pc + 1)]);
        if (!o)
            goto exception;
        PUSHL(o);
        NEXT(3);
    }
    vmcase(NEWARRAY) { /* [throws][alloc] */
        SAVE();
        Object *a = new_array(t, newarray_class(t, pc[1]), sp[-1].i);
        if (!a)
            goto exception;
        sp[-1].l = a;
        NEXT(2);
    }
    vmcase(ANEWARRAY) { /* [throws] */
        SAVE();
        Class *c = resolve_class(t, cls, be16(pc + 1));
        if (!c || !class_array_of(t, c))
            goto exception;
        QUICKEN(OP_ANEWARRAY_Q);
        vmbreak;
    }
    vmcase(ANEWARRAY_Q) { /* [throws][alloc] */
        SAVE();
        Class *c = cls->cp_res[be16(pc + 1)];
        Object *a = new_array(t, class_array_of(t, c), sp[-1].i);
        if (!a)
            goto exception;
        sp[-1].l = a;
        NEXT(3);
    }
    vmcase(MULTIANEWARRAY) { /* [throws][alloc] */
        SAVE();
        Class *c = resolve_class(t, cls, be16(pc + 1));
        if (!c)
            goto exception;
        int n = pc[3], rank = 0;
        while (c->name[rank] == '[')
            rank++;
        if (rank < n)
            THROW_NEW("java/lang/IncompatibleClassChangeError", "multianewarray: %d dimensions for %s", n, c->name);
        int32_t dims[256];
        for (int i = 0; i < n; i++) {
            dims[i] = sp[i - n].i;
            if (dims[i] < 0)
                THROW_NEW("java/lang/NegativeArraySizeException", "%d", dims[i]);
        }
        Object *a = multi_array(t, c, dims, n);
        if (!a)
            goto exception;
        sp -= n;
        PUSHL(a);
        NEXT(4);
    }
    vmcase(ARRAYLENGTH) { Object *a = sp[-1].l; NULLCHECK(a); if (a->cls->kind != KIND_ARRAY) THROW_NEW("java/lang/VerifyError", "arraylength of a non-array"); sp[-1].i = ARRAY_LENGTH(a); NEXT(1); }
    vmcase(ATHROW) { /* [throws] */
        Object *ex = POPL();
        NULLCHECK(ex);
        t->exception = ex;
        THROW();
    }
    vmcase(CHECKCAST) vmcase(INSTANCEOF) { /* [throws] */
        SAVE();
        if (!resolve_class(t, cls, be16(pc + 1)))
            goto exception;
        QUICKEN(*pc == OP_CHECKCAST ? OP_CHECKCAST_Q : OP_INSTANCEOF_Q);
        vmbreak;
    }
    vmcase(CHECKCAST_Q) {
        Object *o = sp[-1].l;
        Class *c = cls->cp_res[be16(pc + 1)];
        if (o && o->cls != c && !class_is_subclass(o->cls, c)) {
            SAVE();
            throw_cce(t, o->cls, c);
            goto exception;
        }
        NEXT(3);
    }
    vmcase(INSTANCEOF_Q) {
        Object *o = sp[-1].l;
        Class *c = cls->cp_res[be16(pc + 1)];
        sp[-1].i = o && (o->cls == c || class_is_subclass(o->cls, c));
        NEXT(3);
    }
    vmcase(MONITORENTER) { /* [throws] */
        Object *o = POPL();
        NULLCHECK(o);
        SAVE();
        if (!monitor_enter(t, o))
            goto exception;
        NEXT(1);
    }
    vmcase(MONITOREXIT) { /* [throws] */
        Object *o = POPL();
        NULLCHECK(o);
        SAVE();
        if (!monitor_exit(t, o))
            goto exception;
        NEXT(1);
    }
    vmcase(WIDE) {
        unsigned idx = be16(pc + 2);
        switch (pc[1]) {
        case OP_ILOAD: case OP_FLOAD: case OP_ALOAD: *sp++ = locals[idx]; break;
        case OP_LLOAD: case OP_DLOAD: *sp = locals[idx]; sp += 2; break;
        case OP_ISTORE: case OP_FSTORE: case OP_ASTORE: locals[idx] = *--sp; break;
        case OP_LSTORE: case OP_DSTORE: sp -= 2; locals[idx] = *sp; break;
        case OP_IINC:
            locals[idx].i = (int32_t)((uint32_t)locals[idx].i + (uint32_t)(int16_t)be16(pc + 4));
            NEXT(6);
        }
        NEXT(4);
    }
    vmcase(JSR) vmcase(RET) vmcase(JSR_W)
    vmdefault
        THROW_NEW("java/lang/VerifyError", "Bad instruction %d", *pc);
    }

invoke:
    /* callee's arguments are the top argslots slots of our operand stack */
    {
        Slot *args = sp - callee->argslots;
        SAVE();
        SAFEPOINT(t);
        if (callee->native || !callee->code) {
            if (!callee->code && !callee->native && !(callee->access & ACC_NATIVE)) {
                char *jn = class_java_name(callee->cls->name);
                throw_new(t, "java/lang/AbstractMethodError", "%s.%s%s", jn, callee->name, callee->desc);
                free(jn);
                goto exception;
            }
            Slot r;
            r.j = 0;
            if (!call_native(t, callee, args, &r))
                goto exception;
            sp = args;
            switch (callee->rtype) {
            case 'V': break;
            case 'J': case 'D': *sp = r; sp += 2; break;
            default: *sp++ = r; break;
            }
            pc += (*pc == OP_INVOKEINTERFACE_Q || *pc == OP_INVOKEINTERFACE) ? 5 : 3;
            vmbreak;
        }
        Frame *nf = (Frame *)(args + callee->max_locals);
        Slot *stack_base = (Slot *)nf + FRAME_SLOTS;
        if (stack_overflow(t, stack_base + callee->max_stack)) {
            throw_soe(t);
            goto exception;
        }
        frame->sp = args;
        nf->prev = frame;
        nf->m = callee;
        nf->locals = args;
        nf->lock = NULL;
        nf->entry = 0;
        nf->pc = callee->code;
        nf->sp = stack_base;
        if (callee->access & ACC_SYNCHRONIZED) {
            Object *lock = (callee->access & ACC_STATIC) ? class_mirror(t, callee->cls) : args[0].l;
            if (!lock || !monitor_enter(t, lock))
                goto exception;
            nf->lock = lock;
        }
        frame = nf;
        t->frame = frame;
        LOAD_FRAME();
        pc = code;
        sp = stack_base;
        vmbreak;
    }

do_return:
    {
        Frame *done = frame;
        if (done->lock) {
            SAVE();
            if (!monitor_exit(t, done->lock))
                goto exception;
        }
        if (done->entry) {
            t->frame = done->prev;
            *result = ret;
            return true;
        }
        frame = done->prev;
        t->frame = frame;
        LOAD_FRAME();
        sp = done->locals;
        switch (done->m->rtype) {
        case 'V': break;
        case 'J': case 'D': *sp = ret; sp += 2; break;
        default: *sp++ = ret; break;
        }
        pc = frame->pc;
        pc += (*pc == OP_INVOKEINTERFACE_Q || *pc == OP_INVOKEINTERFACE) ? 5 : 3;
        vmbreak;
    }

exception:
    /* t->exception is set and frame->pc is the throwing instruction */
    for (;;) {
        Object *ex = t->exception;
        uint32_t rel = (uint32_t)(frame->pc - code);
        for (unsigned i = 0; i < m->nhandlers; i++) {
            cf_handler *h = &m->handlers[i];
            if (rel < h->start || rel >= h->end)
                continue;
            if (h->catch_type) {
                t->exception = NULL;
                Class *c = resolve_class(t, cls, h->catch_type);
                if (!c)
                    goto exception;   /* the resolution error replaces ex */
                t->exception = ex;
                if (!class_is_subclass(ex->cls, c))
                    continue;
            }
            t->exception = NULL;
            sp = (Slot *)frame + FRAME_SLOTS;
            PUSHL(ex);
            pc = code + h->handler;
            vmbreak;
        }
        Frame *done = frame;
        if (done->lock) {
            t->exception = NULL;
            monitor_exit(t, done->lock);
            t->exception = ex;
        }
        t->frame = done->prev;
        if (done->entry)
            return false;
        frame = done->prev;
        LOAD_FRAME();
    }
}
