/* fmt_double.c: Java's text for doubles and floats (Double.toString: the shortest decimal that
 * reads back as the same value; plain notation for 1e-3 <= |d| < 1e7, else d.dddE±n), the digit
 * string Formatter builds on, and parsing with Java's grammar. */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm.h"

/* Shortest digits of v (finite, > 0): digits[] without dot, and exp so v ~ 0.d1d2... * 10^exp. */
static int shortest(double v, bool is_float, char *digits, int *exp10)
{
    char buf[64];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, v);
        bool ok = is_float ? (parse_float_text(buf) == (float)v) : (strtod(buf, NULL) == v);
        if (ok || prec == 17)
            break;
    }
    /* buf = d.ddddde±XX */
    int n = 0;
    char *p = buf;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9')
            digits[n++] = *p;
    digits[n] = 0;
    while (n > 1 && digits[n - 1] == '0')
        digits[--n] = 0;
    *exp10 = atoi(p + 1) + 1;
    return n;
}

static void format_java(double v, bool is_float, char *out, size_t size)
{
    if (v != v) {
        snprintf(out, size, "NaN");
        return;
    }
    if (isinf(v)) {
        snprintf(out, size, v > 0 ? "Infinity" : "-Infinity");
        return;
    }
    if (v == 0) {
        snprintf(out, size, signbit(v) ? "-0.0" : "0.0");
        return;
    }
    char digits[40], res[80];
    int e, pos = 0;
    if (v < 0) {
        res[pos++] = '-';
        v = -v;
    }
    int n = shortest(v, is_float, digits, &e);
    if (v >= 1e-3 && v < 1e7) {
        if (e <= 0) {
            pos += sprintf(res + pos, "0.");
            for (int i = 0; i < -e; i++)
                res[pos++] = '0';
            pos += sprintf(res + pos, "%s", digits);
        } else {
            for (int i = 0; i < e; i++)
                res[pos++] = i < n ? digits[i] : '0';
            res[pos++] = '.';
            if (n > e)
                pos += sprintf(res + pos, "%s", digits + e);
            else
                res[pos++] = '0';
        }
    } else {
        res[pos++] = digits[0];
        res[pos++] = '.';
        if (n > 1)
            pos += sprintf(res + pos, "%s", digits + 1);
        else
            res[pos++] = '0';
        pos += sprintf(res + pos, "E%d", e - 1);
    }
    res[pos] = 0;
    snprintf(out, size, "%s", res);
}

void fmt_double(double d, char *buf, size_t n) { format_java(d, false, buf, n); }
void fmt_float(float f, char *buf, size_t n) { format_java(f, true, buf, n); }

/* "12345E-2" for 123.45: digits of the shortest representation and a decimal exponent. */
void fmt_digits(double d, char *buf, size_t n)
{
    if (d != d || isinf(d)) {
        format_java(d, false, buf, n);
        return;
    }
    if (d < 0)
        d = -d;
    if (d == 0) {
        snprintf(buf, n, "0E0");
        return;
    }
    char digits[40];
    int e;
    int nd = shortest(d, false, digits, &e);
    snprintf(buf, n, "%sE%d", digits, e - nd);
}

/* Java's FloatingDecimal grammar: optional sign, NaN, Infinity, decimal or hex digits with an
 * optional exponent and an optional f/F/d/D suffix, surrounding whitespace (<= ' ') allowed. */
bool parse_double(const char *s, double *out)
{
    while (*s && (unsigned char)*s <= ' ')
        s++;
    size_t len = strlen(s);
    while (len && (unsigned char)s[len - 1] <= ' ')
        len--;
    if (len == 0 || len > 1000)
        return false;
    char buf[1024];
    memcpy(buf, s, len);
    buf[len] = 0;
    const char *p = buf;
    int sign = 1;
    if (*p == '+' || *p == '-')
        sign = *p++ == '-' ? -1 : 1;
    if (!strcmp(p, "NaN")) {
        *out = NAN;
        return true;
    }
    if (!strcmp(p, "Infinity")) {
        *out = sign * INFINITY;
        return true;
    }
    char last = buf[len - 1];
    if (last == 'f' || last == 'F' || last == 'd' || last == 'D')
        buf[--len] = 0;
    bool hex = p[0] == '0' && (p[1] == 'x' || p[1] == 'X');
    const char *q = hex ? p + 2 : p;
    int digits = 0;
    while ((*q >= '0' && *q <= '9') || (hex && ((*q >= 'a' && *q <= 'f') || (*q >= 'A' && *q <= 'F'))))
        q++, digits++;
    if (*q == '.') {
        q++;
        while ((*q >= '0' && *q <= '9') || (hex && ((*q >= 'a' && *q <= 'f') || (*q >= 'A' && *q <= 'F'))))
            q++, digits++;
    }
    if (!digits)
        return false;
    if (hex ? (*q == 'p' || *q == 'P') : (*q == 'e' || *q == 'E')) {
        q++;
        if (*q == '+' || *q == '-')
            q++;
        if (!(*q >= '0' && *q <= '9'))
            return false;
        while (*q >= '0' && *q <= '9')
            q++;
    } else if (hex) {
        return false;   /* a hex float needs its binary exponent */
    }
    if (*q)
        return false;
    *out = strtod(buf, NULL);
    return true;
}

