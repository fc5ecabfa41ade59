/* sd_boot_module on the hosted platform: the file named by SD_HOSTED_MODULE, mapped read-only
 * once (the mapping lasts as long as the process). Unset or empty variable: no module. */
#include <fcntl.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sd/boot.h>

#include "hosted.h"

static const void *module;
static size_t module_len;
static int mapped;

static void map_module(const char *path)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0)
        hosted_fatal("SD_HOSTED_MODULE: cannot open the file");
    if (st.st_size > 0) {
        void *p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (p == MAP_FAILED)
            hosted_fatal("SD_HOSTED_MODULE: cannot map the file");
        module = p;
        module_len = (size_t)st.st_size;
    }
    close(fd);
}

const void *sd_boot_module(size_t *len)
{
    if (!mapped) {
        const char *path = getenv("SD_HOSTED_MODULE");
        if (path && *path)
            map_module(path);
        mapped = 1;
    }
    *len = module_len;
    return module;
}
