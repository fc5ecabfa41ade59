/* check_builder.h: the suites of check-builder and the helpers they share. The environment
 * names what make built: SD_BUILDER_BIN (the tool), SD_FIXTURES (tests/builder laid out by
 * make-fixtures.sh), SD_EXAMPLES (build/manifests). */
#ifndef CHECK_BUILDER_H
#define CHECK_BUILDER_H
#include <check.h>

Suite *manifest_suite(void);
Suite *cli_suite(void);
Suite *build_suite(void);

struct run_result {
    int status;                        /* exit status, or 128+signal */
    char *out, *err;                   /* everything written to stdout / stderr (malloc'd) */
};

/* Runs argv (argv[0] is ignored: the tool is SD_BUILDER_BIN) in directory cwd. */
struct run_result run_tool(const char *cwd, const char *const *argv);
/* Runs a shell command line in cwd the same way (for groff, javac...). */
struct run_result run_shell(const char *cwd, const char *cmd);
void run_free(struct run_result *r);
/* An environment variable the suite needs (fails the test when unset). */
const char *need_env(const char *name);

#endif
