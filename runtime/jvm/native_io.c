/* native_io.c: natives of stardust.vm.Files, the files the class library reads: java.io.File,
 * FileInputStream and class-path resources (runtime/classlib/CONTRACT.md).
 *
 * Files are read-only here (the guest's root filesystem is an image): a descriptor comes from
 * pf_open_read and is read sequentially with pf_read. Errors are answered in values (-1,
 * 0) where Java code decides what to throw; only a failing read of an open file throws
 * (IOException), as FileInputStream's own read would. */
#include <stdlib.h>
#include <string.h>

#include "vm.h"

#define NATIVE(name) static void name(Thread *t, Slot *a, Slot *ret)

/* The path argument as a malloc'd C string; NULL with NullPointerException pending. */
static char *path_arg(Thread *t, Object *s)
{
    if (!s) {
        throw_npe(t);
        return NULL;
    }
    return string_to_utf8(s);
}

NATIVE(files_kind)
{
    char *p = path_arg(t, a[0].l);
    if (!p)
        return;
    ret->i = pf_path_kind(p);
    free(p);
}

NATIVE(files_open)
{
    char *p = path_arg(t, a[0].l);
    if (!p)
        return;
    ret->i = pf_open_read(p);
    free(p);
}

struct read_arg { int fd; void *buf; size_t n; long r; };
static void blocking_read(void *p)
{
    struct read_arg *r = p;
    r->r = pf_read(r->fd, r->buf, r->n);
}

/* read(fd, b, off, len): bytes read, -1 at the end. The range was checked by the caller
 * (FileInputStream); it is checked again because a wrong one would write outside the array. */
NATIVE(files_read)
{
    Object *b = a[1].l;
    int32_t off = a[2].i, len = a[3].i;
    if (!b) {
        throw_npe(t);
        return;
    }
    if (off < 0 || len < 0 || (int64_t)off + len > ARRAY_LENGTH(b)) {
        throw_new(t, "java/lang/IndexOutOfBoundsException", "Range [%d, %d + %d) out of bounds for length %d",
                  off, off, len, ARRAY_LENGTH(b));
        return;
    }
    if (len == 0) {
        ret->i = 0;
        return;
    }
    /* Read into C memory while GC-safe (a descriptor may be slow: a pipe on Linux), then copy:
     * the array must not be written while the collector may be looking at it. */
    char *tmp = malloc((size_t)len);
    if (!tmp) {
        throw_oom(t);
        return;
    }
    struct read_arg io = { a[0].i, tmp, (size_t)len, 0 };
    thread_blocking(t, blocking_read, &io);
    if (io.r > 0)
        memcpy(ARRAY_DATA(b, int8_t) + off, tmp, (size_t)io.r);
    free(tmp);
    if (io.r < 0)
        throw_new(t, "java/io/IOException", "Read error");
    else
        ret->i = io.r == 0 ? -1 : (int32_t)io.r;
}

NATIVE(files_size) { ret->j = pf_file_size(a[0].i); }
NATIVE(files_close) { pf_close(a[0].i); }

NATIVE(files_bootClassPath) { ret->l = string_new_utf8(t, vm_opts.bootclasspath); }

/* The class path directories, in search order. The array is only on this C stack while the
 * strings are made: the collector scans C stacks conservatively, so it stays alive. */
NATIVE(files_classPath)
{
    Object *arr = new_array(t, class_array_of(t, C_String), vm_opts.ncp);
    for (int i = 0; arr && i < vm_opts.ncp; i++) {
        Object *s = string_new_utf8(t, vm_opts.classpath[i]);
        if (!s)
            return;
        ARRAY_DATA(arr, Object *)[i] = s;
    }
    ret->l = arr;
}

const NativeEntry native_io[] = {
    { "stardust/vm/Files", "kind", "(Ljava/lang/String;)I", files_kind },
    { "stardust/vm/Files", "open", "(Ljava/lang/String;)I", files_open },
    { "stardust/vm/Files", "read", "(I[BII)I", files_read },
    { "stardust/vm/Files", "size", "(I)J", files_size },
    { "stardust/vm/Files", "close", "(I)V", files_close },
    { "stardust/vm/Files", "bootClassPath", "()Ljava/lang/String;", files_bootClassPath },
    { "stardust/vm/Files", "classPath", "()[Ljava/lang/String;", files_classPath },
    { NULL, NULL, NULL, NULL },
};
