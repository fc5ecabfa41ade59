/* maincheck.h: the manifest's main class exists among the application's classes and declares
 * public static void main(String[]) itself, which is what the VM's launcher looks for
 * (runtime/jvm/vm_start.c: declared in the class, not inherited). Errors are placed at the
 * manifest's `main:` value:
 *   service.yaml:3:7: main class 'org.x.Main' not found on the classpath
 *   service.yaml:3:7: main class 'org.x.Main' has no public static void main(String[])
 * A main class file that does not parse is left to the link check's "bad class file". */
#ifndef SD_BUILDER_MAINCHECK_H
#define SD_BUILDER_MAINCHECK_H

struct manifest;
struct classworld;
struct msglist;

/* 0 when the main class is fine, else -1 with one line added to errors. */
int maincheck(const struct manifest *m, struct classworld *w, struct msglist *errors);

#endif
