/* msg.h: every line stardust-build writes to stderr goes through these (format-checked). */
#ifndef SD_BUILDER_MSG_H
#define SD_BUILDER_MSG_H

/* "stardust-build: MESSAGE" */
void msg_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "stardust-build: warning: MESSAGE" */
void msg_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* A diagnostic that names its own place ("service.yaml:3:1: ..."), printed as it is. */
void msg_diag(const char *line);
/* Progress of a slow step on a terminal: rewrites one status line; msg_progress_end clears it. */
void msg_progress(const char *step, double fraction);
void msg_progress_end(void);

#endif
