/* check_jvm.c: unit tests of VM internals (see README.md). */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../classfile.h"
#include "../vm.h"

/* ---- a tiny class file, built byte by byte:  class A { public static void m() { CODE } } ---- */
typedef struct { uint8_t b[512]; size_t n; } buf;
static void u1(buf *b, unsigned v) { b->b[b->n++] = (uint8_t)v; }
static void u2(buf *b, unsigned v) { u1(b, v >> 8); u1(b, v); }
static void u4(buf *b, unsigned v) { u2(b, v >> 16); u2(b, v); }
static void utf8(buf *b, const char *s) { u1(b, CONST_Utf8); u2(b, (unsigned)strlen(s)); while (*s) u1(b, (uint8_t)*s++); }

static buf make_class(unsigned major, const uint8_t *code, unsigned code_len, unsigned max_stack)
{
    buf b = { { 0 }, 0 };
    u4(&b, 0xCAFEBABE);
    u2(&b, 0);
    u2(&b, major);
    u2(&b, 8);                       /* constant pool count */
    utf8(&b, "A");                   /* 1 */
    u1(&b, CONST_Class); u2(&b, 1);  /* 2 */
    utf8(&b, "java/lang/Object");    /* 3 */
    u1(&b, CONST_Class); u2(&b, 3);  /* 4 */
    utf8(&b, "m");                   /* 5 */
    utf8(&b, "()V");                 /* 6 */
    utf8(&b, "Code");                /* 7 */
    u2(&b, ACC_PUBLIC | ACC_SUPER);
    u2(&b, 2); u2(&b, 4); u2(&b, 0); /* this, super, no interfaces */
    u2(&b, 0);                       /* fields */
    u2(&b, 1);                       /* methods */
    u2(&b, ACC_PUBLIC | ACC_STATIC); u2(&b, 5); u2(&b, 6); u2(&b, 1);
    u2(&b, 7); u4(&b, 12 + code_len);
    u2(&b, max_stack); u2(&b, 0); u4(&b, code_len);
    for (unsigned i = 0; i < code_len; i++)
        u1(&b, code[i]);
    u2(&b, 0); u2(&b, 0);            /* no handlers, no attributes */
    u2(&b, 0);                       /* class attributes */
    return b;
}

static const uint8_t RET[] = { 0xb1 };

START_TEST(classfile_minimal_ok)
{
    buf b = make_class(52, RET, 1, 0);
    char err[128];
    ck_assert_int_eq(classfile_check(b.b, b.n, err, sizeof err), 0);
    cf_class *c;
    ck_assert_int_eq(cf_parse(b.b, b.n, &c, err, sizeof err), CF_OK);
    ck_assert_str_eq(c->methods[0].name, "m");
    ck_assert_uint_eq(c->methods[0].code_len, 1);
    cf_free(c);
}
END_TEST

START_TEST(classfile_every_truncation_fails)
{
    buf b = make_class(52, RET, 1, 0);
    char err[128];
    for (size_t n = 0; n < b.n; n++)
        ck_assert_int_eq(classfile_check(b.b, n, err, sizeof err), -1);
}
END_TEST

START_TEST(classfile_bad_magic_and_version)
{
    buf b = make_class(52, RET, 1, 0);
    char err[128];
    cf_class *c;
    b.b[0] = 0xCB;
    ck_assert_int_eq(cf_parse(b.b, b.n, &c, err, sizeof err), CF_FORMAT);
    ck_assert_ptr_nonnull(strstr(err, "magic"));
    b = make_class(61, RET, 1, 0);
    ck_assert_int_eq(cf_parse(b.b, b.n, &c, err, sizeof err), CF_VERSION);
}
END_TEST

START_TEST(classfile_bad_cp_reference)
{
    buf b = make_class(52, RET, 1, 0);
    char err[128];
    /* this_class -> index 1 (a Utf8, not a Class) */
    size_t at = 10 + (3 + 1) + 3 + (3 + 16) + 3 + (3 + 1) + (3 + 3) + (3 + 4) + 2;
    ck_assert_uint_eq(b.b[at + 1], 2);
    b.b[at + 1] = 1;
    ck_assert_int_eq(classfile_check(b.b, b.n, err, sizeof err), -1);
}
END_TEST

