/* cli_options.c: argv -> struct cli. Every option is one row of the table below (its getopt
 * entry, its argument's name and its help line), so --help cannot drift from what is parsed. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "msg.h"
#include "suggest.h"

enum opt_id {
    OPT_OUT = 'o', OPT_QUIET = 'q', OPT_VERBOSE = 'v', OPT_HELP = 'h',
    OPT_JSON = 256, OPT_INIT, OPT_CHECK, OPT_ALLOW_MISSING, OPT_COMPONENTS, OPT_VERSION,
};

struct opt_def {
    struct option getopt;
    const char *arg;                   /* the argument's name in --help, NULL for none */
    const char *help;
};

static const struct opt_def opts[] = {
    { { "output", required_argument, NULL, OPT_OUT }, "OUT",
      "the image file (default: image.sd beside MANIFEST)" },
    { { "json", no_argument, NULL, OPT_JSON }, NULL,
      "print one JSON object on stdout (result or errors)" },
    { { "quiet", no_argument, NULL, OPT_QUIET }, NULL, "print errors and warnings only" },
    { { "verbose", no_argument, NULL, OPT_VERBOSE }, NULL,
      "print each step, also when stderr is not a terminal" },
    { { "check", no_argument, NULL, OPT_CHECK }, NULL,
      "check the manifest only, print it normalised" },
    { { "allow-missing", no_argument, NULL, OPT_ALLOW_MISSING }, NULL,
      "unresolved class references are warnings" },
    { { "components", required_argument, NULL, OPT_COMPONENTS }, "DIR",
      "take the kernel, VM and class library from DIR" },
    { { "init", no_argument, NULL, OPT_INIT }, NULL,
      "write a starter service into DIR (default: .)" },
    { { "help", no_argument, NULL, OPT_HELP }, NULL, "print this help and exit" },
    { { "version", no_argument, NULL, OPT_VERSION }, NULL, "print the version and exit" },
};
#define NOPTS (sizeof opts / sizeof opts[0])

void cli_print_help(void)
{
    printf("usage: stardust-build [-o OUT] [--json] [-q|-v] [--allow-missing] MANIFEST\n"
           "       stardust-build --check [--json] MANIFEST\n"
           "       stardust-build inspect [--json] IMAGE.sd\n"
           "       stardust-build --init [DIR]\n"
           "\n"
           "Builds a Stardust image (image.sd: a Xen PV kernel with the Java VM and a root\n"
           "filesystem with the service's classes) from a service manifest (service.yaml).\n"
           "\n"
           "options:\n");
    for (size_t i = 0; i < NOPTS; i++) {
        char left[40];
        const struct option *o = &opts[i].getopt;
        if (o->val < 256)
            snprintf(left, sizeof left, "-%c, --%s%s%s", o->val, o->name, opts[i].arg ? " " : "",
                     opts[i].arg ? opts[i].arg : "");
        else
            snprintf(left, sizeof left, "    --%s%s%s", o->name, opts[i].arg ? " " : "",
                     opts[i].arg ? opts[i].arg : "");
        printf("  %-24s %s\n", left, opts[i].help);
    }
    printf("\nexit status: 0 success, 1 failure (errors printed), 2 usage error.\n"
           "See stardust-build(1) and stardust-manifest(5).\n");
}

static void unknown_option(const char *arg)
{
    const char *names[NOPTS], *best;
    char word[64];
    if (strncmp(arg, "--", 2) != 0) {
        msg_error("unknown option '%s' (see --help)", arg);
        return;
    }
    snprintf(word, sizeof word, "%s", arg + 2);
    word[strcspn(word, "=")] = 0;
    for (size_t i = 0; i < NOPTS; i++)
        names[i] = opts[i].getopt.name;
    best = suggest_closest(word, names, NOPTS);
    if (best)
        msg_error("unknown option '--%s' (did you mean '--%s'?)", word, best);
    else
        msg_error("unknown option '--%s' (see --help)", word);
}

