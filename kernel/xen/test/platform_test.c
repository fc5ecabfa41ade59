/* Tests of the Xen platform layer (kernel/xen, kernel/arch/x86_64): each case boots
 * platform-guest.elf as dom0 under Xen in QEMU (run-dom0.sh) and asserts on its console:
 * clocks and timers, preemption with FPU state, the direct map, W^X and NULL faults, the
 * fault report (trap, faulting address, registers, backtrace) and the domain's end (halted
 * for a normal exit, crashed for a fault).
 * usage: platform_test RUN_DOM0_SH XEN GUEST.elf */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *run_script, *xen, *guest;

/* The whole console of one boot of the guest with argument arg; the caller frees it. */
static char *boot(const char *arg)
{
    char cmd[4096];
    snprintf(cmd, sizeof(cmd), "'%s' '%s' '%s' '%s' 2>/dev/null", run_script, xen, guest, arg);
    FILE *p = popen(cmd, "r");
    ck_assert_ptr_nonnull(p);
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    ck_assert_ptr_nonnull(buf);
    size_t n;
    while ((n = fread(buf + len, 1, cap - len - 1, p)) > 0) {
        len += n;
        if (cap - len < 1024) {
            cap *= 2;
            buf = realloc(buf, cap);
            ck_assert_ptr_nonnull(buf);
        }
    }
    buf[len] = '\0';
    pclose(p);
    return buf;
}

#define ASSERT_HAS(out, text) \
    ck_assert_msg(strstr((out), (text)) != NULL, "missing \"%s\" in:\n%s", (text), (out))
#define ASSERT_LACKS(out, text) \
    ck_assert_msg(strstr((out), (text)) == NULL, "unexpected \"%s\" in:\n%s", (text), (out))

static void expect_pass(const char *name)
{
    char *out = boot(name);
    char verdict[64];
    snprintf(verdict, sizeof(verdict), "VERDICT PASS %s", name);
    ASSERT_HAS(out, verdict);
    ASSERT_HAS(out, "RESULT halted");
    ASSERT_LACKS(out, "fatal trap");
    free(out);
}

/* A fatal trap with its report, then a crashed domain. detail: an extra line to expect. */
static void expect_trap(const char *name, const char *trap, const char *detail)
{
    char *out = boot(name);
    ASSERT_HAS(out, trap);
    if (detail)
        ASSERT_HAS(out, detail);
    ASSERT_HAS(out, "RIP: ");
    ASSERT_HAS(out, "R15: ");
    ASSERT_HAS(out, "Backtrace:");
    ASSERT_HAS(out, "*** crashing the domain");
    ASSERT_HAS(out, "RESULT crashed");
    ASSERT_LACKS(out, "VERDICT");
    free(out);
}

START_TEST(timer_sleeps_and_clocks)
{
    expect_pass("timer");
}
END_TEST

START_TEST(preemption_keeps_fpu_state)
{
    expect_pass("preempt");
}
END_TEST

START_TEST(direct_map_covers_all_pages)
{
    expect_pass("memory");
}
END_TEST

START_TEST(exit_halts_domain)
{
    char *out = boot("exit");
    ASSERT_HAS(out, "platform test: exit");
    ASSERT_HAS(out, "RESULT halted");
    ASSERT_LACKS(out, "fatal trap");
    free(out);
}
END_TEST

START_TEST(null_read_faults)
{
    expect_trap("null", "fatal trap 14 (page fault)",
                "page fault at address 0000000000000000: page not present, read");
}
END_TEST

START_TEST(text_is_not_writable)
{
    expect_trap("write-text", "fatal trap 14 (page fault)", "protection violation, write");
}
END_TEST

START_TEST(rodata_is_not_writable)
{
    expect_trap("write-rodata", "fatal trap 14 (page fault)", "protection violation, write");
}
END_TEST

START_TEST(data_is_not_executable)
{
    expect_trap("exec-data", "fatal trap 14 (page fault)", "instruction fetch");
}
END_TEST

START_TEST(heap_is_not_executable)
{
    expect_trap("exec-heap", "fatal trap 14 (page fault)", "instruction fetch");
}
END_TEST

START_TEST(divide_error_reported)
{
    expect_trap("divide", "fatal trap 0 (divide error)", NULL);
}
END_TEST

START_TEST(invalid_opcode_reported)
{
    expect_trap("invalid-op", "fatal trap 6 (invalid opcode)", NULL);
}
END_TEST

START_TEST(general_protection_reported)
{
    expect_trap("gp", "fatal trap 13 (general protection fault)", NULL);
}
END_TEST

/* The hex number after the first occurrence of label in out. */
static unsigned long long hex_after(const char *out, const char *label)
{
    const char *p = strstr(out, label);
    ck_assert_msg(p != NULL, "missing \"%s\" in:\n%s", label, out);
    return strtoull(p + strlen(label), NULL, 16);
}

/* The guard page below a thread stack stops an overflow. Xen cannot push the fault frame
 * onto the guard page, so it crashes the domain itself and reports the faulting address (cr2)
 * on its console: it must lie in the page right below the thread's 64 KiB stack, not further
 * down in memory the overflow would have overwritten. */
START_TEST(stack_overflow_hits_guard_page)
{
    char *out = boot("stack-overflow");
    ASSERT_HAS(out, "RESULT crashed");
    ASSERT_LACKS(out, "VERDICT");
    unsigned long long top = hex_after(out, "stack top near 0x");
    unsigned long long cr2 = hex_after(out, "cr2: ");
    ck_assert_msg(cr2 < top && top - cr2 > 60 * 1024 && top - cr2 <= 70 * 1024,
                  "fault at %llx, stack top %llx: not the guard page", cr2, top);
    free(out);
}
END_TEST

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: %s RUN_DOM0_SH XEN GUEST.elf\n", argv[0]);
        return 2;
    }
    run_script = argv[1];
    xen = argv[2];
    guest = argv[3];

    Suite *s = suite_create("xen-platform");
    TCase *tc = tcase_create("dom0");
    tcase_set_timeout(tc, 600);
    tcase_add_test(tc, timer_sleeps_and_clocks);
    tcase_add_test(tc, preemption_keeps_fpu_state);
    tcase_add_test(tc, direct_map_covers_all_pages);
    tcase_add_test(tc, exit_halts_domain);
    tcase_add_test(tc, null_read_faults);
    tcase_add_test(tc, text_is_not_writable);
    tcase_add_test(tc, rodata_is_not_writable);
    tcase_add_test(tc, data_is_not_executable);
    tcase_add_test(tc, heap_is_not_executable);
    tcase_add_test(tc, divide_error_reported);
    tcase_add_test(tc, invalid_opcode_reported);
    tcase_add_test(tc, general_protection_reported);
    tcase_add_test(tc, stack_overflow_hits_guard_page);
    suite_add_tcase(s, tc);

    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}
