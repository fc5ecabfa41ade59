/* A NULL dereference: the kernel must print its fault report (registers, faulting address,
 * backtrace) and end the domain with reason "crash". Printing the verdict below means the
 * read did not fault. */
#include <stdio.h>

/* Not inlined, so the backtrace has a frame of ours above main. The empty asm hides the
 * NULL from gcc, which would otherwise replace a known NULL load with a trap instruction. */
__attribute__((noinline)) static int read_null(void)
{
    volatile int *p = 0;
    __asm__ volatile("" : "+r"(p));
    return *p;
}

int main(void)
{
    printf("about to dereference NULL\n");
    fflush(stdout);
    int v = read_null();
    printf("VERDICT FAIL: reading NULL gave %d instead of a fault\n", v);
    return 1;
}
