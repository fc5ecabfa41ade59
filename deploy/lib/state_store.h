/* state_store.h: one JSON file per service record, STATE_DIR/NAME.json, each written
 * atomically (a crash leaves the old or the new record, never a torn one).
 * Errors: -1 with errno set. Not locked: the service layer serialises. */
#ifndef SD_DEPLOY_STATE_STORE_H
#define SD_DEPLOY_STATE_STORE_H
#include <stddef.h>

struct sd_record;

/* Creates dir if needed and removes temporaries a crash left. */
int sd_state_open(const char *dir);
int sd_state_save(const char *dir, const struct sd_record *r);
int sd_state_remove(const char *dir, const char *name);
/* Every valid record in dir (invalid files are skipped with a message on stderr); free(*out). */
int sd_state_load_all(const char *dir, struct sd_record **out, size_t *n);

#endif
