/* newlib's printf, floats included, on the PV console; main returns 0. */
#include <stdio.h>

int main(void)
{
    printf("Hello from a Stardust test guest\n");
    printf("pi=%.3f\n", 3.14159);
    char buf[32];
    snprintf(buf, sizeof(buf), "%.2f", 2.5);
    if (buf[0] == '2' && buf[1] == '.' && buf[2] == '5' && buf[3] == '0' && buf[4] == '\0')
        printf("VERDICT PASS\n");
    else
        printf("VERDICT FAIL: snprintf gave \"%s\"\n", buf);
    return 0;
}
