/*
 * sd-launch: boot one Xen PV kernel as a domain through libxenlight, wait for it to shut down,
 * and report how it ended and how fast it started (see report.h for the JSON).
 *
 *   sd-launch [--name N] [--memory MB] [--cmdline S] [--ramdisk F] [--timeout S] [--json] KERNEL
 *
 * Exit status: 0 the guest powered off with exit code 0 (or none written), 1 it ended any other
 * way, 2 it was still running at the timeout (and was destroyed), 3 it could not be run (or
 * sd-launch was interrupted by SIGINT/SIGTERM/SIGHUP: the domain is destroyed all the same),
 * 64 bad usage.
 */
#define _GNU_SOURCE
#include <getopt.h>
#include <libgen.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include "domain.h"
#include "guest_data.h"
#include "report.h"

enum { EXIT_CLEAN = 0, EXIT_GUEST = 1, EXIT_TIMEOUT = 2, EXIT_ERROR = 3, EXIT_USAGE = 64 };

struct options {
    struct sd_domain_spec spec;
    int timeout_s;            /* 0: wait for ever */
    bool json;
    int verbose;
};

enum { OPT_NAME = 'n', OPT_MEMORY = 'm', OPT_CMDLINE = 'c', OPT_RAMDISK = 'r', OPT_TIMEOUT = 't',
       OPT_JSON = 'j', OPT_VERBOSE = 'v', OPT_HELP = 'h' };

static const struct option long_options[] = {
    { "name", required_argument, NULL, OPT_NAME },
    { "memory", required_argument, NULL, OPT_MEMORY },
    { "cmdline", required_argument, NULL, OPT_CMDLINE },
    { "ramdisk", required_argument, NULL, OPT_RAMDISK },
    { "timeout", required_argument, NULL, OPT_TIMEOUT },
    { "json", no_argument, NULL, OPT_JSON },
    { "verbose", no_argument, NULL, OPT_VERBOSE },
    { "help", no_argument, NULL, OPT_HELP },
    { NULL, 0, NULL, 0 },
};

static void usage(FILE *f)
{
    fputs("usage: sd-launch [options] KERNEL\n"
          "Boot KERNEL (a Xen PV ELF) as a domain, wait for it to shut down, report.\n"
          "  -n, --name NAME     domain name (default: the kernel's file name)\n"
          "  -m, --memory MB     memory (default 32)\n"
          "  -c, --cmdline TEXT  kernel command line\n"
          "  -r, --ramdisk FILE  initial ramdisk\n"
          "  -t, --timeout S     destroy the domain after S seconds (default: wait for ever)\n"
          "  -j, --json          print the result as one JSON object\n"
          "  -v, --verbose       libxl progress on stderr (twice: debug)\n"
          "  -h, --help          this text\n"
          "Exit: 0 powered off with exit code 0, 1 other ending, 2 timeout, 3 not run.\n", f);
}

/* Parses a whole decimal number in [min, max]; returns false otherwise. */
static bool parse_uint(const char *s, long min, long max, long *out)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (*s == '\0' || *end != '\0' || v < min || v > max)
        return false;
    *out = v;
    return true;
}

