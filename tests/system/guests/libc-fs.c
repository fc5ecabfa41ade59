/* Files from the root filesystem image (runtime/fs + runtime/libc files.c), in the guest.
 *
 * Booted with a ramdisk made by sd-mkfs (runtime/libc/libc.mk, LIBC_FS_IMG) holding
 *   /etc/stardust/java.conf        "main Hello\n"
 *   /app/data/big.bin              70000 random bytes
 *   /app/data/big.bin.sha256       its `sha256sum` line
 * it checks fopen/fread/fseek/fstat/stat, the errors (ENOENT, ENOTDIR, EROFS, EISDIR, EBADF),
 * and that file data is read in place from the boot module. Prints "ok NAME" or
 * "FAIL NAME: detail" per check, then "VERDICT PASS" or "VERDICT FAIL: n checks failed";
 * main returns 0 or 1.
 *
 * With the argument "write-ramdisk" it instead writes one byte into the boot module, which is
 * mapped read-only: the domain must crash before it prints "WROTE". */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <sd/boot.h>
#include <sdfs/fs.h>
#include <sdfs/write.h>

static int failures;

static void check(bool ok, const char *name, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void check(bool ok, const char *name, const char *fmt, ...)
{
    if (ok) {
        printf("ok %s\n", name);
        return;
    }
    failures++;
    printf("FAIL %s: ", name);
    va_list ap;
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    printf("\n");
}

static void test_root(void)
{
    size_t len;
    const uint8_t *module = sd_boot_module(&len);
    const struct sdfs *fs = sdfs_root();
    check(module && fs && fs->base == module && fs->size <= len, "root-mounted",
          "module %p (%zu bytes), root %p", (const void *)module, len, (const void *)fs);
    /* A figure: what the mount's checks (SHA-256 included) cost here. */
    struct sdfs again;
    char err[128];
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int rc = module ? sdfs_open(&again, module, len, err, sizeof err) : -1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    printf("figure sdfs_open of the %zu-byte ramdisk: %ld us\n", len,
           (long)((t1.tv_sec - t0.tv_sec) * 1000000 + (t1.tv_nsec - t0.tv_nsec) / 1000));
    check(rc == 0, "reopen", "sdfs_open: %s", rc ? err : "");
    const struct sdfs_entry *e = fs ? sdfs_lookup(fs, "/app/data/big.bin") : NULL;
    const uint8_t *data = e ? sdfs_data(fs, e) : NULL;
    check(data && data >= module && data + e->size <= module + len, "zero-copy",
          "data %p not inside the module", (const void *)data);
}

static void test_read_small(void)
{
    char buf[64] = "";
    FILE *f = fopen("/etc/stardust/java.conf", "r");
    size_t n = f ? fread(buf, 1, sizeof buf - 1, f) : 0;
    check(f && n == 11 && strcmp(buf, "main Hello\n") == 0 && feof(f), "fopen-fread",
          "f %p, %zu bytes \"%s\"", (void *)f, n, buf);
    if (f)
        fclose(f);

    /* relative to "/", with "." and ".." */
    f = fopen("etc/./stardust/../stardust/java.conf", "rb");
    check(f != NULL, "relative-path", "errno %d", errno);
    if (f)
        fclose(f);
}

/* Hex of the file's SHA-256 as sha256sum wrote it. */
static bool read_expected_digest(char hex[65])
{
    FILE *f = fopen("/app/data/big.bin.sha256", "r");
    bool ok = f && fscanf(f, "%64s", hex) == 1 && strlen(hex) == 64;
    if (f)
        fclose(f);
    return ok;
}

static void test_read_big(void)
{
    static uint8_t buf[80000];
    size_t total = 0, n;
    FILE *f = fopen("/app/data/big.bin", "r");
    check(f != NULL, "fopen-big", "errno %d", errno);
    if (!f)
        return;
    /* odd chunk sizes: across stdio's buffer boundaries */
    while ((n = fread(buf + total, 1, 777, f)) > 0)
        total += n;
    uint8_t d[32];
    char hex[65], want[65] = "";
    sdfs_sha256(buf, total, d);
    for (int i = 0; i < 32; i++)
        sprintf(hex + 2 * i, "%02x", d[i]);
    check(total == 70000 && read_expected_digest(want) && strcmp(hex, want) == 0, "fread-big",
          "%zu bytes, sha256 %s, want %s", total, hex, want);

    check(fseek(f, 69990, SEEK_SET) == 0 && ftell(f) == 69990 && fread(d, 1, 32, f) == 10 &&
              memcmp(d, buf + 69990, 10) == 0, "fseek-ftell", "ftell %ld", ftell(f));
    check(fseek(f, -100, SEEK_END) == 0 && ftell(f) == 69900, "fseek-end", "ftell %ld",
          ftell(f));
    struct stat st;
    check(fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size == 70000 &&
              (st.st_mode & 0777) == 0444, "fstat-file", "mode %o size %ld",
          (unsigned)st.st_mode, (long)st.st_size);
    check(fclose(f) == 0, "fclose", "errno %d", errno);
}

static void test_stat(void)
{
    struct stat st = { 0 };
    check(stat("/app/data", &st) == 0 && S_ISDIR(st.st_mode), "stat-dir", "mode %o",
          (unsigned)st.st_mode);
    check(stat("/", &st) == 0 && S_ISDIR(st.st_mode), "stat-root", "mode %o",
          (unsigned)st.st_mode);
    check(stat("/app/data/", &st) == 0 && S_ISDIR(st.st_mode), "stat-trailing-slash",
          "errno %d", errno);
    check(stat("/etc/stardust/java.conf", &st) == 0 && S_ISREG(st.st_mode) && st.st_size == 11,
          "stat-file", "size %ld", (long)st.st_size);
    check(access("/etc/stardust/java.conf", R_OK) == 0, "access-read", "errno %d", errno);
    errno = 0;
    check(access("/etc/stardust/java.conf", W_OK) == -1 && errno == EROFS, "access-write",
          "errno %d", errno);
}

static void test_errors(void)
{
    errno = 0;
    FILE *f = fopen("/no/such/file", "r");
    check(!f && errno == ENOENT, "enoent", "f %p errno %d", (void *)f, errno);
    struct stat st;
    errno = 0;
    check(stat("/etc/stardust/java.conf/x", &st) == -1 && errno == ENOTDIR, "enotdir",
          "errno %d", errno);
    errno = 0;
    f = fopen("/etc/stardust/java.conf", "w");
    check(!f && errno == EROFS, "erofs-write-existing", "errno %d", errno);
    errno = 0;
    f = fopen("/app/data/new.txt", "w");
    check(!f && errno == EROFS, "erofs-create", "errno %d", errno);
    errno = 0;
    f = fopen("/etc/stardust/java.conf", "a");
    check(!f && errno == EROFS, "erofs-append", "errno %d", errno);
    errno = 0;
    check(unlink("/etc/stardust/java.conf") == -1 && errno == EROFS, "erofs-unlink", "errno %d",
          errno);
    errno = 0;
    check(open("/app/x", O_WRONLY | O_CREAT, 0644) == -1 && errno == EROFS, "erofs-open-creat",
          "errno %d", errno);

    int fd = open("/etc/stardust/java.conf", O_RDONLY);
    errno = 0;
    check(fd >= 3 && write(fd, "x", 1) == -1 && errno == EBADF, "write-readonly-fd",
          "fd %d errno %d", fd, errno);
    close(fd);
    errno = 0;
    check(read(fd, &st, 1) == -1 && errno == EBADF, "read-closed-fd", "errno %d", errno);

    fd = open("/app", O_RDONLY | O_DIRECTORY);
    char c;
    errno = 0;
    check(fd >= 3 && read(fd, &c, 1) == -1 && errno == EISDIR, "read-dir-eisdir",
          "fd %d errno %d", fd, errno);
    close(fd);
}

/* Every descriptor can be opened and closed again: no leak in the table. */
static void test_many_opens(void)
{
    int ok = 0;
    for (int i = 0; i < 500; i++) {
        int fd = open("/etc/stardust/java.conf", O_RDONLY);
        if (fd >= 0 && close(fd) == 0)
            ok++;
    }
    check(ok == 500, "open-close-500", "%d of 500", ok);
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "write-ramdisk") == 0) {
        size_t len;
        volatile uint8_t *m = (volatile uint8_t *)sd_boot_module(&len);
        printf("writing into the ramdisk at %p\n", (void *)m);
        fflush(stdout);
        if (m)
            m[len / 2] ^= 1;
        printf("WROTE\n");
        return 1;
    }
    test_root();
    test_read_small();
    test_read_big();
    test_stat();
    test_errors();
    test_many_opens();
    if (failures)
        printf("VERDICT FAIL: %d checks failed\n", failures);
    else
        printf("VERDICT PASS\n");
    return failures ? 1 : 0;
}
