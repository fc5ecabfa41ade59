/* linkcheck.h: resolve, at build time, every class, field and method the application's
 * classes refer to, as the VM would at run time (JVMS 5.4.3: fields through superinterfaces
 * then superclasses, methods through superclasses then superinterfaces, interface methods
 * through superinterfaces and java.lang.Object), against the application's class path plus
 * the class library. A service that would die with NoClassDefFoundError, NoSuchMethodError,
 * NoSuchFieldError or IncompatibleClassChangeError fails at build time instead.
 *
 * Left to the VM, as it does them itself: invokedynamic call sites whose bootstrap method is
 * LambdaMetafactory.metafactory/altMetafactory (runtime/jvm/lambda.c links them without calling
 * the bootstrap method; its functional interface and implementation method are still checked),
 * and MethodHandle.invoke/invokeExact (signature polymorphic: any descriptor). Any other
 * bootstrap method is a problem, since the VM does not support it. After resolution, as
 * runtime/jvm/resolve.c does: static-ness against the instruction (IncompatibleClassChangeError)
 * and member access (IllegalAccessError: private, package-private across runtime packages, the
 * class library's being another runtime package than the application's, protected). Also:
 * `new` of an interface or abstract class (InstantiationError), and a concrete class without an
 * implementation of an abstract method of its supertypes (AbstractMethodError when called).
 *
 * Problem lines:
 *   missing class org.x.Gone (referenced by org.x.Main.run)
 *   missing method org.x.Util.help(I)V (referenced by org.x.Main.main)
 *   missing field org.x.Util.count:I (referenced by org.x.Main.main)
 *   org.x.Shape is an interface, not a class (referenced by org.x.Main.main)  (and the converse)
 *   unsupported invokedynamic bootstrap method X.m (referenced by org.x.Main.main)
 *   method org.x.Util.help(I)V is not static, but is used as a static method (referenced by ...)
 *   field org.x.Util.count:I is static, but is used as an instance field (referenced by ...)
 *   method org.x.Util.secret()V is private (referenced by org.x.Main.main)   (protected, package-private)
 *   abstract class org.x.Base cannot be instantiated (referenced by org.x.Main.main)
 *   class org.x.Dog does not implement abstract method org.x.Walker.run()V
 * Errors (never warnings): an application class file that is malformed or fails the VM's own
 * verifier ("classes/A.class: bad class file: ..."), or holds another class than its path says. */
#ifndef SD_BUILDER_LINKCHECK_H
#define SD_BUILDER_LINKCHECK_H
#include <stddef.h>

struct classworld;
struct msglist;

/* Returns the number of problems added (errors are counted by the caller from its list). */
size_t linkcheck_run(struct classworld *w, struct msglist *problems, struct msglist *errors);

#endif
