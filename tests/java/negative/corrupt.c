/* corrupt.c: damages one class file in a chosen, reproducible way, for the VM's negative tests.
 *
 * usage: corrupt FILE OPERATION [ARG]
 *   magic            first four bytes become 0xCAFEBABF
 *   version N        major version becomes N
 *   truncate N       keep the first N bytes ("half": half the file)
 *   cp-index         this_class points past the end of the constant pool
 *   cp-tag           constant-pool entry #1 gets the undefined tag 2
 *   utf8             the first Utf8 constant of length > 0 gets a 0xFF byte
 *   opcode METHOD    the first byte of METHOD's code becomes 0xFF (no such instruction)
 *   code-byte METHOD OLD NEW   the first byte OLD (hex) in METHOD's code becomes NEW (hex);
 *                    meant for methods whose code has no operand bytes, e.g. aload_1 -> aload_0
 *   max-stack METHOD N / max-locals METHOD N   METHOD's Code attribute gets that limit
 * The file is rewritten in place. Exits 1 (with a message) when the file is not a class file
 * this tool can walk, so a broken generator never yields a silently undamaged test input.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    uint8_t *b;
    size_t len;
    size_t pos;
    size_t cp_off[65536];   /* offset of each constant-pool entry's tag byte */
    unsigned cp_count;
    size_t after_cp;        /* offset of access_flags */
} classbuf;

static int fail(const char *msg) {
    fprintf(stderr, "corrupt: %s\n", msg);
    return 1;
}

static unsigned u2(const classbuf *c, size_t at) {
    return at + 2 <= c->len ? (unsigned) (c->b[at] << 8 | c->b[at + 1]) : 0;
}

static uint32_t u4(const classbuf *c, size_t at) {
    return (uint32_t) u2(c, at) << 16 | u2(c, at + 2);
}

static void put_u2(classbuf *c, size_t at, unsigned v) {
    c->b[at] = (uint8_t) (v >> 8);
    c->b[at + 1] = (uint8_t) v;
}

/* Size of a constant-pool entry after its tag byte, or 0 for an unknown tag. */
static size_t cp_entry_size(const classbuf *c, size_t at) {
    switch (c->b[at]) {
    case 1: return 2 + u2(c, at + 1);
    case 3: case 4: case 9: case 10: case 11: case 12: case 18: return 4;
    case 5: case 6: return 8;
    case 7: case 8: case 16: return 2;
    case 15: return 3;
    default: return 0;
    }
}

static int walk_cp(classbuf *c) {
    if (c->len < 10 || u4(c, 0) != 0xCAFEBABEu) return fail("not a class file");
    c->cp_count = u2(c, 8);
    size_t at = 10;
    for (unsigned i = 1; i < c->cp_count; i++) {
        if (at >= c->len) return fail("constant pool runs past the end");
        size_t n = cp_entry_size(c, at);
        if (n == 0) return fail("unknown constant tag");
        c->cp_off[i] = at;
        uint8_t tag = c->b[at];
        at += 1 + n;
        if (tag == 5 || tag == 6) i++;   /* long and double take two slots */
    }
    c->after_cp = at;
    return at + 8 <= c->len ? 0 : fail("truncated after the constant pool");
}

/* Whether constant index i is the Utf8 string s. */
static int utf8_is(const classbuf *c, unsigned i, const char *s) {
    if (i == 0 || i >= c->cp_count || c->b[c->cp_off[i]] != 1) return 0;
    size_t at = c->cp_off[i];
    return u2(c, at + 1) == strlen(s) && memcmp(c->b + at + 3, s, strlen(s)) == 0;
}

/* Skips a field_info or method_info at *at; returns the offset of its Code attribute's code
 * bytes when the member is named `want` (and has one), else 0. */
static size_t skip_member(const classbuf *c, size_t *at, const char *want) {
    size_t found = 0;
    int match = want && utf8_is(c, u2(c, *at + 2), want);
    unsigned nattr = u2(c, *at + 6);
    *at += 8;
    for (unsigned a = 0; a < nattr && *at + 6 <= c->len; a++) {
        if (match && utf8_is(c, u2(c, *at), "Code")) found = *at + 6 + 8;   /* max_stack..code_length */
        *at += 6 + u4(c, *at + 2);
    }
    return found;
}

