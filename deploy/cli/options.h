/* options.h: stardust-deploy's command line, parsed into one struct by one table-driven parser.
 * Options may come before or after the subcommand (`stardust-deploy stop web --force --json`).
 * Positional words (subcommand, NAME, IMAGE) are kept in order in words[]. */
#ifndef SD_CLI_OPTIONS_H
#define SD_CLI_OPTIONS_H

#include <stdbool.h>
#include <stdio.h>

#define CLI_MAX_WORDS 4

struct cli_opts {
    const char *host;        /* --host: a name from hosts.conf, "local", "sandbox"; NULL: default */
    const char *name;        /* --name: the service's name (default: the manifest's) */
    const char *config;      /* --config: hosts file instead of the XDG / /etc search */
    bool wait;               /* --wait: block until the service ends, report its exit code */
    bool console;            /* --console: copy the service's console to stdout while waiting */
    bool json;               /* --json: one JSON object on stdout */
    bool force;              /* stop --force: destroy instead of asking for a shutdown */
    bool follow;             /* logs --follow */
    int timeout_s;           /* --timeout: limit for --wait / stop / sandbox start (0: default) */
    int verbose;             /* -v, repeatable */
    bool help, version;
    const char *words[CLI_MAX_WORDS];
    int nwords;
};

/* Parses argv[1..]. Returns 0, or SDX_USAGE after printing why. */
int options_parse(int argc, char **argv, struct cli_opts *o);
/* The option part of --help. */
void options_help(FILE *f);

#endif
