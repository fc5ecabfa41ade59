/* state_store.c: see state_store.h. */
#define _GNU_SOURCE
#include "state_store.h"

#include <dirent.h>
#include <errno.h>
#include <json-c/json.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "atomic_file.h"
#include "record.h"

static void record_path(const char *dir, const char *name, char *buf, size_t len)
{
    snprintf(buf, len, "%s/%s.json", dir, name);
}

int sd_state_open(const char *dir)
{
    if (sd_mkdirs(dir))
        return -1;
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    struct dirent *e;
    char p[PATH_MAX];
    while ((e = readdir(d)))
        if (strstr(e->d_name, ".json.tmp.")) {   /* sd_atomic_write's temporaries */
            snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
            unlink(p);
        }
    closedir(d);
    return 0;
}

int sd_state_save(const char *dir, const struct sd_record *r)
{
    char p[PATH_MAX];
    struct json_object *o = sd_record_to_json(r, NULL, NULL);
    if (!o) {
        errno = ENOMEM;
        return -1;
    }
    const char *text = json_object_to_json_string_ext(o, JSON_C_TO_STRING_PRETTY);
    record_path(dir, r->name, p, sizeof p);
    int rc = sd_atomic_write(p, text, strlen(text));
    json_object_put(o);
    return rc;
}

int sd_state_remove(const char *dir, const char *name)
{
    char p[PATH_MAX];
    record_path(dir, name, p, sizeof p);
    if (unlink(p) && errno != ENOENT)
        return -1;
    return sd_fsync_dir(dir);
}

/* Loads dir/file into *r; false (with a message) when it is not a valid record. */
static int load_one(const char *dir, const char *file, struct sd_record *r)
{
    char p[PATH_MAX];
    snprintf(p, sizeof p, "%s/%s", dir, file);
    struct json_object *o = json_object_from_file(p);
    int ok = o && sd_record_from_json(o, r);
    json_object_put(o);
    if (!ok)
        fprintf(stderr, "state: %s is not a valid record, ignored\n", p);
    return ok;
}

int sd_state_load_all(const char *dir, struct sd_record **out, size_t *n)
{
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    size_t count = 0, cap = 8;
    struct sd_record *list = malloc(cap * sizeof *list);
    struct dirent *e;
    while (list && (e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (len < 6 || strcmp(e->d_name + len - 5, ".json"))
            continue;
        if (count == cap) {
            struct sd_record *more = realloc(list, (cap *= 2) * sizeof *list);
            if (!more) {
                free(list);
                list = NULL;
                break;
            }
            list = more;
        }
        if (load_one(dir, e->d_name, &list[count]))
            count++;
    }
    closedir(d);
    if (!list) {
        errno = ENOMEM;
        return -1;
    }
    *out = list;
    *n = count;
    return 0;
}
