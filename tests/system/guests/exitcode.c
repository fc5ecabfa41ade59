/* main returns 3: the host must see exit code 3 (xenstore data/exit-code), reason poweroff. */
#include <stdio.h>

int main(void)
{
    printf("returning 3 from main\n");
    return 3;
}