/* Returns 0, EXIT_USAGE after printing why, or -1 for --help. */
static int parse_options(int argc, char **argv, struct options *o)
{
    long v;
    int c;

    *o = (struct options){ .spec = { .memory_mb = 32 } };
    while ((c = getopt_long(argc, argv, "n:m:c:r:t:jvh", long_options, NULL)) != -1) {
        switch (c) {
        case OPT_NAME: o->spec.name = optarg; break;
        case OPT_CMDLINE: o->spec.cmdline = optarg; break;
        case OPT_RAMDISK: o->spec.ramdisk = optarg; break;
        case OPT_JSON: o->json = true; break;
        case OPT_VERBOSE: o->verbose++; break;
        case OPT_HELP: return -1;
        case OPT_MEMORY:
            if (!parse_uint(optarg, 1, 1 << 20, &v)) {
                fprintf(stderr, "sd-launch: bad --memory '%s' (MB, 1..1048576)\n", optarg);
                return EXIT_USAGE;
            }
            o->spec.memory_mb = (unsigned)v;
            break;
        case OPT_TIMEOUT:
            if (!parse_uint(optarg, 0, 86400, &v)) {
                fprintf(stderr, "sd-launch: bad --timeout '%s' (seconds)\n", optarg);
                return EXIT_USAGE;
            }
            o->timeout_s = (int)v;
            break;
        default: usage(stderr); return EXIT_USAGE;
        }
    }
    if (optind != argc - 1) {
        usage(stderr);
        return EXIT_USAGE;
    }
    o->spec.kernel = argv[optind];
    if (!o->spec.name)
        o->spec.name = basename(argv[optind]);
    return 0;
}

/* SIGINT/SIGTERM/SIGHUP arrive on a descriptor the wait watches, so that an interrupted
 * sd-launch still destroys its domain. Returns the descriptor, or -1 (then signals kill). */
static int termination_signals_fd(void)
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    if (sigprocmask(SIG_BLOCK, &set, NULL))
        return -1;
    return signalfd(-1, &set, SFD_CLOEXEC);
}

/* Marks the report failed with h's last message (copied: later calls on h overwrite it). */
static void set_report_error(struct sd_report *r, const sd_host *h)
{
    r->reason = "error";
    snprintf(r->error, sizeof r->error, "%s", sd_host_error(h));
}

/* Creates, waits, reads the guest's data, destroys; fills r. Returns the exit status. */
static int run(sd_host *h, const struct options *o, int cancel_fd, struct sd_report *r)
{
    struct sd_domain_exit ex = { 0 };
    int status;

    r->t_create_ns = sd_wall_ns();
    if (sd_domain_create(h, &o->spec, &r->domid)) {
        set_report_error(r, h);
        return EXIT_ERROR;
    }
    r->created = true;
    r->t_running_ns = sd_wall_ns();
    int rc = sd_domain_wait(h, r->domid, o->timeout_s ? o->timeout_s * 1000 : -1, cancel_fd, &ex);
    r->t_end_ns = rc ? 0 : ex.t_shutdown_ns;
    /* The guest's keys go with the domain: read them before destroying it. */
    sd_guest_data_read(r->domid, &r->data);
    if (rc == SD_ETIMEDOUT) {
        r->reason = "timeout";
        status = EXIT_TIMEOUT;
    } else if (rc == SD_ECANCELED) {
        r->reason = "canceled";
        status = EXIT_ERROR;
    } else if (rc) {
        set_report_error(r, h);
        status = EXIT_ERROR;
    } else {
        r->reason = ex.reason;
        bool clean = !strcmp(ex.reason, "poweroff") && (!r->data.has_exit_code || r->data.exit_code == 0);
        status = clean ? EXIT_CLEAN : EXIT_GUEST;
    }
    if (rc != SD_EGONE && sd_domain_destroy(h, r->domid)) {
        fprintf(stderr, "sd-launch: %s\n", sd_host_error(h));
        status = EXIT_ERROR;
    }
    return status;
}

int main(int argc, char **argv)
{
    struct options o;
    struct sd_report r = { 0 };
    sd_host *h = NULL;
    int status = parse_options(argc, argv, &o);

    if (status < 0) {
        usage(stdout);
        return 0;
    }
    if (status)
        return status;
    r.name = o.spec.name;
    int cancel_fd = termination_signals_fd();
    if (sd_host_open(&h, o.verbose)) {
        set_report_error(&r, h);
        status = EXIT_ERROR;
    } else {
        status = run(h, &o, cancel_fd, &r);
    }
    if (sd_report_write(stdout, &r, o.json))
        status = EXIT_ERROR;
    sd_host_close(h);
    if (cancel_fd >= 0)
        close(cancel_fd);
    return status;
}
