/* setjmp and longjmp for x86_64 (System V ABI), replacing newlib 3.3.0's, whose longjmp makes
 * setjmp return 0 when given 0 (C11 7.13.2.1 says it must then return 1). build-newlib.sh
 * removes newlib's object from libc.a so only these can be linked.
 *
 * jmp_buf (newlib: 8 long longs): the callee-saved registers rbx rbp r12 r13 r14 r15, the
 * stack pointer as it is after setjmp returns, and the address setjmp returns to. Nothing is
 * kept below the stack pointer at any moment: Xen delivers events on the current stack. */

    .section .text.setjmp, "ax", @progbits
    .globl setjmp
    .type setjmp, @function
setjmp:
    movq %rbx, 0(%rdi)
    movq %rbp, 8(%rdi)
    movq %r12, 16(%rdi)
    movq %r13, 24(%rdi)
    movq %r14, 32(%rdi)
    movq %r15, 40(%rdi)
    leaq 8(%rsp), %rdx          /* the caller's stack pointer once we have returned */
    movq %rdx, 48(%rdi)
    movq (%rsp), %rdx           /* where we return to */
    movq %rdx, 56(%rdi)
    xorl %eax, %eax
    ret
    .size setjmp, . - setjmp

    .section .text.longjmp, "ax", @progbits
    .globl longjmp
    .type longjmp, @function
longjmp:
    movl %esi, %eax             /* setjmp's second return value: val, or 1 when val is 0 */
    testl %eax, %eax
    jnz 1f
    incl %eax
1:  movq 0(%rdi), %rbx
    movq 8(%rdi), %rbp
    movq 16(%rdi), %r12
    movq 24(%rdi), %r13
    movq 32(%rdi), %r14
    movq 40(%rdi), %r15
    movq 48(%rdi), %rsp
    jmpq *56(%rdi)
    .size longjmp, . - longjmp

    .section .note.GNU-stack, "", @progbits
