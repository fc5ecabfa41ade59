/* config.h: stardust-agent's configuration (/etc/stardust/agent.conf; format and keys in
 * agent.conf.example and stardust-agent(8)). The file and the command line's `-o key=value`
 * go through the same parser: one line is one `key = value`. */
#ifndef SD_AGENT_CONFIG_H
#define SD_AGENT_CONFIG_H
#include <stddef.h>
#include <stdint.h>

#define AGENT_MAX_TOKENS 32
#define AGENT_MIN_TOKEN 16      /* bytes: shorter tokens are refused */

struct agent_config {
    char host[64];              /* reported as "host"; default gethostname() */
    char listen[64];            /* address to bind, default 0.0.0.0 */
    unsigned port;              /* default 7443 */
    char tls_cert[256], tls_key[256];   /* PEM files, required */
    char *tokens[AGENT_MAX_TOKENS];     /* from `token` lines and `token_file` files */
    size_t ntokens;
    char state_dir[256], image_dir[256], console_dir[256];
    char vif_script[256];       /* "" = libxl's default */
    uint64_t max_upload;        /* bytes */
    unsigned request_timeout;   /* seconds: idle connection timeout and whole-upload limit */
    unsigned max_uploads;       /* uploads in flight at once */
    unsigned max_connections;
    unsigned verbose;           /* libxl logging 0..2 */
};

/* Fills in the defaults. */
void agent_config_init(struct agent_config *c);
/* One `key = value` line (blank and `#` lines are accepted and ignored). Returns 0, or -1 with
 * a message in err. */
int agent_config_line(struct agent_config *c, const char *line, char *err, size_t errlen);
/* Every line of path; the message names the line. */
int agent_config_file(struct agent_config *c, const char *path, char *err, size_t errlen);
/* After all lines: checks that what is required is there. */
int agent_config_check(const struct agent_config *c, char *err, size_t errlen);
void agent_config_free(struct agent_config *c);

/* "256M", "1G", "4096", "64k" into bytes; -1 when malformed. */
int agent_parse_size(const char *s, uint64_t *out);

#endif
