/*
 * stardust-deploy: put a Stardust image (image.sd) on a Xen host as a running service, and look
 * after it: list, status, stop, logs. Hosts: this machine through libxenlight ("local", when it
 * is a dom0), a stardust-agent over HTTPS (named in hosts.conf), or the sandbox (a private Xen in
 * QEMU on this machine). Every command can print one JSON object (--json).
 *
 * Parse (options.c) -> configuration (hosts.c) -> act (cmd_*.c over backend.h) -> output
 * (output.c). Only this file exits; the exit statuses are exitcodes.h's (man page: EXIT STATUS).
 */
#include <json-c/json.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "exitcodes.h"
#include "msg.h"
#include "output.h"

#define SD_DEPLOY_VERSION "0.1.0"

struct subcommand {
    const char *name;
    int (*run)(struct cli *c);
    const char *synopsis;
};

static const struct subcommand commands[] = {
    { "deploy", cmd_deploy, "[deploy] IMAGE.sd [--host H] [--name N] [--wait] [--console]" },
    { "list", cmd_list, "list [--host H]" },
    { "status", cmd_status, "status NAME [--host H]" },
    { "stop", cmd_stop, "stop NAME [--force] [--host H]" },
    { "logs", cmd_logs, "logs NAME [--follow] [--host H]" },
    { "hosts", cmd_hosts, "hosts" },
    { "check", cmd_check, "check [--host H] [IMAGE.sd]" },
    { "sandbox", cmd_sandbox, "sandbox start|stop|status" },
};
#define N_COMMANDS (sizeof commands / sizeof commands[0])

int cli_fail(const struct cli *c, int code, const char *host, const char *name, const char *msg)
{
    msg_error("%s", msg);
    if (c->o.json)
        out_json_error(code, msg, host, name);
    return code;
}

static void help(FILE *f)
{
    fputs("usage: stardust-deploy COMMAND [options]\n", f);
    for (size_t i = 0; i < N_COMMANDS; i++)
        fprintf(f, "  stardust-deploy %s\n", commands[i].synopsis);
    fputs("options (every command takes --json):\n", f);
    options_help(f);
    fputs("Hosts: local (this Xen dom0), sandbox (Xen in QEMU here), or a name from hosts.conf.\n"
          "Exit: 0 ok, 2 usage, 3 unreachable, 4 auth, 5 invalid image, 6 deploy failed,\n"
          "      7 not found, 8 name in use, 9 service failed (--wait), 1 other. See stardust-deploy(1).\n",
          f);
}

/* The subcommand for the first word; a word that is no command is an image to deploy. */
static const struct subcommand *find_command(const char *word)
{
    for (size_t i = 0; i < N_COMMANDS; i++)
        if (strcmp(commands[i].name, word) == 0)
            return &commands[i];
    return &commands[0];
}

/* A bad command line stops the parser before it may have seen --json: look for it. */
static bool wants_json(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        if (strcmp(argv[i], "--json") == 0 || strcmp(argv[i], "-j") == 0)
            return true;
    return false;
}

int main(int argc, char **argv)
{
    struct cli c;
    int rc = options_parse(argc, argv, &c.o);
    memset(&c.hosts, 0, sizeof c.hosts);
    if (rc != SDX_OK) {
        if (wants_json(argc, argv))
            out_json_error(rc, "bad command line (see stderr)", NULL, NULL);
        return rc;
    }
    msg_set_verbose(c.o.verbose);
    if (c.o.help) {
        help(stdout);
        return SDX_OK;
    }
    if (c.o.version) {
        printf("stardust-deploy %s\n", SD_DEPLOY_VERSION);
        return SDX_OK;
    }
    if (c.o.nwords == 0) {
        help(stderr);
        if (c.o.json)
            out_json_error(SDX_USAGE, "no command or image given", NULL, NULL);
        return SDX_USAGE;
    }
    if ((rc = hosts_load(c.o.config, &c.hosts)) != SDX_OK) {
        if (c.o.json)
            out_json_error(rc, "bad hosts file (see stderr)", NULL, NULL);
        hosts_free(&c.hosts);
        return rc;
    }
    rc = find_command(c.o.words[0])->run(&c);
    hosts_free(&c.hosts);
    return rc;
}
