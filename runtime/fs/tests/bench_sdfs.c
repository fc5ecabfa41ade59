/* bench_sdfs: figures of the sdfs reader on the host (`make bench-sdfs`).
 *
 * Builds a 1 MiB image (256 files of 4 KiB random bytes in 16 directories) with the writer,
 * then times sdfs_open on it (all checks, SHA-256 included), sdfs_lookup of every entry, and
 * sdfs_sha256 alone over 16 MiB, in CPU time. Prints one figure a line.
 * usage: bench_sdfs TMPDIR */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "sdfs/fs.h"
#include "sdfs/write.h"

/* CPU time of this process: the build machine is shared, wall time says more about the load. */
static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static uint8_t *make_image(const char *dir, size_t *len)
{
    char err[256], path[4096];
    struct sdfs_writer *w = sdfs_writer_new();
    uint8_t buf[4096];
    uint32_t r = 1;
    for (int i = 0; i < 256; i++) {
        for (size_t k = 0; k < sizeof buf; k++) {
            r = r * 1103515245u + 12345u;
            buf[k] = (uint8_t)(r >> 16);
        }
        snprintf(path, sizeof path, "/app/d%02d/file%03d.bin", i % 16, i);
        if (sdfs_writer_add(w, path, buf, sizeof buf, err, sizeof err) != 0)
            goto fail;
    }
    snprintf(path, sizeof path, "%s/bench.img", dir);
    if (sdfs_writer_write(w, path, NULL, NULL, err, sizeof err) != 0)
        goto fail;
    sdfs_writer_free(w);
    FILE *f = fopen(path, "rb");
    fseek(f, 0, SEEK_END);
    *len = (size_t)ftell(f);
    fseek(f, 0, SEEK_SET);
    uint8_t *img = malloc(*len);
    if (fread(img, 1, *len, f) != *len)
        abort();
    fclose(f);
    remove(path);
    return img;
fail:
    fprintf(stderr, "bench_sdfs: %s\n", err);
    exit(1);
}

int main(int argc, char **argv)
{
    size_t len;
    uint8_t *img = make_image(argc > 1 ? argv[1] : "/tmp", &len);
    struct sdfs fs;
    char err[256];
    enum { OPENS = 100 };
    double t0 = now_s();
    for (int i = 0; i < OPENS; i++)
        if (sdfs_open(&fs, img, len, err, sizeof err) != 0) {
            fprintf(stderr, "bench_sdfs: %s\n", err);
            return 1;
        }
    double open_s = (now_s() - t0) / OPENS;
    printf("sdfs_open, %zu-byte image, %u entries: %.3f ms CPU (all checks and SHA-256)\n", len,
           fs.hdr->entry_count, open_s * 1e3);

    enum { ROUNDS = 200 };
    unsigned found = 0;
    t0 = now_s();
    for (int r = 0; r < ROUNDS; r++)
        for (uint32_t i = 0; i < fs.hdr->entry_count; i++)
            found += sdfs_lookup(&fs, sdfs_name(&fs, &fs.entries[i])) == &fs.entries[i];
    double lookup_ns = (now_s() - t0) / ((double)ROUNDS * fs.hdr->entry_count) * 1e9;
    printf("sdfs_lookup: %.0f ns CPU per path (%u of %u found)\n", lookup_ns,
           found / ROUNDS, fs.hdr->entry_count);

    size_t big = 16u << 20;
    uint8_t *buf = calloc(1, big), d[32];
    t0 = now_s();
    sdfs_sha256(buf, big, d);
    double sha_s = now_s() - t0;
    printf("sdfs_sha256: %.0f MB/s CPU (16 MiB in %.1f ms)\n", big / sha_s / 1e6, sha_s * 1e3);
    free(buf);
    free(img);
    return found == (unsigned)ROUNDS * fs.hdr->entry_count ? 0 : 1;
}
