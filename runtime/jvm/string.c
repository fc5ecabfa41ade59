/* string.c: java.lang.String objects made and read from C, and the table of interned strings
 * (a root of the collector: interned strings live for the whole run). */
#include <stdlib.h>
#include <string.h>

#include "vm.h"

static uint32_t off_value, off_hash;
static Object **itab;
static size_t itab_size, itab_count;
static pf_mutex *itab_lock;

void string_init(Thread *t)
{
    off_value = class_field_offset(C_String, "value");
    off_hash = class_field_offset(C_String, "hash");
    itab_lock = pf_mutex_new();
    itab_size = 1024;
    itab = calloc(itab_size, sizeof *itab);
}

int32_t string_length(Object *s) { return ARRAY_LENGTH(FIELD_AT(s, off_value, Object *)); }
uint16_t *string_chars(Object *s) { return ARRAY_DATA(FIELD_AT(s, off_value, Object *), uint16_t); }

__attribute__((noinline)) Object *string_new_chars(Thread *t, const uint16_t *chars, int32_t n)
{
    Object *a = new_array(t, C_char_array, n);
    if (!a)
        return NULL;
    uint16_t *dst = ARRAY_DATA(a, uint16_t);
    for (int32_t i = 0; i < n; i++)
        dst[i] = chars[i];
    Object *s = new_object(t, C_String);
    if (!s)
        return NULL;
    FIELD_AT(s, off_value, Object *) = a;
    return s;
}

/* Modified UTF-8 (class files) and standard UTF-8 (the outside world) both decode here.
 * (gcc cannot see that n never passes the number of chars written: its warning is off here.) */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
Object *string_new_utf8(Thread *t, const char *str)
{
    size_t len = strlen(str);
    uint16_t small[256], *buf = small;
    if (len > 256 && !(buf = malloc(sizeof(uint16_t) * len))) {
        throw_oom(t);
        return NULL;
    }
    const uint8_t *p = (const uint8_t *)str, *end = p + len;
    int32_t n = 0;
    while (p < end) {
        uint32_t c = *p++;
        if (c >= 0xf0 && p + 2 < end) {
            c = (c & 7) << 18 | (uint32_t)(p[0] & 0x3f) << 12 | (uint32_t)(p[1] & 0x3f) << 6 | (p[2] & 0x3f);
            p += 3;
            c -= 0x10000;
            buf[n++] = (uint16_t)(0xd800 + (c >> 10));
            buf[n++] = (uint16_t)(0xdc00 + (c & 0x3ff));
            continue;
        }
        if (c >= 0xe0 && p + 1 < end) {
            c = (c & 0xf) << 12 | (uint32_t)(p[0] & 0x3f) << 6 | (p[1] & 0x3f);
            p += 2;
        } else if (c >= 0xc0 && p < end) {
            c = (c & 0x1f) << 6 | (p[0] & 0x3f);
            p++;
        }
        buf[n++] = (uint16_t)c;
    }
    Object *s = string_new_chars(t, buf, n);
    if (buf != small)
        free(buf);
    return s;
}
#pragma GCC diagnostic pop

char *string_to_utf8(Object *s)
{
    int32_t n = string_length(s);
    const uint16_t *c = string_chars(s);
    char *out = malloc((size_t)n * 3 + 1), *p = out;
    for (int32_t i = 0; i < n; i++) {
        uint32_t ch = c[i];
        if (ch >= 0xd800 && ch < 0xdc00 && i + 1 < n && c[i + 1] >= 0xdc00 && c[i + 1] < 0xe000) {
            ch = 0x10000 + ((ch - 0xd800) << 10) + (c[++i] - 0xdc00u);
            *p++ = (char)(0xf0 | ch >> 18);
            *p++ = (char)(0x80 | ((ch >> 12) & 0x3f));
            *p++ = (char)(0x80 | ((ch >> 6) & 0x3f));
            *p++ = (char)(0x80 | (ch & 0x3f));
        } else if (ch >= 0xd800 && ch < 0xe000) {
            *p++ = '?';
        } else if (ch < 0x80) {
            *p++ = (char)ch;
        } else if (ch < 0x800) {
            *p++ = (char)(0xc0 | ch >> 6);
            *p++ = (char)(0x80 | (ch & 0x3f));
        } else {
            *p++ = (char)(0xe0 | ch >> 12);
            *p++ = (char)(0x80 | ((ch >> 6) & 0x3f));
            *p++ = (char)(0x80 | (ch & 0x3f));
        }
    }
    *p = 0;
    return out;
}

static uint32_t content_hash(Object *s)
{
    int32_t n = string_length(s);
    const uint16_t *c = string_chars(s);
    uint32_t h = 0;
    for (int32_t i = 0; i < n; i++)
        h = 31 * h + c[i];
    return h;
}

static bool same(Object *a, Object *b)
{
    int32_t n = string_length(a);
    return n == string_length(b) && memcmp(string_chars(a), string_chars(b), sizeof(uint16_t) * (size_t)n) == 0;
}

static void itab_grow(void)
{
    size_t nsize = itab_size * 2;
    Object **nt = calloc(nsize, sizeof *nt);
    for (size_t i = 0; i < itab_size; i++)
        if (itab[i]) {
            size_t j = content_hash(itab[i]) & (nsize - 1);
            while (nt[j])
                j = (j + 1) & (nsize - 1);
            nt[j] = itab[i];
        }
    free(itab);
    itab = nt;
    itab_size = nsize;
}

/* The canonical instance equal to s (s itself if it is the first). Never allocates. */
Object *string_intern(Thread *t, Object *s)
{
    uint32_t h = content_hash(s);
    pf_mutex_lock(itab_lock);
    size_t j = h & (itab_size - 1);
    while (itab[j]) {
        if (same(itab[j], s)) {
            Object *r = itab[j];
            pf_mutex_unlock(itab_lock);
            return r;
        }
        j = (j + 1) & (itab_size - 1);
    }
    itab[j] = s;
    if (++itab_count * 2 > itab_size)
        itab_grow();
    pf_mutex_unlock(itab_lock);
    return s;
}

void string_gc_roots(void (*mark)(Object *))
{
    for (size_t i = 0; i < itab_size; i++)
        if (itab[i])
            mark(itab[i]);
}
