/* Complex multiplication helpers: __mulsc3, __muldc3, __mulxc3.
 *
 * gcc calls these for a complex multiply that may need C11 Annex G's infinity recovery (libm's
 * complex functions do). They normally come from libgcc, but the host's libgcc.a is built
 * with the red zone, which a Xen PV guest cannot have (events are delivered on the current
 * stack), and its float and long double versions do use it. So runtime/libc has its own,
 * compiled like every guest file.
 *
 * The rule (Annex G.5.1): multiply as usual; if both parts come out NaN, an infinite operand or
 * an overflowed partial product is turned back into an infinite result, with NaN operands
 * taken as zeros of their sign, so that "infinity times anything nonzero is infinity". */

/* The products are real-valued; gcc must not turn them back into calls to these helpers. */
#define COMPLEX_MUL(NAME, T, SUFFIX)                                                       \
    _Complex T NAME(T a, T b, T c, T d)                                                     \
    {                                                                                       \
        T ac = a * c, bd = b * d, ad = a * d, bc = b * c;                                   \
        T x = ac - bd, y = ad + bc;                                                         \
        if (__builtin_isnan(x) && __builtin_isnan(y)) {                                     \
            int again = 0;                                                                  \
            if (__builtin_isinf(a) || __builtin_isinf(b)) {                                 \
                a = __builtin_copysign##SUFFIX(__builtin_isinf(a) ? 1 : 0, a);              \
                b = __builtin_copysign##SUFFIX(__builtin_isinf(b) ? 1 : 0, b);              \
                c = __builtin_isnan(c) ? __builtin_copysign##SUFFIX(0, c) : c;              \
                d = __builtin_isnan(d) ? __builtin_copysign##SUFFIX(0, d) : d;              \
                again = 1;                                                                  \
            }                                                                               \
            if (__builtin_isinf(c) || __builtin_isinf(d)) {                                 \
                c = __builtin_copysign##SUFFIX(__builtin_isinf(c) ? 1 : 0, c);              \
                d = __builtin_copysign##SUFFIX(__builtin_isinf(d) ? 1 : 0, d);              \
                a = __builtin_isnan(a) ? __builtin_copysign##SUFFIX(0, a) : a;              \
                b = __builtin_isnan(b) ? __builtin_copysign##SUFFIX(0, b) : b;              \
                again = 1;                                                                  \
            }                                                                               \
            if (!again && (__builtin_isinf(ac) || __builtin_isinf(bd) ||                    \
                           __builtin_isinf(ad) || __builtin_isinf(bc))) {                   \
                a = __builtin_isnan(a) ? __builtin_copysign##SUFFIX(0, a) : a;              \
                b = __builtin_isnan(b) ? __builtin_copysign##SUFFIX(0, b) : b;              \
                c = __builtin_isnan(c) ? __builtin_copysign##SUFFIX(0, c) : c;              \
                d = __builtin_isnan(d) ? __builtin_copysign##SUFFIX(0, d) : d;              \
                again = 1;                                                                  \
            }                                                                               \
            if (again) {                                                                    \
                x = __builtin_inf##SUFFIX() * (a * c - b * d);                              \
                y = __builtin_inf##SUFFIX() * (a * d + b * c);                              \
            }                                                                               \
        }                                                                                   \
        return __builtin_complex(x, y);                                                     \
    }

_Complex float __mulsc3(float a, float b, float c, float d);
_Complex double __muldc3(double a, double b, double c, double d);
_Complex long double __mulxc3(long double a, long double b, long double c, long double d);

COMPLEX_MUL(__mulsc3, float, f)
COMPLEX_MUL(__muldc3, double, )
COMPLEX_MUL(__mulxc3, long double, l)