START_TEST(code_branch_out_of_range)
{
    static const uint8_t code[] = { 0xa7, 0x00, 0x10 };   /* goto +16 */
    buf b = make_class(52, code, 3, 0);
    char err[128];
    ck_assert_int_eq(classfile_check(b.b, b.n, err, sizeof err), -1);
    ck_assert_ptr_nonnull(strstr(err, "branch"));
}
END_TEST

START_TEST(code_falls_off_end)
{
    static const uint8_t code[] = { 0x00 };   /* nop */
    buf b = make_class(52, code, 1, 0);
    char err[128];
    ck_assert_int_eq(classfile_check(b.b, b.n, err, sizeof err), -1);
}
END_TEST

START_TEST(code_bad_local_and_opcode)
{
    static const uint8_t c1[] = { 0x15, 0x05, 0xb1 };   /* iload 5 with max_locals 0 */
    static const uint8_t c2[] = { 0xfe, 0xb1 };         /* reserved opcode */
    static const uint8_t c3[] = { 0xa8, 0x00, 0x03, 0xb1 };   /* jsr: not allowed */
    char err[128];
    buf b = make_class(52, c1, 3, 1);
    ck_assert_int_eq(classfile_check(b.b, b.n, err, sizeof err), -1);
    b = make_class(52, c2, 2, 0);
    ck_assert_int_eq(classfile_check(b.b, b.n, err, sizeof err), -1);
    b = make_class(52, c3, 4, 1);
    ck_assert_int_eq(classfile_check(b.b, b.n, err, sizeof err), -1);
}
END_TEST

START_TEST(verifier_value_kinds)
{
    static const uint8_t ok[] = { 0x03, 0x57, 0xb1 };          /* iconst_0 pop return */
    static const uint8_t overflow[] = { 0x03, 0x57, 0xb1 };    /* same, with max_stack 0 */
    static const uint8_t int_as_ref[] = { 0x03, 0xc2, 0xb1 };  /* iconst_0 monitorenter */
    static const uint8_t underflow[] = { 0x57, 0xb1 };         /* pop on an empty stack */
    static const uint8_t bad_return[] = { 0x03, 0xac };        /* ireturn from a void method */
    char err[128];
    buf b = make_class(52, ok, 3, 1);
    ck_assert_int_eq(classfile_check(b.b, b.n, err, sizeof err), 0);
    b = make_class(52, overflow, 3, 0);
    ck_assert_int_eq(classfile_check(b.b, b.n, err, sizeof err), -1);
    ck_assert_ptr_nonnull(strstr(err, "overflow"));
    b = make_class(52, int_as_ref, 3, 1);
    ck_assert_int_eq(classfile_check(b.b, b.n, err, sizeof err), -1);
    b = make_class(52, underflow, 2, 1);
    ck_assert_int_eq(classfile_check(b.b, b.n, err, sizeof err), -1);
    ck_assert_ptr_nonnull(strstr(err, "underflow"));
    b = make_class(52, bad_return, 2, 1);
    ck_assert_int_eq(classfile_check(b.b, b.n, err, sizeof err), -1);
}
END_TEST

START_TEST(descriptors)
{
    ck_assert(cf_valid_descriptor("I", 0));
    ck_assert(cf_valid_descriptor("[[Ljava/lang/String;", 0));
    ck_assert(!cf_valid_descriptor("V", 0));
    ck_assert(!cf_valid_descriptor("L;", 0));
    ck_assert(!cf_valid_descriptor("Ljava/lang/String", 0));
    ck_assert(cf_valid_descriptor("(IJ[DLjava/lang/Object;)V", 1));
    ck_assert(!cf_valid_descriptor("(V)V", 1));
    ck_assert(!cf_valid_descriptor("()", 1));
}
END_TEST

/* ---- Java's number text ---- */
static const char *d2s(double d)
{
    static char b[64];
    fmt_double(d, b, sizeof b);
    return b;
}

