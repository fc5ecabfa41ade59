/* fuzz_classfile.c: the libFuzzer entry point for the class-file parser (runtime/jvm/classfile.c).
 *
 * classfile_check must accept or reject any byte string without crashing, reading out of
 * bounds, leaking or hanging; when it rejects, it must leave a NUL-terminated, non-empty message
 * in err (the VM puts it into the ClassFormatError). Both properties are checked here so that
 * libFuzzer (and the replay test, which links this same file) report violations as crashes.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "classfile.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char err[256];
    memset(err, 0x7f, sizeof err);   /* no NUL anywhere: a missing terminator shows */
    int rc = classfile_check(data, size, err, sizeof err);
    if (rc != 0 && (memchr(err, '\0', sizeof err) == NULL || err[0] == '\0'))
        abort();                      /* rejected without a usable message */
    return 0;
}