/* Applies one option to cli. 0, or EXIT_USAGE. */
static int apply(struct cli *cli, int id, const char *arg, int *mode)
{
    switch (id) {
    case OPT_OUT: cli->out_path = arg; return 0;
    case OPT_JSON: cli->json = 1; return 0;
    case OPT_QUIET: cli->verbosity = -1; return 0;
    case OPT_VERBOSE: cli->verbosity = 1; return 0;
    case OPT_ALLOW_MISSING: cli->allow_missing = 1; return 0;
    case OPT_COMPONENTS: cli->components_dir = arg; return 0;
    case OPT_CHECK: *mode = CMD_CHECK; return 0;
    case OPT_INIT: *mode = CMD_INIT; return 0;
    case OPT_HELP: cli->command = CMD_HELP; return 0;
    case OPT_VERSION: cli->command = CMD_VERSION; return 0;
    }
    return EXIT_USAGE;
}

/* The operands after the options: what each command takes. */
static int take_operands(struct cli *cli, int n, char **rest)
{
    if (cli->command == CMD_INSPECT) {
        if (n != 1) {
            msg_error(n ? "inspect takes one image" : "inspect needs an image: inspect IMAGE.sd");
            return EXIT_USAGE;
        }
    } else if (cli->command == CMD_INIT) {
        if (n > 1) {
            msg_error("--init takes at most one directory");
            return EXIT_USAGE;
        }
    } else if (n != 1) {
        msg_error(n ? "one manifest at a time (got %d)" : "no manifest given (see --help)", n);
        return EXIT_USAGE;
    }
    cli->target = n ? rest[0] : NULL;
    return 0;
}

/* Options that make no sense together or with the command. */
static int check_combination(const struct cli *cli, int quiet_and_verbose)
{
    if (quiet_and_verbose) {
        msg_error("-q and -v contradict each other");
        return EXIT_USAGE;
    }
    if (cli->out_path && cli->command != CMD_BUILD) {
        msg_error("-o is only for building an image");
        return EXIT_USAGE;
    }
    if (cli->json && cli->command == CMD_INIT) {
        msg_error("--init has no JSON output");
        return EXIT_USAGE;
    }
    return 0;
}

int cli_parse(int argc, char **argv, struct cli *cli)
{
    struct option longopts[NOPTS + 1];
    int mode = CMD_BUILD, id, seen_q = 0, seen_v = 0;
    memset(cli, 0, sizeof *cli);
    memset(longopts, 0, sizeof longopts);
    for (size_t i = 0; i < NOPTS; i++)
        longopts[i] = opts[i].getopt;
    opterr = 0;                        /* our own messages, with suggestions */
    while ((id = getopt_long(argc, argv, ":o:qvh", longopts, NULL)) != -1) {
        if (id == '?') {
            if (optopt)
                msg_error("unknown option '-%c' (see --help)", optopt);
            else
                unknown_option(argv[optind - 1]);
            return EXIT_USAGE;
        }
        if (id == ':') {
            msg_error("option '%s' needs an argument", argv[optind - 1]);
            return EXIT_USAGE;
        }
        seen_q |= id == OPT_QUIET;
        seen_v |= id == OPT_VERBOSE;
        if (apply(cli, id, optarg, &mode))
            return EXIT_USAGE;
    }
    if (cli->command == CMD_HELP || cli->command == CMD_VERSION)
        return 0;
    int n = argc - optind;
    char **rest = argv + optind;
    cli->command = (enum cli_command)mode;
    if (n > 0 && !strcmp(rest[0], "inspect") && mode == CMD_BUILD) {
        cli->command = CMD_INSPECT;
        n--;
        rest++;
    }
    int rc = take_operands(cli, n, rest);
    return rc ? rc : check_combination(cli, seen_q && seen_v);
}
