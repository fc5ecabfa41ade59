/* options.c: one table of options, one parser (see options.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exitcodes.h"
#include "msg.h"
#include "options.h"

enum opt_id { OPT_HOST, OPT_NAME, OPT_CONFIG, OPT_WAIT, OPT_CONSOLE, OPT_JSON, OPT_FORCE,
              OPT_FOLLOW, OPT_TIMEOUT, OPT_VERBOSE, OPT_HELP, OPT_VERSION };

struct opt_def {
    const char *lname;
    char sname;
    const char *arg;         /* the argument's name in --help, NULL for a flag */
    enum opt_id id;
    const char *help;
};

static const struct opt_def opt_table[] = {
    { "host", 'H', "HOST", OPT_HOST, "where: a hosts.conf name, local or sandbox" },
    { "name", 'n', "NAME", OPT_NAME, "the service's name (default: the manifest's)" },
    { "wait", 'w', NULL, OPT_WAIT, "wait until the service ends; exit 9 if it failed" },
    { "console", 'c', NULL, OPT_CONSOLE, "show the service's console while waiting" },
    { "json", 'j', NULL, OPT_JSON, "print one JSON object on stdout" },
    { "force", 'f', NULL, OPT_FORCE, "stop: destroy at once instead of shutting down" },
    { "follow", 'F', NULL, OPT_FOLLOW, "logs: keep printing until the service ends" },
    { "timeout", 't', "S", OPT_TIMEOUT, "give up waiting after S seconds" },
    { "config", 0, "FILE", OPT_CONFIG, "hosts file (default: see FILES in the man page)" },
    { "verbose", 'v', NULL, OPT_VERBOSE, "say more on stderr (repeatable)" },
    { "help", 'h', NULL, OPT_HELP, "this text" },
    { "version", 0, NULL, OPT_VERSION, "print the version" },
};
#define N_OPTS (sizeof opt_table / sizeof opt_table[0])

static const struct opt_def *find_long(const char *name, size_t len)
{
    for (size_t i = 0; i < N_OPTS; i++)
        if (strlen(opt_table[i].lname) == len && strncmp(opt_table[i].lname, name, len) == 0)
            return &opt_table[i];
    return NULL;
}

static const struct opt_def *find_short(char c)
{
    for (size_t i = 0; i < N_OPTS; i++)
        if (opt_table[i].sname == c)
            return &opt_table[i];
    return NULL;
}

static int set_timeout(const char *v, struct cli_opts *o)
{
    char *end;
    long s = strtol(v, &end, 10);
    if (*v == '\0' || *end != '\0' || s <= 0 || s > 7 * 24 * 3600) {
        msg_error("--timeout wants a number of seconds, not '%s'", v);
        return SDX_USAGE;
    }
    o->timeout_s = (int)s;
    return SDX_OK;
}

/* Applies one option (value is NULL for flags). */
static int apply(const struct opt_def *d, const char *v, struct cli_opts *o)
{
    switch (d->id) {
    case OPT_HOST: o->host = v; break;
    case OPT_NAME: o->name = v; break;
    case OPT_CONFIG: o->config = v; break;
    case OPT_WAIT: o->wait = true; break;
    case OPT_CONSOLE: o->console = true; break;
    case OPT_JSON: o->json = true; break;
    case OPT_FORCE: o->force = true; break;
    case OPT_FOLLOW: o->follow = true; break;
    case OPT_TIMEOUT: return set_timeout(v, o);
    case OPT_VERBOSE: o->verbose++; break;
    case OPT_HELP: o->help = true; break;
    case OPT_VERSION: o->version = true; break;
    }
    return SDX_OK;
}

/* --name=value, --name value or --flag. *i is advanced past what was used. */
static int parse_long(int argc, char **argv, int *i, struct cli_opts *o)
{
    const char *s = argv[*i] + 2, *eq = strchr(s, '=');
    const struct opt_def *d = find_long(s, eq ? (size_t)(eq - s) : strlen(s));
    if (!d) {
        msg_error("unknown option '%s' (see --help)", argv[*i]);
        return SDX_USAGE;
    }
    if (!d->arg) {
        if (eq) {
            msg_error("--%s takes no value", d->lname);
            return SDX_USAGE;
        }
        return apply(d, NULL, o);
    }
    if (eq)
        return apply(d, eq + 1, o);
    if (*i + 1 >= argc) {
        msg_error("--%s needs a value (%s)", d->lname, d->arg);
        return SDX_USAGE;
    }
    return apply(d, argv[++*i], o);
}

/* -wjc (flags bundled) or -H value / -Hvalue. */
static int parse_short(int argc, char **argv, int *i, struct cli_opts *o)
{
    for (const char *p = argv[*i] + 1; *p; p++) {
        const struct opt_def *d = find_short(*p);
        int rc;
        if (!d) {
            msg_error("unknown option '-%c' (see --help)", *p);
            return SDX_USAGE;
        }
        if (!d->arg) {
            if ((rc = apply(d, NULL, o)) != SDX_OK)
                return rc;
            continue;
        }
        if (p[1])
            return apply(d, p + 1, o);
        if (*i + 1 >= argc) {
            msg_error("-%c needs a value (%s)", *p, d->arg);
            return SDX_USAGE;
        }
        return apply(d, argv[++*i], o);
    }
    return SDX_OK;
}

static int add_word(const char *w, struct cli_opts *o)
{
    if (o->nwords == CLI_MAX_WORDS) {
        msg_error("too many arguments ('%s'; see --help)", w);
        return SDX_USAGE;
    }
    o->words[o->nwords++] = w;
    return SDX_OK;
}

int options_parse(int argc, char **argv, struct cli_opts *o)
{
    bool only_words = false;
    memset(o, 0, sizeof *o);
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int rc;
        if (only_words || a[0] != '-' || a[1] == '\0')
            rc = add_word(a, o);
        else if (strcmp(a, "--") == 0) {
            only_words = true;
            rc = SDX_OK;
        } else if (a[1] == '-')
            rc = parse_long(argc, argv, &i, o);
        else
            rc = parse_short(argc, argv, &i, o);
        if (rc != SDX_OK)
            return rc;
    }
    return SDX_OK;
}

void options_help(FILE *f)
{
    for (size_t i = 0; i < N_OPTS; i++) {
        const struct opt_def *d = &opt_table[i];
        char left[40];
        snprintf(left, sizeof left, "%c%c%s --%s%s%s", d->sname ? '-' : ' ',
                 d->sname ? d->sname : ' ', d->sname ? "," : " ", d->lname, d->arg ? " " : "",
                 d->arg ? d->arg : "");
        fprintf(f, "  %-24s %s\n", left, d->help);
    }
}
