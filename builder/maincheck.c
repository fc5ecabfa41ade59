/* maincheck.c: see maincheck.h. */
#include "maincheck.h"

#include <stdlib.h>
#include <string.h>

#include "classpath.h"
#include "classworld.h"
#include "manifest.h"
#include "msglist.h"

int maincheck(const struct manifest *m, struct classworld *w, struct msglist *errors)
{
    char *iname = strdup(m->main);
    if (!iname) {
        msglist_add(errors, "%s: out of memory", m->file);
        return -1;
    }
    for (char *p = iname; *p; p++)
        if (*p == '.')
            *p = '/';
    long i = classpath_index(w->app, iname);
    free(iname);
    if (i < 0) {
        msglist_add(errors, "%s:%d:%d: main class '%s' not found on the classpath", m->file,
                    m->main_pos.line, m->main_pos.col, m->main);
        return -1;
    }
    const cf_class *cf = cw_parse(&w->app_classes[i]);
    if (!cf)
        return -1;
    for (uint16_t k = 0; k < cf->nmethods; k++) {
        const cf_method *me = &cf->methods[k];
        if (!strcmp(me->name, "main") && !strcmp(me->desc, "([Ljava/lang/String;)V") &&
            (me->access & (ACC_PUBLIC | ACC_STATIC)) == (ACC_PUBLIC | ACC_STATIC))
            return 0;
    }
    msglist_add(errors, "%s:%d:%d: main class '%s' has no public static void main(String[])",
                m->file, m->main_pos.line, m->main_pos.col, m->main);
    return -1;
}
