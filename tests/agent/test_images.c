/* test_images.c: see test_images.h. */
#include "test_images.h"

#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "image_sd.h"

int test_image_write(const char *dir, const char *name, int seed, char digest[65])
{
    char path[512], err[256], kernel[3000], rootfs[700];
    for (size_t i = 0; i < sizeof kernel; i++)
        kernel[i] = (char)(i * 13 + seed);
    for (size_t i = 0; i < sizeof rootfs; i++)
        rootfs[i] = (char)(i * 5 + seed * 3);
    struct json_object *m = json_object_new_object(), *v = json_object_new_object();
    json_object_object_add(m, "name", json_object_new_string(name));
    json_object_object_add(m, "version", json_object_new_string("2.5"));
    json_object_object_add(m, "memory", json_object_new_int(24));
    json_object_object_add(m, "vcpus", json_object_new_int(1));
    json_object_object_add(m, "on_crash", json_object_new_string("restart"));
    json_object_object_add(m, "network", json_object_new_array());
    json_object_object_add(v, "stardust-build", json_object_new_string("test"));
    snprintf(path, sizeof path, "%s/%s.sd", dir, name);
    int rc = image_sd_write(path, m, v, kernel, sizeof kernel, rootfs, sizeof rootfs, digest, err,
                            sizeof err);
    if (rc)
        fprintf(stderr, "test_image_write: %s\n", err);
    json_object_put(m);
    json_object_put(v);
    return rc;
}

char *test_slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    rewind(f);
    char *buf = malloc((size_t)n + 1);
    *len = fread(buf, 1, (size_t)n, f);
    buf[*len] = '\0';
    fclose(f);
    return buf;
}
