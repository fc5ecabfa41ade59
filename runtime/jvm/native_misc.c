/* native_misc.c: natives of stardust.vm.Native (see CONTRACT.md), java.lang.Float, Double,
 * Math and StrictMath. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "vm.h"

#define NATIVE(name) static void name(Thread *t, Slot *a, Slot *ret)

static bool array_range(Thread *t, Object *b, int32_t off, int32_t len)
{
    if (!b) {
        throw_npe(t);
        return false;
    }
    if (off < 0 || len < 0 || (int64_t)off + len > ARRAY_LENGTH(b)) {
        throw_new(t, "java/lang/IndexOutOfBoundsException", "Range [%d, %d + %d) out of bounds for length %d",
                  off, off, len, ARRAY_LENGTH(b));
        return false;
    }
    return true;
}

struct io_arg { int fd; void *buf; size_t n; long r; };
static void blocking_read(void *p)
{
    struct io_arg *a = p;
    a->r = pf_read(a->fd, a->buf, a->n);
}

NATIVE(nat_write)
{
    if (!array_range(t, a[1].l, a[2].i, a[3].i))
        return;
    long r = pf_write(a[0].i, ARRAY_DATA(a[1].l, int8_t) + a[2].i, (size_t)a[3].i);
    if (r < 0)
        throw_new(t, "java/io/IOException", "write failed");
    ret->i = (int32_t)r;
}
NATIVE(nat_read)
{
    if (!array_range(t, a[1].l, a[2].i, a[3].i))
        return;
    if (a[3].i == 0) {
        ret->i = 0;
        return;
    }
    /* read into C memory while GC-safe: the array must not be touched while parked */
    char *tmp = malloc((size_t)a[3].i);
    struct io_arg io = { a[0].i, tmp, (size_t)a[3].i, 0 };
    thread_blocking(t, blocking_read, &io);
    if (io.r > 0)
        memcpy(ARRAY_DATA(a[1].l, int8_t) + a[2].i, tmp, (size_t)io.r);
    free(tmp);
    if (io.r < 0)
        throw_new(t, "java/io/IOException", "read failed");
    ret->i = io.r == 0 ? -1 : (int32_t)io.r;
}
NATIVE(nat_doubleToString)
{
    char buf[64];
    fmt_double(a[0].d, buf, sizeof buf);
    ret->l = string_new_utf8(t, buf);
}
NATIVE(nat_floatToString)
{
    char buf[64];
    fmt_float(a[0].f, buf, sizeof buf);
    ret->l = string_new_utf8(t, buf);
}
NATIVE(nat_doubleDigits)
{
    char buf[64];
    fmt_digits(a[0].d, buf, sizeof buf);
    ret->l = string_new_utf8(t, buf);
}
static void parse(Thread *t, Object *s, Slot *ret, bool is_float)
{
    if (!s) {
        throw_npe(t);
        return;
    }
    char *u = string_to_utf8(s);
    double d;
    bool ok = parse_double(u, &d);
    if (ok && is_float) {
        /* round once, from the text, to float */
        char *e = u;
        while (*e && (unsigned char)*e <= ' ')
            e++;
        if (!isnan(d) && !isinf(d))
            ret->f = parse_float_text(e);
        else
            ret->f = (float)d;
    } else if (ok) {
        ret->d = d;
    }
    if (!ok) {
        char *tr = u;
        while (*tr && (unsigned char)*tr <= ' ')
            tr++;
        if (!*tr)
            throw_new(t, "java/lang/NumberFormatException", "%s", *u ? "empty String" : "empty String");
        else
            throw_new(t, "java/lang/NumberFormatException", "For input string: \"%s\"", u);
    }
    free(u);
}
NATIVE(nat_parseDouble) { parse(t, a[0].l, ret, false); }
NATIVE(flt_parseFloat0) { parse(t, a[0].l, ret, true); }

NATIVE(flt_floatToRawIntBits) { ret->i = a[0].i; }
NATIVE(flt_intBitsToFloat) { ret->i = a[0].i; }
NATIVE(dbl_doubleToRawLongBits) { ret->j = a[0].j; }
NATIVE(dbl_longBitsToDouble) { ret->j = a[0].j; }