START_TEST(double_to_string)
{
    ck_assert_str_eq(d2s(1.0), "1.0");
    ck_assert_str_eq(d2s(0.1 + 0.2), "0.30000000000000004");
    ck_assert_str_eq(d2s(1e7), "1.0E7");
    ck_assert_str_eq(d2s(9999999.0), "9999999.0");
    ck_assert_str_eq(d2s(0.001), "0.001");
    ck_assert_str_eq(d2s(1e-4), "1.0E-4");
    ck_assert_str_eq(d2s(123.456), "123.456");
    ck_assert_str_eq(d2s(-1.5e300), "-1.5E300");
    ck_assert_str_eq(d2s(-0.0), "-0.0");
    ck_assert_str_eq(d2s(NAN), "NaN");
    ck_assert_str_eq(d2s(-INFINITY), "-Infinity");
    char b[64];
    fmt_float(0.1f, b, sizeof b);
    ck_assert_str_eq(b, "0.1");
    fmt_float(1.0f / 3, b, sizeof b);
    ck_assert_str_eq(b, "0.33333334");
    fmt_digits(123.45, b, sizeof b);
    ck_assert_str_eq(b, "12345E-2");
}
END_TEST

START_TEST(parse_double_grammar)
{
    double d;
    ck_assert(parse_double("1e5", &d) && d == 1e5);
    ck_assert(parse_double("  -2.5\t", &d) && d == -2.5);
    ck_assert(parse_double("0x1p3", &d) && d == 8.0);
    ck_assert(parse_double("1.0f", &d) && d == 1.0);
    ck_assert(parse_double(".5", &d) && d == 0.5);
    ck_assert(parse_double("Infinity", &d) && isinf(d));
    ck_assert(parse_double("-NaN", &d) && isnan(d));
    ck_assert(!parse_double("abc", &d));
    ck_assert(!parse_double("", &d));
    ck_assert(!parse_double("1e", &d));
    ck_assert(!parse_double("0x1.8", &d));
    ck_assert(!parse_double("1.0ff", &d));
}
END_TEST

/* ---- symbols ---- */
/* Halfway cases where parsing through a double rounds twice (newlib's strtof does): each
 * text is just above, at or just below a float midpoint that is exact in double. */
static uint32_t float_bits(float f)
{
    uint32_t b;
    memcpy(&b, &f, sizeof b);
    return b;
}

START_TEST(parse_float_rounds_once)
{
    ck_assert_uint_eq(float_bits(parse_float_text("1.00000005960464477539062500001")), 0x3f800001u);
    ck_assert_uint_eq(float_bits(parse_float_text("1.0000000596046447753906250")), 0x3f800000u);
    ck_assert_uint_eq(float_bits(parse_float_text("1.00000005960464477539062499999")), 0x3f800000u);
    ck_assert_uint_eq(float_bits(parse_float_text("1.000000178813934326171875")), 0x3f800002u);
    ck_assert_uint_eq(float_bits(parse_float_text("-1.00000005960464477539062500001")), 0xbf800001u);
    ck_assert_uint_eq(float_bits(parse_float_text("3.4028235677973366e38")), 0x7f7fffffu);
    ck_assert_uint_eq(float_bits(parse_float_text("3.4028235677973367e38")), 0x7f800000u);
    ck_assert_uint_eq(float_bits(parse_float_text("7.006492321624085e-46")), 0x00000000u);
    ck_assert_uint_eq(float_bits(parse_float_text("7.006492321624086e-46")), 0x00000001u);
    ck_assert_uint_eq(float_bits(parse_float_text("0.1")), 0x3dcccccdu);
}
END_TEST

START_TEST(symbols_are_unique)
{
    sym_init();
    char name[32];
    strcpy(name, "java/lang/Object");
    ck_assert_ptr_eq(sym_intern(name), S_java_lang_Object);
    const char *a = sym_intern_n("abcdef", 3);
    ck_assert_str_eq(a, "abc");
    ck_assert_ptr_eq(a, sym_intern("abc"));
    ck_assert_ptr_ne(a, sym_intern("abcd"));
    for (int i = 0; i < 5000; i++) {   /* growth keeps earlier entries */
        char s[16];
        snprintf(s, sizeof s, "n%d", i);
        sym_intern(s);
    }
    ck_assert_ptr_eq(a, sym_intern("abc"));
}
END_TEST

/* ---- platform.h's file and memory calls (platform_posix.c, platform_files.c) ---- */

static char tmpdir[64];

