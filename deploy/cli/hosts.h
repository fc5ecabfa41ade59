/* hosts.h: the hosts file, naming remote Xen hosts (format in deploy/cli/README.md and the man
 * page, FILES):
 *
 *     # comment
 *     default = edge1                  # optional: the host used without --host
 *     [edge1]
 *     url = https://edge1.example.org:7443
 *     token = 3f9c...                  # or: token-file = edge1.token (relative: to this file)
 *     ca = /etc/stardust/edge1-ca.pem  # optional: the system's CAs otherwise
 *
 * Search order: --config FILE; $XDG_CONFIG_HOME/stardust/hosts.conf (~/.config when unset);
 * /etc/stardust/hosts.conf. The first file that exists is the only one read. Two names are built
 * in and cannot be defined here: "local" (this machine's Xen, when it is a dom0) and "sandbox". */
#ifndef SD_CLI_HOSTS_H
#define SD_CLI_HOSTS_H

#include <stddef.h>

struct host_entry {
    char *name;
    char *url;               /* https://host:port (no trailing slash) */
    char *token;             /* bearer token (from token = or the token-file's first line) */
    char *ca;                /* PEM file to verify the agent's certificate; NULL: system CAs */
    int line;                /* where the section starts, for messages */
};

struct hosts {
    char *path;              /* the file read; NULL when none exists */
    char *default_host;      /* default = ..., or NULL */
    struct host_entry *v;
    size_t n;
};

/* Finds and parses the hosts file. No file at all is not an error (an empty list). Returns
 * SDX_OK, or SDX_USAGE with a message naming file and line (h is then empty but freeable). */
int hosts_load(const char *explicit_path, struct hosts *h);
/* The entry called name, or NULL. */
const struct host_entry *hosts_find(const struct hosts *h, const char *name);
void hosts_free(struct hosts *h);

#endif
