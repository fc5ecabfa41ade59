/* main.c: stardust-java, the VM as a Linux program.
 *
 *   stardust-java [-cp DIRS] [-Xmx SIZE] [-Xss SIZE] [-Dk=v] [-Xbootclasspath:DIR] MAIN [ARGS]
 *
 * Defaults: -Xmx64m, -Xss8m, class path ".", boot class path <dir of the binary>/../classlib/
 * classes. The start-up sequence itself is vm_start.c's (shared with the guest's launcher). */
#include <stdio.h>
#include <string.h>

#include "vm.h"

#define DEFAULT_XSS (8u << 20)

int main(int argc, char **argv)
{
    vm_opts.heap_max = 64u << 20;
    vm_opts.stack_size = DEFAULT_XSS;
    int i = vm_parse_options(argc, argv, 1);
    if (i >= argc) {
        fprintf(stderr, "Usage: stardust-java [-cp DIRS] [-Xmx SIZE] [-Xss SIZE] [-Dkey=value] "
                        "[-Xbootclasspath:DIR] MAINCLASS [ARGS...]\n");
        return 1;
    }
    static char boot[4096];
    if (pf_executable_dir(boot, sizeof boot - 32) != 0)
        strcpy(boot, ".");
    strcat(boot, "/../classlib/classes");
    vm_options_finish(boot);
    /* Java main runs on this thread when its stack is big enough (cheapest start-up) */
    size_t main_stack = pf_main_stack_size();
    if (main_stack < vm_opts.stack_size && !(main_stack >= (1u << 20) && vm_opts.stack_size == DEFAULT_XSS))
        main_stack = 0;
    return vm_run(argv[i], argc - i - 1, argv + i + 1, main_stack);
}