static const char *tmp_file(const char *name, const char *content)
{
    static char path[128];
    if (!tmpdir[0]) {
        strcpy(tmpdir, "/tmp/check-jvm-XXXXXX");
        ck_assert_ptr_nonnull(mkdtemp(tmpdir));
    }
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fputs(content, f);
    fclose(f);
    return path;
}

/* Removes the test's files and directory (each test runs in its own process). */
static void tmp_cleanup(void)
{
    static const char *const names[] = { "a.class", "empty", "r.txt" };
    char path[128];
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        snprintf(path, sizeof path, "%s/%s", tmpdir, names[i]);
        remove(path);
    }
    remove(tmpdir);
}

START_TEST(platform_map_file)
{
    size_t len = 0;
    const char *p = tmp_file("a.class", "\xca\xfe\xba\xbe class bytes");
    const uint8_t *m = pf_map_file(p, &len);
    ck_assert_ptr_nonnull(m);
    ck_assert_uint_eq(len, 16);
    ck_assert_int_eq(memcmp(m, "\xca\xfe\xba\xbe class bytes", 16), 0);
    ck_assert_ptr_null(pf_map_file(tmp_file("empty", ""), &len));   /* read it instead */
    ck_assert_ptr_null(pf_map_file(tmpdir, &len));                  /* a directory */
    ck_assert_ptr_null(pf_map_file("/nonexistent/x.class", &len));
    /* an empty file still reads (as 0 bytes): the fallback class loading takes */
    uint8_t *r = pf_read_file(tmp_file("empty", ""), &len);
    ck_assert_ptr_nonnull(r);
    ck_assert_uint_eq(len, 0);
    free(r);
    tmp_cleanup();
}
END_TEST

START_TEST(platform_open_read_close)
{
    const char *p = tmp_file("r.txt", "0123456789");
    int fd = pf_open_read(p);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(pf_file_size(fd), 10);
    char buf[32];
    long got = 0, r;
    while ((r = pf_read(fd, buf + got, 4)) > 0)
        got += r;
    ck_assert_int_eq(r, 0);
    ck_assert_int_eq(got, 10);
    ck_assert_int_eq(memcmp(buf, "0123456789", 10), 0);
    ck_assert_int_eq(pf_close(fd), 0);
    ck_assert_int_eq(pf_file_size(fd), -1);   /* closed */
    ck_assert_int_eq(pf_open_read(tmpdir), -1);
    ck_assert_int_eq(pf_open_read("/nonexistent/r.txt"), -1);
    tmp_cleanup();
}
END_TEST

START_TEST(platform_memory)
{
    size_t n = 1u << 20;
    uint8_t *z = pf_reserve(n);
    ck_assert_ptr_nonnull(z);
    ck_assert_uint_eq((uintptr_t)z & 4095, 0);
    for (size_t i = 0; i < n; i += 4093)
        ck_assert_uint_eq(z[i], 0);
    uint8_t *u = pf_reserve_uninit(n);
    ck_assert_ptr_nonnull(u);
    ck_assert_uint_eq((uintptr_t)u & 4095, 0);
    memset(u, 0xab, n);                      /* writable throughout */
    ck_assert_uint_eq(u[n - 1], 0xab);
    ck_assert_uint_eq(pf_memory_available(), 0);   /* Linux: the VM's own default applies */
}
END_TEST

int main(void)
{
    Suite *s = suite_create("jvm");
    TCase *tc = tcase_create("jvm");
    tcase_add_test(tc, classfile_minimal_ok);
    tcase_add_test(tc, classfile_every_truncation_fails);
    tcase_add_test(tc, classfile_bad_magic_and_version);
    tcase_add_test(tc, classfile_bad_cp_reference);
    tcase_add_test(tc, code_branch_out_of_range);
    tcase_add_test(tc, code_falls_off_end);
    tcase_add_test(tc, code_bad_local_and_opcode);
    tcase_add_test(tc, verifier_value_kinds);
    tcase_add_test(tc, descriptors);
    tcase_add_test(tc, double_to_string);
    tcase_add_test(tc, parse_double_grammar);
    tcase_add_test(tc, parse_float_rounds_once);
    tcase_add_test(tc, symbols_are_unique);
    tcase_add_test(tc, platform_map_file);
    tcase_add_test(tc, platform_open_read_close);
    tcase_add_test(tc, platform_memory);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
