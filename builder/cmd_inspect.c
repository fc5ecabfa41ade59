/* cmd_inspect.c: `stardust-build inspect IMAGE.sd`: what an image holds. image_sd_read checks
 * the archive and every part's digest; this file only reports: the parts, their sizes and
 * digests, what the root filesystem holds (read with format.h alone, bounds-checked, since
 * builder/ uses nothing else of runtime/fs), the versions and the normalised manifest. */
#include <json-c/json.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "image_sd.h"
#include "msg.h"
#include "sdfs/format.h"

/* Files and bytes under one top-level directory of the root filesystem. */
struct tree_sum {
    const char *prefix;                /* "app/", "classlib/", "" (everything else) */
    const char *label;
    uint64_t files, bytes;
};

/* Counts the rootfs's files by top-level directory. 0, or -1 if the image is not sdfs. */
static int sum_rootfs(const struct image_part *p, struct tree_sum *sums, size_t nsums)
{
    struct sdfs_header h;
    if (p->size < sizeof h)
        return -1;
    memcpy(&h, p->data, sizeof h);
    if (memcmp(h.magic, SDFS_MAGIC, 8) != 0 || h.entries_off > p->size || h.names_off > p->size
        || (uint64_t)h.entry_count * sizeof(struct sdfs_entry) > p->size - h.entries_off)
        return -1;
    for (uint32_t i = 0; i < h.entry_count; i++) {
        struct sdfs_entry e;
        memcpy(&e, p->data + h.entries_off + (uint64_t)i * sizeof e, sizeof e);
        if ((e.mode & SDFS_TYPE_MASK) != SDFS_TYPE_FILE)
            continue;
        if ((uint64_t)e.name_off + e.name_len >= p->size - h.names_off)
            return -1;
        const char *name = (const char *)p->data + h.names_off + e.name_off;
        for (size_t k = 0; k < nsums; k++) {
            if (!strncmp(name, sums[k].prefix, strlen(sums[k].prefix))) {
                sums[k].files++;
                sums[k].bytes += e.size;
                break;
            }
        }
    }
    return 0;
}

static struct json_object *part_json(const struct image_part *p)
{
    struct json_object *o = json_object_new_object();
    json_object_object_add(o, "file", json_object_new_string(p->file));
    json_object_object_add(o, "size", json_object_new_int64((int64_t)p->size));
    json_object_object_add(o, "sha256", json_object_new_string(p->sha256));
    return o;
}

static struct json_object *inspect_json(const char *path, const struct image_sd *img,
                                        const struct tree_sum *sums, size_t nsums, int sums_ok)
{
    struct json_object *o = json_object_new_object(), *parts = json_object_new_object(), *v;
    json_object_object_add(o, "image", json_object_new_string(path));
    json_object_object_add(o, "size", json_object_new_int64((int64_t)img->file_size));
    json_object_object_add(o, "digest", json_object_new_string(img->digest));
    if (json_object_object_get_ex(img->meta, "format", &v))
        json_object_object_add(o, "format", json_object_get(v));
    json_object_object_add(parts, "kernel", part_json(&img->kernel));
    json_object_object_add(parts, "rootfs", part_json(&img->rootfs));
    json_object_object_add(o, "parts", parts);
    if (sums_ok) {
        struct json_object *fs = json_object_new_object();
        for (size_t k = 0; k < nsums; k++) {
            struct json_object *t = json_object_new_object();
            json_object_object_add(t, "files", json_object_new_int64((int64_t)sums[k].files));
            json_object_object_add(t, "bytes", json_object_new_int64((int64_t)sums[k].bytes));
            json_object_object_add(fs, sums[k].label, t);
        }
        json_object_object_add(o, "rootfs", fs);
    }
    if (json_object_object_get_ex(img->meta, "versions", &v))
        json_object_object_add(o, "versions", json_object_get(v));
    json_object_object_add(o, "manifest", json_object_get(img->manifest));
    return o;
}

static void inspect_text(const char *path, const struct image_sd *img,
                         const struct tree_sum *sums, size_t nsums, int sums_ok)
{
    struct json_object *v;
    printf("image     %s\n", path);
    printf("size      %llu bytes\n", (unsigned long long)img->file_size);
    printf("sha256    %s\n", img->digest);
    if (json_object_object_get_ex(img->meta, "format", &v))
        printf("format    %s\n", json_object_get_string(v));
    const struct image_part *parts[] = { &img->kernel, &img->rootfs };
    for (size_t i = 0; i < 2; i++)
        printf("part      %-7s %-11s %10zu bytes  sha256 %s\n", parts[i]->name, parts[i]->file,
               parts[i]->size, parts[i]->sha256);
    for (size_t k = 0; sums_ok && k < nsums; k++)
        printf("rootfs    %-19s %10llu bytes in %llu files\n", sums[k].label,
               (unsigned long long)sums[k].bytes, (unsigned long long)sums[k].files);
    if (json_object_object_get_ex(img->meta, "versions", &v)) {
        json_object_object_foreach(v, name, ver)
            printf("version   %s %s\n", name, json_object_get_string(ver));
    }
    printf("manifest  %s\n", json_object_to_json_string_ext(img->manifest,
                                  JSON_C_TO_STRING_SPACED | JSON_C_TO_STRING_NOSLASHESCAPE));
}

int cmd_inspect(const struct cli *cli)
{
    struct image_sd img;
    char err[512];
    struct tree_sum sums[] = {
        { "app/", "app", 0, 0 },
        { "classlib/", "classlib", 0, 0 },
        { "", "other", 0, 0 },
    };
    size_t nsums = sizeof sums / sizeof sums[0];
    memset(&img, 0, sizeof img);
    if (image_sd_read(cli->target, &img, err, sizeof err) != 0) {
        msg_error("%s", err);          /* image_sd_read names the file */
        return EXIT_BUILD_FAILED;
    }
    int sums_ok = sum_rootfs(&img.rootfs, sums, nsums) == 0;
    if (!sums_ok)
        msg_warn("%s: the root filesystem is not an sdfs image", cli->target);
    if (cli->json) {
        struct json_object *o = inspect_json(cli->target, &img, sums, nsums, sums_ok);
        cli_print_json(o);
        json_object_put(o);
    } else {
        inspect_text(cli->target, &img, sums, nsums, sums_ok);
    }
    image_sd_free(&img);
    return EXIT_BUILD_OK;
}
