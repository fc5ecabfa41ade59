/* runtime/libc's complex multiplication helpers (renamed sdc_test_mul?c3) give bit-for-bit the
 * results of the host libgcc's on every pairing of IEEE special values (zeros of both signs,
 * infinities, NaN, huge values whose products overflow). */
#include <math.h>
#include <stdbool.h>

#include "libc_unit.h"

_Complex float sdc_test_mulsc3(float a, float b, float c, float d);
_Complex double sdc_test_muldc3(double a, double b, double c, double d);
_Complex long double sdc_test_mulxc3(long double a, long double b, long double c, long double d);
_Complex float __mulsc3(float a, float b, float c, float d);
_Complex double __muldc3(double a, double b, double c, double d);
_Complex long double __mulxc3(long double a, long double b, long double c, long double d);

static const double values[] = { 0.0, -0.0, 1.0, -2.5, INFINITY, -INFINITY, NAN, 1e300, -3e38 };
#define NV (sizeof values / sizeof values[0])

static bool same(long double x, long double y)
{
    return (isnan(x) && isnan(y)) || (x == y && signbit(x) == signbit(y));
}

/* Operand set number i of NV^4: (a + bi) * (c + di). */
static void operands(unsigned i, double *a, double *b, double *c, double *d)
{
    *a = values[i % NV];
    *b = values[i / NV % NV];
    *c = values[i / (NV * NV) % NV];
    *d = values[i / (NV * NV * NV)];
}

START_TEST(double_matches_libgcc)
{
    for (unsigned i = 0; i < NV * NV * NV * NV; i++) {
        double a, b, c, d;
        operands(i, &a, &b, &c, &d);
        _Complex double mine = sdc_test_muldc3(a, b, c, d), ref = __muldc3(a, b, c, d);
        ck_assert_msg(same(__real__ mine, __real__ ref) && same(__imag__ mine, __imag__ ref),
                      "(%g%+gi)(%g%+gi)", a, b, c, d);
    }
}
END_TEST

START_TEST(float_matches_libgcc)
{
    for (unsigned i = 0; i < NV * NV * NV * NV; i++) {
        double a, b, c, d;
        operands(i, &a, &b, &c, &d);
        _Complex float mine = sdc_test_mulsc3(a, b, c, d), ref = __mulsc3(a, b, c, d);
        ck_assert_msg(same(__real__ mine, __real__ ref) && same(__imag__ mine, __imag__ ref),
                      "(%g%+gi)(%g%+gi)", a, b, c, d);
    }
}
END_TEST

START_TEST(long_double_matches_libgcc)
{
    for (unsigned i = 0; i < NV * NV * NV * NV; i++) {
        double a, b, c, d;
        operands(i, &a, &b, &c, &d);
        _Complex long double mine = sdc_test_mulxc3(a, b, c, d), ref = __mulxc3(a, b, c, d);
        ck_assert_msg(same(__real__ mine, __real__ ref) && same(__imag__ mine, __imag__ ref),
                      "(%g%+gi)(%g%+gi)", a, b, c, d);
    }
}
END_TEST

START_TEST(infinity_times_finite_is_infinite)
{
    /* Annex G: (inf + NaN i) * (1 + 0i) is an infinity, not NaN + NaN i. */
    _Complex double r = sdc_test_muldc3(INFINITY, NAN, 1.0, 0.0);
    ck_assert(isinf(__real__ r) || isinf(__imag__ r));
}
END_TEST

Suite *suite_complex_mul(void)
{
    Suite *s = suite_create("complex_mul");
    TCase *tc = tcase_create("complex_mul");
    tcase_add_test(tc, double_matches_libgcc);
    tcase_add_test(tc, float_matches_libgcc);
    tcase_add_test(tc, long_double_matches_libgcc);
    tcase_add_test(tc, infinity_times_finite_is_infinite);
    suite_add_tcase(s, tc);
    return s;
}
