/* java_conf.h: the guest launcher's configuration, /etc/stardust/java.conf (format in
 * runtime/fs/README.md), and how it combines with the domain's command line.
 *
 * Plain C (libc only), so it is unit-tested on the host (check-jvm-guest). */
#ifndef JVM_GUEST_JAVA_CONF_H
#define JVM_GUEST_JAVA_CONF_H
#include <stddef.h>

/* A growing list of malloc'd strings. */
typedef struct {
    char **v;
    int n;
} conf_list;

typedef struct {
    char *main;            /* `main`: the main class, NULL if not given */
    conf_list args;        /* `arg`, in order */
    conf_list classpath;   /* `classpath`, in order */
    conf_list props;       /* `prop` name=value */
    conf_list env;         /* `env` NAME=value */
    char *heap;            /* `heap` (-Xmx syntax), NULL if not given */
    char *stack;           /* `stack` (-Xss syntax), NULL if not given */
} java_conf;

/* Parse text[0..len) into *c (zeroed first). Returns 0, or -1 with "line N: reason" in err
 * (unknown key, missing value, bad escape, a second `main`/`heap`/`stack`); *c then holds
 * whatever came before the error and must still be freed. */
int java_conf_parse(const char *text, size_t len, java_conf *c, char *err, size_t errlen);
void java_conf_free(java_conf *c);

/* The VM's argument vector (java-command style, no argv[0]): the configuration's options
 * (-Xmx, -Xss, -cp, -D), then the command line's options (cmd[0..ncmd): words up to the first
 * that is not an option or an option's value), then the main class and its arguments: the
 * command line's first non-option word and the words after it when there is one, else the
 * configuration's main and args. NULL-terminated, malloc'd (free the vector only: the strings
 * are c's and cmd's, or made here and kept for the life of the VM). *n gets the count. The
 * main class is missing (the vector holds options only) when neither names one. */
char **java_conf_vm_argv(const java_conf *c, int ncmd, char **cmd, int *n);

/* Whether word is an option that takes the next word as its value (-cp DIRS, -Xmx SIZE). */
int java_option_takes_value(const char *word);

#endif
