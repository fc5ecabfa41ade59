/* native.c: finding the C function of a native method (tables in native_*.c). */
#include <string.h>

#include "vm.h"

static NativeFn search(const NativeEntry *tab, const char *cls, const char *name, const char *desc)
{
    for (; tab->cls; tab++)
        if (!strcmp(tab->cls, cls) && !strcmp(tab->name, name) && !strcmp(tab->desc, desc))
            return tab->fn;
    return NULL;
}

NativeFn native_lookup(const char *cls, const char *name, const char *desc)
{
    NativeFn f = search(native_lang, cls, name, desc);
    if (!f)
        f = search(native_misc, cls, name, desc);
    return f ? f : search(native_io, cls, name, desc);
}
