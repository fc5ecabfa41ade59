/* A hosted program's main: boot the kernel in this process and run sd_main on thread "main".
 * It sits in libsd-hosted.a and is linked only when the program has no main of its own.
 * SD_HOSTED_MEM_MB sets the kernel's memory (default 256 MiB, reserved lazily). */
#include <stdlib.h>

#include "hosted.h"
#include "platform.h"

int main(int argc, char **argv)
{
    const char *mb = getenv("SD_HOSTED_MEM_MB");
    size_t mem = mb ? strtoul(mb, NULL, 10) << 20 : SD_HOSTED_MEM_DEFAULT;
    static char app_name[] = "app";

    if (mem < (1UL << 20))
        hosted_fatal("SD_HOSTED_MEM_MB too small");
    sd_hosted_init(mem, true);
    argv[0] = app_name;      /* as on Xen: argv[0] is "app" */
    sd_kernel_start(argc, argv);
}