/* ---- decimal text to float, rounded once ----
 * C libraries may parse floats through a double (newlib's strtof does), which rounds twice: when
 * the double lands exactly halfway between two floats, the second rounding can go the wrong way
 * (OpenJDK gives 3f800001 where double rounding gives 3f800002). Only that case needs care: the
 * text is then compared, digit by digit, with the exact decimal expansion of the halfway point. */

/* Decimal text as significant digits (no leading zeros, at most cap) and exp so that the value
 * is 0.DIGITS * 10^exp; *more is set when nonzero digits were dropped past cap. */
static int decimal_digits(const char *s, char *digits, int cap, int *exp10, bool *more)
{
    int n = 0, exp = 0;
    bool seen_dot = false, nonzero = false;
    *more = false;
    while (*s == ' ' || *s == '+' || *s == '-')
        s++;
    for (; (*s >= '0' && *s <= '9') || *s == '.'; s++) {
        if (*s == '.') {
            seen_dot = true;
            continue;
        }
        if (*s == '0' && !nonzero) {
            if (seen_dot)
                exp--;
            continue;
        }
        nonzero = true;
        if (!seen_dot)
            exp++;
        if (n < cap)
            digits[n++] = *s;
        else if (*s != '0')
            *more = true;
    }
    if (*s == 'e' || *s == 'E')
        exp += atoi(s + 1);
    while (n > 0 && digits[n - 1] == '0')
        n--;
    digits[n] = 0;
    *exp10 = exp;
    return n;
}

/* The sign of (text - mid), mid > 0 given exactly by its decimal expansion. */
static int compare_with(const char *text, double mid)
{
    char a[800], b[800], mbuf[820];
    int ea, eb;
    bool more_a, more_b;
    snprintf(mbuf, sizeof mbuf, "%.780e", mid);   /* exact: a float midpoint has < 160 digits */
    int na = decimal_digits(text, a, (int)sizeof a - 1, &ea, &more_a);
    int nb = decimal_digits(mbuf, b, (int)sizeof b - 1, &eb, &more_b);
    if (ea != eb)
        return ea < eb ? -1 : 1;
    for (int i = 0; i < na || i < nb; i++) {
        char ca = i < na ? a[i] : '0', cb = i < nb ? b[i] : '0';
        if (ca != cb)
            return ca < cb ? -1 : 1;
    }
    return more_a ? 1 : 0;
}

float parse_float_text(const char *s)
{
    double d = strtod(s, NULL);
    float f = (float)d;
    if (isnan(d) || isinf(d) || strpbrk(s, "xX"))
        return f;
    double ad = fabs(d), lo, hi;
    float af = fabsf(f);
    if (isinf(af)) {                               /* past FLT_MAX: 2^128 is the next step */
        lo = FLT_MAX;
        hi = ldexp(1.0, 128);
    } else if ((double)af == ad) {
        return f;
    } else {
        float l = (double)af < ad ? af : nextafterf(af, 0.0f);
        float h = nextafterf(l, INFINITY);
        lo = l;
        hi = isinf(h) ? ldexp(1.0, 128) : h;
    }
    double mid = (lo + hi) / 2;                    /* exact: 25 bits */
    if (mid != ad)
        return f;                                  /* one rounding is as good as two here */
    float flo = (float)lo;
    uint32_t lo_bits;
    memcpy(&lo_bits, &flo, sizeof lo_bits);
    int c = compare_with(s, mid);
    float r = (float)(c < 0 ? lo : c > 0 ? hi : (lo_bits & 1) ? hi : lo);
    return d < 0 ? -r : r;
}
