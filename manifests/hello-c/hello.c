/* The example C application: one greeting with a float formatted by newlib's printf, then
 * exit code 0. It reads nothing. */
#include <stdio.h>

int main(void)
{
    /* e from its series, so the float is computed in the guest, not folded by the compiler
     * into a string. */
    volatile int terms = 15;
    double e = 0, term = 1;
    for (int k = 1; k <= terms; k++) {
        e += term;
        term /= k;
    }
    printf("Hello from Stardust! e = %.6f\n", e);
    return 0;
}
