/* cli.h: what every subcommand gets (the parsed command line and the hosts file) and the
 * subcommands themselves. Each returns an SDX_* status to main, the only place that exits. */
#ifndef SD_CLI_CLI_H
#define SD_CLI_CLI_H

#include "hosts.h"
#include "options.h"
#include "sandbox.h"

struct backend;

struct cli {
    struct cli_opts o;
    struct hosts hosts;
};

/* A host opened for a command. */
struct target {
    const char *name;             /* "local", "sandbox" or a hosts.conf name */
    struct backend *b;
    struct sandbox_info sandbox;  /* when name is "sandbox" */
};

/* The host a command works on: --host, else hosts.conf's default, else "local" on a dom0,
 * else "sandbox". */
const char *target_name(const struct cli *c);
/* Opens the host. The sandbox is booted only when start_sandbox is set (deploy, sandbox start);
 * other commands report it as unreachable when it is not running. On failure err says why and
 * t->b may be NULL. */
int target_open(const struct cli *c, int start_sandbox, struct target *t, char *err, size_t errlen);
void target_close(struct target *t);

int cmd_deploy(struct cli *c);     /* [deploy] IMAGE.sd */
int cmd_list(struct cli *c);
int cmd_status(struct cli *c);     /* status NAME */
int cmd_stop(struct cli *c);       /* stop NAME */
int cmd_logs(struct cli *c);       /* logs NAME */
int cmd_hosts(struct cli *c);
int cmd_check(struct cli *c);      /* check [IMAGE.sd] */
int cmd_sandbox(struct cli *c);    /* sandbox start|stop|status */

/* Prints a failure: as JSON on stdout with --json (and on stderr either way). */
int cli_fail(const struct cli *c, int code, const char *host, const char *name, const char *msg);

#endif