static size_t find_code(classbuf *c, const char *method) {
    size_t at = c->after_cp + 6;
    at += 2 + 2 * (size_t) u2(c, at);                    /* interfaces */
    unsigned nfields = u2(c, at);
    at += 2;
    for (unsigned i = 0; i < nfields && at < c->len; i++) skip_member(c, &at, NULL);
    unsigned nmethods = u2(c, at);
    at += 2;
    for (unsigned i = 0; i < nmethods && at < c->len; i++) {
        size_t code = skip_member(c, &at, method);
        if (code) return code < c->len ? code : 0;
    }
    return 0;
}

/* Replaces the first byte `from` (hex) within the code starting at `code` by `to` (hex). */
static int replace_code_byte(classbuf *c, size_t code, const char *from, const char *to) {
    uint32_t len = u4(c, code - 4);
    uint8_t old = (uint8_t) strtoul(from, NULL, 16), new = (uint8_t) strtoul(to, NULL, 16);
    for (size_t i = code; i < code + len && i < c->len; i++) {
        if (c->b[i] == old) { c->b[i] = new; return 0; }
    }
    return fail("byte not found in the method's code");
}

static int apply(classbuf *c, const char *op, const char *arg, const char *arg2, const char *arg3) {
    if (strcmp(op, "magic") == 0) { c->b[3] = 0xBF; return 0; }
    if (strcmp(op, "truncate") == 0 && arg) {
        size_t n = strcmp(arg, "half") == 0 ? c->len / 2 : strtoul(arg, NULL, 10);
        if (n < c->len) c->len = n;
        return 0;
    }
    if (walk_cp(c)) return 1;
    if (strcmp(op, "version") == 0 && arg) { put_u2(c, 6, (unsigned) strtoul(arg, NULL, 10)); return 0; }
    if (strcmp(op, "cp-index") == 0) { put_u2(c, c->after_cp + 2, c->cp_count + 5); return 0; }
    if (strcmp(op, "cp-tag") == 0) { c->b[c->cp_off[1]] = 2; return 0; }
    if (strcmp(op, "utf8") == 0) {
        for (unsigned i = 1; i < c->cp_count; i++) {
            size_t at = c->cp_off[i];
            if (at && c->b[at] == 1 && u2(c, at + 1) > 0) { c->b[at + 3] = 0xFF; return 0; }
        }
        return fail("no Utf8 constant");
    }
    if (!arg) return fail("this operation needs a method name");
    size_t code = find_code(c, arg);
    if (!code) return fail("method or its Code attribute not found");
    if (strcmp(op, "opcode") == 0) { c->b[code] = 0xFF; return 0; }
    if (strcmp(op, "code-byte") == 0 && arg2 && arg3) return replace_code_byte(c, code, arg2, arg3);
    if (strcmp(op, "max-stack") == 0 && arg2) { put_u2(c, code - 8, (unsigned) strtoul(arg2, NULL, 10)); return 0; }
    if (strcmp(op, "max-locals") == 0 && arg2) { put_u2(c, code - 6, (unsigned) strtoul(arg2, NULL, 10)); return 0; }
    return fail("unknown operation (see the comment at the top of corrupt.c)");
}

static int read_file(const char *path, classbuf *c) {
    FILE *f = fopen(path, "rb");
    if (!f) return fail("cannot open the file");
    c->b = malloc(1 << 20);
    c->len = c->b ? fread(c->b, 1, 1 << 20, f) : 0;
    fclose(f);
    return c->b ? 0 : fail("out of memory");
}

static int write_file(const char *path, const classbuf *c) {
    FILE *f = fopen(path, "wb");
    if (!f) return fail("cannot write the file");
    size_t n = fwrite(c->b, 1, c->len, f);
    return (fclose(f) != 0 || n != c->len) ? fail("short write") : 0;
}

int main(int argc, char **argv) {
    static classbuf c;   /* large: the offset table */
    if (argc < 3) return fail("usage: corrupt FILE OPERATION [ARG]");
    int rc = read_file(argv[1], &c);
    if (rc == 0) rc = apply(&c, argv[2], argc > 3 ? argv[3] : NULL, argc > 4 ? argv[4] : NULL,
                            argc > 5 ? argv[5] : NULL);
    if (rc == 0) rc = write_file(argv[1], &c);
    free(c.b);
    return rc;
}
