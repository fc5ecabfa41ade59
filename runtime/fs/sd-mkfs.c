/* sd-mkfs: make or inspect an sdfs root filesystem image on the build host.
 *
 *   sd-mkfs -o OUT.img [--config FILE] SRC:IMAGEPATH...
 *       SRC (a host file, or a directory copied with everything under it) goes to IMAGEPATH;
 *       --config FILE becomes /etc/stardust/java.conf. The new image is read back and checked;
 *       prints "OUT.img: N entries, SIZE bytes, sha256 HEX".
 *   sd-mkfs --list IMG
 *       checks IMG as the guest would and prints one line per entry: type (d or f), size, path.
 * Exit status: 0, 1 on any error (one line on stderr), 2 on bad usage. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sdfs/fs.h"
#include "sdfs/write.h"

static const char usage[] =
    "usage: sd-mkfs -o OUT.img [--config FILE] SRC:IMAGEPATH...\n"
    "       sd-mkfs --list IMG\n";

/* The whole file in a malloc'd buffer (malloc's alignment suits sdfs_open). */
static void *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    void *buf = NULL;
    long n = -1;
    if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0) {
        buf = malloc(n > 0 ? (size_t)n : 1);
        if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
            free(buf);
            buf = NULL;
        }
    }
    fclose(f);
    *len = (size_t)n;
    return buf;
}

/* Reads and checks an image; NULL (after a message) if it cannot be used. */
static void *open_image(const char *path, struct sdfs *fs)
{
    size_t len;
    char err[256];
    void *img = slurp(path, &len);
    if (!img) {
        fprintf(stderr, "sd-mkfs: %s: cannot read\n", path);
        return NULL;
    }
    if (sdfs_open(fs, img, len, err, sizeof err) != 0) {
        fprintf(stderr, "sd-mkfs: %s: %s\n", path, err);
        free(img);
        return NULL;
    }
    return img;
}

static int list(const char *path)
{
    struct sdfs fs;
    void *img = open_image(path, &fs);
    if (!img)
        return 1;
    for (uint32_t i = 0; i < fs.hdr->entry_count; i++) {
        const struct sdfs_entry *e = &fs.entries[i];
        printf("%c %10llu /%s\n", sdfs_is_dir(e) ? 'd' : 'f', (unsigned long long)e->size,
               sdfs_name(&fs, e));
    }
    free(img);
    return 0;
}

static int add_source(struct sdfs_writer *w, const char *arg)
{
    char err[512];
    const char *colon = strrchr(arg, ':');
    if (!colon || colon == arg || colon[1] == '\0') {
        fprintf(stderr, "sd-mkfs: '%s': expected SRC:IMAGEPATH\n", arg);
        return 2;
    }
    char *src = strndup(arg, (size_t)(colon - arg));
    if (!src) {
        fprintf(stderr, "sd-mkfs: out of memory\n");
        return 1;
    }
    int rc = sdfs_writer_add_host(w, colon + 1, src, err, sizeof err);
    free(src);
    if (rc != 0) {
        fprintf(stderr, "sd-mkfs: %s\n", err);
        return 1;
    }
    return 0;
}

static int make(const char *out, const char *config, char **sources, int nsources)
{
    char err[512];
    struct sdfs_writer *w = sdfs_writer_new();
    int rc = w ? 0 : 1;
    if (rc == 0 && config && sdfs_writer_add_host(w, "/" SDFS_CONFIG_PATH, config, err, sizeof err)) {
        fprintf(stderr, "sd-mkfs: --config: %s\n", err);
        rc = 1;
    }
    for (int i = 0; rc == 0 && i < nsources; i++)
        rc = add_source(w, sources[i]);
    uint64_t size = 0;
    uint8_t digest[32];
    if (rc == 0 && sdfs_writer_write(w, out, &size, digest, err, sizeof err) != 0) {
        fprintf(stderr, "sd-mkfs: %s\n", err);
        rc = 1;
    }
    sdfs_writer_free(w);
    if (rc != 0)
        return rc;

    struct sdfs fs;
    void *img = open_image(out, &fs);      /* what the guest will see */
    if (!img)
        return 1;
    printf("%s: %u entries, %llu bytes, sha256 ", out, fs.hdr->entry_count,
           (unsigned long long)size);
    for (int i = 0; i < 32; i++)
        printf("%02x", digest[i]);
    printf("\n");
    free(img);
    return 0;
}

int main(int argc, char **argv)
{
    const char *out = NULL, *config = NULL;
    int i = 1;
    if (argc == 3 && !strcmp(argv[1], "--list"))
        return list(argv[2]);
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (!strcmp(argv[i], "-o") && i + 1 < argc) {
            out = argv[++i];
        } else if (!strcmp(argv[i], "--config") && i + 1 < argc) {
            config = argv[++i];
        } else if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            fputs(usage, stdout);
            return 0;
        } else {
            fprintf(stderr, "sd-mkfs: unknown option '%s'\n%s", argv[i], usage);
            return 2;
        }
    }
    if (!out) {
        fputs(usage, stderr);
        return 2;
    }
    return make(out, config, argv + i, argc - i);
}
