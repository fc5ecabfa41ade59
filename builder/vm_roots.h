/* vm_roots.h: classes the VM loads by name (see vm_roots.c). Internal names, sorted. */
#ifndef SD_BUILDER_VM_ROOTS_H
#define SD_BUILDER_VM_ROOTS_H
#include <stddef.h>

extern const char *const vm_root_classes[];
extern const size_t vm_root_count;

#endif