#define MATH1(name, fn) NATIVE(m_##name) { ret->d = fn(a[0].d); }
#define MATH2(name, fn) NATIVE(m_##name) { ret->d = fn(a[0].d, a[2].d); }
MATH1(sin, sin) MATH1(cos, cos) MATH1(tan, tan) MATH1(asin, asin) MATH1(acos, acos)
MATH1(atan, atan) MATH1(exp, exp) MATH1(log, log) MATH1(log10, log10) MATH1(sqrt, sqrt)
MATH1(sinh, sinh) MATH1(cosh, cosh) MATH1(tanh, tanh) MATH1(expm1, expm1)
MATH1(log1p, log1p) MATH1(floor, floor) MATH1(ceil, ceil) MATH1(rint, rint)
MATH2(atan2, atan2) MATH2(pow, pow) MATH2(hypot, hypot) MATH2(IEEEremainder, remainder)

/* glibc's cbrt can be one ulp off (cbrt(27) = 3.0000000000000004): one Newton step in long
 * double puts it right. */
NATIVE(m_cbrt)
{
    double x = a[0].d, r = cbrt(x);
    if (x != 0 && isfinite(x)) {
        long double y = r;
        y = y - (y * y * y - x) / (3 * y * y);
        r = (double)y;
    }
    ret->d = r;
}
NATIVE(m_scalb) { ret->d = ldexp(a[0].d, a[2].i); }
NATIVE(m_scalbf) { ret->f = ldexpf(a[0].f, a[1].i); }
NATIVE(m_nextAfter) { ret->d = nextafter(a[0].d, a[2].d); }
/* Math.nextAfter(float, double) by comparing in double (no nexttowardf: newlib's libm lacks it
 * where long double is wider than double) */
NATIVE(m_nextAfterf)
{
    float f = a[0].f;
    double dir = a[1].d;
    if (isnan(f) || isnan(dir))
        ret->f = (float)(f + dir);
    else if ((double)f == dir)
        ret->f = (float)dir;
    else
        ret->f = nextafterf(f, (double)f < dir ? INFINITY : -INFINITY);
}

#define MATH_ENTRIES(cls) \
    { cls, "scalb", "(DI)D", m_scalb }, { cls, "scalb", "(FI)F", m_scalbf }, \
    { cls, "nextAfter", "(DD)D", m_nextAfter }, { cls, "nextAfter", "(FD)F", m_nextAfterf }, \
    { cls, "sin", "(D)D", m_sin }, { cls, "cos", "(D)D", m_cos }, { cls, "tan", "(D)D", m_tan }, \
    { cls, "asin", "(D)D", m_asin }, { cls, "acos", "(D)D", m_acos }, { cls, "atan", "(D)D", m_atan }, \
    { cls, "exp", "(D)D", m_exp }, { cls, "log", "(D)D", m_log }, { cls, "log10", "(D)D", m_log10 }, \
    { cls, "sqrt", "(D)D", m_sqrt }, { cls, "cbrt", "(D)D", m_cbrt }, { cls, "sinh", "(D)D", m_sinh }, \
    { cls, "cosh", "(D)D", m_cosh }, { cls, "tanh", "(D)D", m_tanh }, { cls, "expm1", "(D)D", m_expm1 }, \
    { cls, "log1p", "(D)D", m_log1p }, { cls, "floor", "(D)D", m_floor }, { cls, "ceil", "(D)D", m_ceil }, \
    { cls, "rint", "(D)D", m_rint }, { cls, "atan2", "(DD)D", m_atan2 }, { cls, "pow", "(DD)D", m_pow }, \
    { cls, "hypot", "(DD)D", m_hypot }, { cls, "IEEEremainder", "(DD)D", m_IEEEremainder }

const NativeEntry native_misc[] = {
    { "stardust/vm/Native", "write", "(I[BII)I", nat_write },
    { "stardust/vm/Native", "read", "(I[BII)I", nat_read },
    { "stardust/vm/Native", "doubleToString", "(D)Ljava/lang/String;", nat_doubleToString },
    { "stardust/vm/Native", "floatToString", "(F)Ljava/lang/String;", nat_floatToString },
    { "stardust/vm/Native", "parseDouble", "(Ljava/lang/String;)D", nat_parseDouble },
    { "stardust/vm/Native", "doubleDigits", "(D)Ljava/lang/String;", nat_doubleDigits },
    { "java/lang/Float", "parseFloat0", "(Ljava/lang/String;)F", flt_parseFloat0 },
    { "java/lang/Float", "floatToRawIntBits", "(F)I", flt_floatToRawIntBits },
    { "java/lang/Float", "intBitsToFloat", "(I)F", flt_intBitsToFloat },
    { "java/lang/Double", "doubleToRawLongBits", "(D)J", dbl_doubleToRawLongBits },
    { "java/lang/Double", "longBitsToDouble", "(J)D", dbl_longBitsToDouble },
    MATH_ENTRIES("java/lang/Math"),
    MATH_ENTRIES("java/lang/StrictMath"),
    { NULL, NULL, NULL, NULL },
};
