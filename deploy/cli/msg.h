/* msg.h: every message stardust-deploy prints for humans goes through these, on stderr, prefixed
 * with "stardust-deploy: ". Machine-readable output (JSON, list tables) goes to stdout elsewhere.
 * msg_set_verbose() is called once by main; msg_info prints only when verbose. */
#ifndef SD_CLI_MSG_H
#define SD_CLI_MSG_H

#define SD_PRINTF(a, b) __attribute__((format(printf, a, b)))

void msg_set_verbose(int level);
int msg_verbose(void);
void msg_error(const char *fmt, ...) SD_PRINTF(1, 2);
void msg_warn(const char *fmt, ...) SD_PRINTF(1, 2);
void msg_info(const char *fmt, ...) SD_PRINTF(1, 2);   /* only with --verbose */
void msg_note(const char *fmt, ...) SD_PRINTF(1, 2);   /* progress a user wants to see */

#endif
