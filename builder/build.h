/* build.h: from a checked manifest to image.sd. Owner: builder/build.c and the files it uses
 * (classpath.c: directories and jars; linkcheck.c: references; kernel_link.c; image_sd.c).
 * The command line (builder/main.c) calls build_image and prints the report (text or JSON).
 *
 * Steps, each reported through progress() when it is set: gather classes (jars unpacked with
 * libarchive) and resources, check the main class, link check, root filesystem image, kernel
 * link, image.sd. Nothing is left at out_path unless every step succeeded. */
#ifndef SD_BUILDER_BUILD_H
#define SD_BUILDER_BUILD_H
#include <stddef.h>
#include <stdint.h>

struct manifest;

struct build_options {
    const char *out_path;          /* default: "image.sd" next to the manifest */
    int allow_missing;             /* link check problems are warnings, not errors */
    const char *components_dir;    /* kernel/VM/libc libraries and the class library; NULL: the
                                      default next to the tool (see builder/README.md) */
    void (*progress)(const char *step, double fraction, void *ctx);   /* may be NULL */
    void *progress_ctx;
};

struct build_report {
    char digest[65];               /* SHA-256 of image.sd, hex */
    uint64_t image_size, kernel_size, rootfs_size;
    size_t app_classes, classlib_classes, resources;
    char **warnings; size_t nwarnings;   /* one line each (link check with --allow-missing...) */
    char **errors; size_t nerrors;       /* "FILE:LINE:COL: message", "JAR!ENTRY: message" ... */
};

/* 0 on success; -1 with errors in the report (all of them, not only the first). */
int build_image(const struct manifest *m, const struct build_options *o, struct build_report *r);
void build_report_free(struct build_report *r);

#endif
