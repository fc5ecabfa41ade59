/* exitcodes.h: stardust-deploy's exit statuses. Every failing function returns one of these
 * (negated nowhere: they are small positive ints) up to main, which is the only place that
 * exits. Documented in man/stardust-deploy.1 (EXIT STATUS); scripts rely on them, so values never
 * change meaning. */
#ifndef SD_CLI_EXITCODES_H
#define SD_CLI_EXITCODES_H

enum sd_exit {
    SDX_OK = 0,
    SDX_FAIL = 1,          /* anything not covered below (local I/O, out of memory, bug) */
    SDX_USAGE = 2,         /* bad command line or configuration file */
    SDX_UNREACHABLE = 3,   /* the host cannot be reached (network, TLS, no Xen, sandbox down) */
    SDX_AUTH = 4,          /* the host refused our token */
    SDX_IMAGE = 5,         /* the image is unreadable, corrupt or of an unknown format */
    SDX_DEPLOY = 6,        /* the host could not create the domain (nothing is left behind) */
    SDX_NOTFOUND = 7,      /* no service of that name on the host */
    SDX_CONFLICT = 8,      /* the name is already in use on the host */
    SDX_SERVICE = 9,       /* --wait: the service crashed or exited with a non-zero code */
};

/* A short word for each status (JSON "error_kind", messages). */
const char *sd_exit_name(int code);

#endif
