/* classlib_closure.h: which class library classes go into an image.
 *
 * The transitive closure, over the class library, of every class named by the application's
 * classes and by the VM itself (vm_roots.c): a class is needed when a kept class's constant
 * pool names it (CONSTANT_Class, including array element classes and superclasses/interfaces)
 * or a descriptor mentions it (fields, methods, member references, method types, invokedynamic
 * call sites). Descriptors are included although the VM resolves only CONSTANT_Class entries:
 * a few more classes in the image is cheaper than a NoClassDefFoundError in production.
 * Every method of a kept class counts, reachable or not. Classes loaded by a computed name
 * (Class.forName with a string built at run time) are not found: name them in the manifest's
 * class path if a service does that. */
#ifndef SD_BUILDER_CLASSLIB_CLOSURE_H
#define SD_BUILDER_CLASSLIB_CLOSURE_H
#include <stddef.h>

struct classworld;

/* keep has one byte per class library class (w->lib->classes order); needed ones are set to
 * 1. Returns the number kept, or (size_t)-1 when out of memory. */
size_t classlib_closure(struct classworld *w, unsigned char *keep);

#endif
