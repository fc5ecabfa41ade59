/* What the domain reports to host tools through xenstore, under its own home path
 * (/local/domain/<domid>/data, which the toolstack creates writable by the guest):
 *   data/exit-code     the application's exit code, decimal
 *   data/t-console-ns  wall-clock ns of the kernel's first console output
 *   data/t-main-ns     wall-clock ns of the call of sd_main
 * Failures are reported on the console and otherwise ignored: the domain still ends.
 */
#include <stdint.h>

#include "xen.h"
#include "xenstore.h"

#include "../core/platform.h"
#include <sd/printk.h>

static void write_key(const char *key, const char *value)
{
    int r = xs_write(key, value);
    if (r < 0)
        printk("xen: cannot write %s (%d)\n", key, r);
}

void plat_publish_exit_code(int code)
{
    char v[16];
    sd_snprintf(v, sizeof(v), "%d", code);
    write_key("data/exit-code", v);
}

void plat_app_starting(uint64_t console_ns, uint64_t main_ns)
{
    char v[24];
    sd_snprintf(v, sizeof(v), "%llu", (unsigned long long)console_ns);
    write_key("data/t-console-ns", v);
    sd_snprintf(v, sizeof(v), "%llu", (unsigned long long)main_ns);
    write_key("data/t-main-ns", v);
}
