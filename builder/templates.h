/* templates.h: the files `stardust-build --init` writes (templates/, compiled in by
 * builder/embed-templates.sh). @NAME@ and @CLASSLIB@ in them are placeholders (cmd_init.c). */
#ifndef SD_BUILDER_TEMPLATES_H
#define SD_BUILDER_TEMPLATES_H
#include <stddef.h>

struct template_file {
    const char *path;                  /* relative to the service directory: "src/Hello.java" */
    const unsigned char *data;
    size_t len;
};

extern const struct template_file builder_templates[];
extern const size_t builder_ntemplates;

#endif
