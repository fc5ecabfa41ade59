/* rootfs.h: the image's root filesystem (runtime/fs/README.md's layout), written with the sdfs
 * writer (runtime/fs/include/sdfs/write.h):
 *   /classlib/<name>.class   the class library classes the service needs (keep[])
 *   /app/<name>.class        the application's classes; /app/<entry> the jars' resources
 *   <dest>                   each manifest resource (a file, or a directory tree)
 *   /etc/stardust/java.conf  main, args, class path /app, properties, environment, heap, stack
 * Byte-identical for the same inputs (the writer sorts and stores no times or owners). */
#ifndef SD_BUILDER_ROOTFS_H
#define SD_BUILDER_ROOTFS_H
#include <stddef.h>
#include <stdint.h>

struct manifest;
struct classpath;
struct msglist;

struct rootfs_counts { size_t app_classes, classlib_classes, resources; };

/* Writes the image to out_path (atomically). 0, or -1 with every problem in errors; a
 * resource problem is placed at the manifest's resource entry ("service.yaml:9:5: ..."). */
int rootfs_write(const struct manifest *m, const struct classpath *app,
                 const struct classpath *lib, const unsigned char *keep, const char *out_path,
                 uint64_t *size, struct rootfs_counts *counts, struct msglist *errors);

/* java.conf for the manifest (malloc'd text; NULL when out of memory). */
char *rootfs_java_conf(const struct manifest *m);

#endif
