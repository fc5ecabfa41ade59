/* ramdisk-guest: shows the harness's plan options "ramdisk PATH" and "args CMDLINE" arrived.
 *
 * Prints its arguments (the domain's command line split by the kernel) between '|', and the
 * size and first 8 bytes of its initial ramdisk (an sdfs image starts "SDFSIMG1"; other bytes
 * than printable ASCII show as '.'). The ramdisk is a valid image because the C runtime's
 * start-up mounts whatever ramdisk it finds as the root filesystem. With "wait" as its first argument
 * it then prints WAITING and sleeps until the toolstack shuts it down (shutdown-on), so one
 * plan line can test "shutdown-on TEXT args CMDLINE" together. Exit code 0.
 * Linked with the kernel and newlib like tests/system/guests (check-system-harness). */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <sd/boot.h>
#include <sd/thread.h>
#include <sd/time.h>

int main(int argc, char **argv)
{
    printf("argc=%d args:", argc);
    for (int i = 1; i < argc; i++)
        printf("|%s", argv[i]);
    printf("|\n");

    size_t len;
    const char *rd = sd_boot_module(&len);
    if (!rd) {
        printf("no ramdisk\n");
    } else {
        char head[9] = "";
        for (size_t i = 0; i < 8 && i < len; i++)
            head[i] = rd[i] >= ' ' && rd[i] < 127 ? rd[i] : '.';
        printf("ramdisk %zu bytes, starts %s\n", len, head);
    }
    fflush(stdout);
    if (argc > 1 && !strcmp(argv[1], "wait")) {
        printf("WAITING\n");
        fflush(stdout);
        for (;;)
            sd_thread_sleep_ns(SD_NS_PER_S);
    }
    return 0;
}
