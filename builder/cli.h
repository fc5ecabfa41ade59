/* cli.h: the command line of stardust-build, parsed (cli_options.c), and the commands that act
 * on it (cmd_*.c). Commands return an exit status; only main() exits. */
#ifndef SD_BUILDER_CLI_H
#define SD_BUILDER_CLI_H

#define STARDUST_BUILD_VERSION "0.1.0"

enum {                                 /* exit status, documented in stardust-build(1) */
    EXIT_BUILD_OK = 0,
    EXIT_BUILD_FAILED = 1,             /* errors printed */
    EXIT_USAGE = 2,
};

enum cli_command { CMD_BUILD, CMD_CHECK, CMD_INSPECT, CMD_INIT, CMD_HELP, CMD_VERSION };

struct cli {
    enum cli_command command;
    const char *target;                /* MANIFEST, IMAGE.sd, or --init's DIR (NULL: ".") */
    const char *out_path;              /* -o; NULL: image.sd next to the manifest */
    const char *components_dir;        /* --components; NULL: the default */
    int json;                          /* --json: one JSON object on stdout */
    int verbosity;                     /* -1 -q, 0 default, 1 -v */
    int allow_missing;                 /* --allow-missing */
};

/* Fills cli from argv. 0, or EXIT_USAGE after printing what is wrong. */
int cli_parse(int argc, char **argv, struct cli *cli);
void cli_print_help(void);

int cmd_build(const struct cli *cli);          /* CMD_BUILD and CMD_CHECK */
int cmd_inspect(const struct cli *cli);
int cmd_init(const struct cli *cli);

/* Writes obj to stdout as pretty JSON with a final newline (json-c). */
struct json_object;
void cli_print_json(struct json_object *obj);

#endif
