/* replay_test.c: replays fuzzing inputs through classfile_check as Check tests (no libFuzzer).
 *
 * usage: replay_test FILE...
 * One test case per file, named after it, run in a forked child so a crash fails only that
 * file. Every file must go through LLVMFuzzerTestOneInput (fuzz_classfile.c: no crash, a message
 * on rejection). Files whose names start with "valid-" must also be accepted and files starting
 * with "bad-" rejected; other names (fuzzer crash reproducers in tests/fuzz/regressions/) only
 * need to be survived.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "classfile.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char **files;

/* Reads a whole file into a malloc'd buffer of exactly its size (so ASan sees overreads). */
static uint8_t *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    ck_assert_msg(f != NULL, "cannot open %s", path);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    uint8_t *buf = malloc(n > 0 ? (size_t) n : 1);
    ck_assert(buf != NULL);
    *len = fread(buf, 1, (size_t) n, f);
    fclose(f);
    ck_assert_msg(*len == (size_t) n, "short read of %s", path);
    return buf;
}

static int has_prefix(const char *path, const char *prefix) {
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    return strncmp(base, prefix, strlen(prefix)) == 0;
}

START_TEST(test_replay) {
    const char *path = files[_i];
    size_t len;
    uint8_t *data = read_file(path, &len);
    LLVMFuzzerTestOneInput(data, len);
    char err[256] = "";
    int rc = classfile_check(data, len, err, sizeof err);
    if (has_prefix(path, "valid-"))
        ck_assert_msg(rc == 0, "%s rejected: %s", path, err);
    if (has_prefix(path, "bad-"))
        ck_assert_msg(rc != 0, "%s accepted", path);
    free(data);
}
END_TEST

int main(int argc, char **argv) {
    files = argv + 1;
    Suite *s = suite_create("fuzz-replay");
    for (int i = 1; i < argc; i++) {
        /* the test case name is what the results file shows: the input's path */
        TCase *tc = tcase_create(argv[i]);
        tcase_add_loop_test(tc, test_replay, i - 1, i);
        suite_add_tcase(s, tc);
    }
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
