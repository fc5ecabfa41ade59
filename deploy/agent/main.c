/*
 * stardust-agent: runs in dom0 of a Xen host and serves the Stardust deploy API over HTTPS
 * (API.md; stardust-agent(8)).
 *
 *   stardust-agent [-c FILE] [-o KEY=VALUE]... [--check-config]
 *
 * main: configuration → service layer (libxl, state, images; reconciled) → HTTPS server → the
 * monitor loop (crashes, restarts, exits: sd_service_tick every 0.5 s) until SIGTERM/SIGINT.
 * Domains keep running when the agent stops; the next agent finds them in its state dir.
 * Exit status: 0 after a signal, 1 cannot start, 64 usage or configuration error.
 */
#define _GNU_SOURCE
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "agent.h"
#include "atomic_file.h"
#include "http_server.h"

enum { EXIT_START = 1, EXIT_USAGE = 64 };
#define DEFAULT_CONFIG "/etc/stardust/agent.conf"

static void usage(FILE *f)
{
    fputs("usage: stardust-agent [-c FILE] [-o KEY=VALUE]... [--check-config]\n"
          "Serve the Stardust deploy API (HTTPS) from this Xen dom0.\n"
          "  -c, --config FILE    configuration (default " DEFAULT_CONFIG ")\n"
          "  -o, --set KEY=VALUE  one configuration line, after the file\n"
          "      --check-config   check the configuration and exit\n"
          "  -h, --help           this text\n", f);
}

/* Reads the config file and then the -o lines into cfg. Returns 0, or an exit status. */
static int configure(int argc, char **argv, struct agent_config *cfg, int *check_only)
{
    static const struct option opts[] = {
        { "config", required_argument, NULL, 'c' }, { "set", required_argument, NULL, 'o' },
        { "check-config", no_argument, NULL, 'k' }, { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    const char *file = DEFAULT_CONFIG;
    char *sets[64];
    int nsets = 0, ch;
    char err[512];
    while ((ch = getopt_long(argc, argv, "c:o:h", opts, NULL)) != -1) {
        switch (ch) {
        case 'c': file = optarg; break;
        case 'o':
            if (nsets == 64)
                return EXIT_USAGE;
            sets[nsets++] = optarg;
            break;
        case 'k': *check_only = 1; break;
        case 'h': usage(stdout); exit(0);
        default: usage(stderr); return EXIT_USAGE;
        }
    }
    if (optind != argc) {
        usage(stderr);
        return EXIT_USAGE;
    }
    agent_config_init(cfg);
    if (agent_config_file(cfg, file, err, sizeof err)) {
        fprintf(stderr, "stardust-agent: %s\n", err);
        return EXIT_USAGE;
    }
    for (int i = 0; i < nsets; i++)
        if (agent_config_line(cfg, sets[i], err, sizeof err)) {
            fprintf(stderr, "stardust-agent: -o %s: %s\n", sets[i], err);
            return EXIT_USAGE;
        }
    if (agent_config_check(cfg, err, sizeof err)) {
        fprintf(stderr, "stardust-agent: %s: %s\n", file, err);
        return EXIT_USAGE;
    }
    return 0;
}

/* Blocks the stop signals in every thread (the HTTP threads inherit the mask), so that only
 * the monitor loop's sigtimedwait takes them. */
static void block_stop_signals(sigset_t *set)
{
    sigemptyset(set);
    sigaddset(set, SIGTERM);
    sigaddset(set, SIGINT);
    sigaddset(set, SIGHUP);
    pthread_sigmask(SIG_BLOCK, set, NULL);
    signal(SIGPIPE, SIG_IGN);
}

static void monitor(struct agent *a, const sigset_t *stop)
{
    const struct timespec half = { 0, 500000000 };
    for (;;) {
        int sig = sigtimedwait(stop, NULL, &half);
        if (sig > 0) {
            fprintf(stderr, "stardust-agent: signal %d, stopping (domains keep running)\n", sig);
            return;
        }
        sd_service_tick(a->svc);
    }
}

static int run(struct agent *a)
{
    char err[512], *cert = NULL, *key = NULL;
    size_t len;
    int status = EXIT_START;
    struct MHD_Daemon *d = NULL;
    sigset_t stop;
    struct sd_service_config sc = {
        .state_dir = a->cfg->state_dir, .image_dir = a->cfg->image_dir,
        .console_dir = a->cfg->console_dir, .host_name = a->cfg->host,
        .vif_script = a->cfg->vif_script[0] ? a->cfg->vif_script : NULL,
        .verbose = (int)a->cfg->verbose,
    };
    if (sd_read_file(a->cfg->tls_cert, 1 << 20, &cert, &len) ||
        sd_read_file(a->cfg->tls_key, 1 << 20, &key, &len)) {
        fprintf(stderr, "stardust-agent: cannot read %s / %s\n", a->cfg->tls_cert, a->cfg->tls_key);
        goto out;
    }
    block_stop_signals(&stop);
    if (sd_service_open(&sc, &a->svc, err, sizeof err)) {
        fprintf(stderr, "stardust-agent: %s\n", err);
        goto out;
    }
    if (!(d = http_server_start(a, cert, key, err, sizeof err))) {
        fprintf(stderr, "stardust-agent: %s\n", err);
        goto out;
    }
    fprintf(stderr, "stardust-agent %s: serving https://%s:%u/v1 as host %s (%zu services)\n",
            AGENT_VERSION, a->cfg->listen, a->cfg->port, a->cfg->host, sd_service_count(a->svc));
    monitor(a, &stop);
    status = 0;
out:
    http_server_stop(d);
    sd_service_close(a->svc);
    if (key)
        explicit_bzero(key, strlen(key));
    free(cert);
    free(key);
    return status;
}

int main(int argc, char **argv)
{
    static struct agent_config cfg;
    struct agent a = { .cfg = &cfg };
    int check_only = 0;
    int status = configure(argc, argv, &cfg, &check_only);
    if (!status && check_only)
        printf("stardust-agent: configuration ok (%zu tokens)\n", cfg.ntokens);
    else if (!status) {
        a.started_ns = sd_wall_ns();
        status = run(&a);
    }
    agent_config_free(&cfg);
    return status;
}
