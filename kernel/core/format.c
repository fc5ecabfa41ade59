/* The kernel's formatter: %d %i %u %x %X %p %s %c %% with l/ll/z (and h/hh, accepted and
 * ignored beyond the promotion C already does), a width, the '0' and '-' flags, and a precision
 * for %s ("%.*s" too). Returns the length the full output would have had, like C's
 * vsnprintf; writes at most size-1 chars and always terminates when size > 0. */
#include <stdarg.h>

#include "core.h"
#include "sd/printk.h"

struct out {
    char *buf;
    size_t size;
    size_t len;       /* chars produced, including those that did not fit */
};

static void put(struct out *o, char c)
{
    if (o->len + 1 < o->size)
        o->buf[o->len] = c;
    o->len++;
}

static void pad(struct out *o, char c, int n)
{
    while (n-- > 0)
        put(o, c);
}

struct spec {
    bool left;        /* '-' */
    bool zero;        /* '0' */
    int width;
    int prec;         /* -1: none */
    int lng;          /* 0 int, 1 long, 2 long long, 3 size_t */
};

/* Digits of v in base, into tmp from the end; returns the first digit. */
static char *digits(char *end, unsigned long long v, unsigned base, bool upper)
{
    const char *set = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char *p = end;

    do {
        *--p = set[v % base];
        v /= base;
    } while (v);
    return p;
}

static void emit_number(struct out *o, const struct spec *s, unsigned long long v, bool neg,
                        unsigned base, bool upper, const char *prefix)
{
    char tmp[24];
    char *p = digits(tmp + sizeof(tmp), v, base, upper);
    int ndig = (int)(tmp + sizeof(tmp) - p);
    int nlead = (neg ? 1 : 0) + (int)sd_strlen(prefix);
    int fill = s->width - ndig - nlead;

    if (!s->left && !s->zero)
        pad(o, ' ', fill);
    if (neg)
        put(o, '-');
    for (; *prefix; prefix++)
        put(o, *prefix);
    if (!s->left && s->zero)
        pad(o, '0', fill);
    for (int i = 0; i < ndig; i++)
        put(o, p[i]);
    if (s->left)
        pad(o, ' ', fill);
}

static void emit_string(struct out *o, const struct spec *s, const char *str)
{
    size_t n = 0;

    if (!str)
        str = "(null)";
    while (str[n] && (s->prec < 0 || n < (size_t)s->prec))
        n++;
    if (!s->left)
        pad(o, ' ', s->width - (int)n);
    for (size_t i = 0; i < n; i++)
        put(o, str[i]);
    if (s->left)
        pad(o, ' ', s->width - (int)n);
}

static long long signed_arg(const struct spec *s, va_list *ap)
{
    switch (s->lng) {
    case 1: return va_arg(*ap, long);
    case 2: return va_arg(*ap, long long);
    case 3: return (long long)va_arg(*ap, size_t);
    default: return va_arg(*ap, int);
    }
}

static unsigned long long unsigned_arg(const struct spec *s, va_list *ap)
{
    switch (s->lng) {
    case 1: return va_arg(*ap, unsigned long);
    case 2: return va_arg(*ap, unsigned long long);
    case 3: return va_arg(*ap, size_t);
    default: return va_arg(*ap, unsigned int);
    }
}

/* Parse flags, width, precision and length at *fmt (just after '%'). */
static const char *parse_spec(const char *fmt, struct spec *s, va_list *ap)
{
    *s = (struct spec){ .prec = -1 };
    for (;; fmt++) {
        if (*fmt == '-')
            s->left = true;
        else if (*fmt == '0')
            s->zero = true;
        else
            break;
    }
    if (*fmt == '*') {
        s->width = va_arg(*ap, int);
        if (s->width < 0) {
            s->left = true;
            s->width = -s->width;
        }
        fmt++;
    }
    for (; *fmt >= '0' && *fmt <= '9'; fmt++)
        s->width = s->width * 10 + (*fmt - '0');
    if (*fmt == '.') {
        fmt++;
        s->prec = 0;
        if (*fmt == '*') {
            s->prec = va_arg(*ap, int);
            fmt++;
        }
        for (; *fmt >= '0' && *fmt <= '9'; fmt++)
            s->prec = s->prec * 10 + (*fmt - '0');
    }
    for (;; fmt++) {
        if (*fmt == 'l')
            s->lng = s->lng < 2 ? s->lng + 1 : 2;
        else if (*fmt == 'z')
            s->lng = 3;
        else if (*fmt != 'h')
            break;
    }
    return fmt;
}

static void emit_conversion(struct out *o, struct spec *s, char conv, va_list *ap)
{
    long long v;

    switch (conv) {
    case 'd':
    case 'i':
        v = signed_arg(s, ap);
        emit_number(o, s, v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v,
                    v < 0, 10, false, "");
        break;
    case 'u': emit_number(o, s, unsigned_arg(s, ap), false, 10, false, ""); break;
    case 'x': emit_number(o, s, unsigned_arg(s, ap), false, 16, false, ""); break;
    case 'X': emit_number(o, s, unsigned_arg(s, ap), false, 16, true, ""); break;
    case 'p':
        emit_number(o, s, (uintptr_t)va_arg(*ap, void *), false, 16, false, "0x");
        break;
    case 's': emit_string(o, s, va_arg(*ap, const char *)); break;
    case 'c':
        s->prec = -1;
        pad(o, ' ', s->left ? 0 : s->width - 1);
        put(o, (char)va_arg(*ap, int));
        pad(o, ' ', s->left ? s->width - 1 : 0);
        break;
    case '%': put(o, '%'); break;
    default:  /* unknown conversion: show it rather than guess at its argument */
        put(o, '%');
        if (conv)
            put(o, conv);
        break;
    }
}

/* Context: any. */
int sd_vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
    struct out o = { buf, size, 0 };
    struct spec s;
    va_list args;

    va_copy(args, ap);
    while (*fmt) {
        if (*fmt != '%') {
            put(&o, *fmt++);
            continue;
        }
        fmt = parse_spec(fmt + 1, &s, &args);
        emit_conversion(&o, &s, *fmt, &args);
        if (*fmt)
            fmt++;
    }
    va_end(args);
    if (size > 0)
        buf[o.len < size ? o.len : size - 1] = '\0';
    return (int)o.len;
}

int sd_snprintf(char *buf, size_t size, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    int n = sd_vsnprintf(buf, size, fmt, ap);
    va_end(ap);
    return n;
}
