/* The kernel thread context switch, x86_64 System V ABI. Shared by every platform: core's
 * scheduler calls it, switch.S implements it.
 *
 * A suspended thread's state lives on its own stack; the context holds only the stack pointer.
 * arch_context_switch saves what the ABI says survives a call (rbx, rbp, r12-r15) plus the
 * control words that the ABI also declares callee-saved (MXCSR, x87 control word). Everything
 * else of the FPU/SSE state is caller-saved at a voluntary switch; on preemption the platform's
 * event entry (Xen upcall, hosted signal frame) has already saved it on the interrupted stack.
 *
 * Saved frame, lowest address first (ctx->rsp points at it):
 *
 *   +0  MXCSR (4 bytes) | x87 control word (2) | pad (2)
 *   +8  r15   +16 r14   +24 r13   +32 r12   +40 rbx   +48 rbp
 *   +56 return address
 */
#ifndef SD_ARCH_X86_64_CONTEXT_H
#define SD_ARCH_X86_64_CONTEXT_H
#include <stdint.h>

struct arch_context {
    uintptr_t rsp;      /* saved stack pointer of a suspended thread */
};

/* Save the current registers into from, load to's and continue there. Returns when someone
 * switches back to from. Context: events masked (the caller's business, not checked here). */
void arch_context_switch(struct arch_context *from, struct arch_context *to);

/* First code of a new thread (switch.S): calls entry(arg) from r12/r13; entry must not
 * return. */
void arch_thread_start(void);

#define ARCH_CONTEXT_FRAME_WORDS 8
#define ARCH_MXCSR_DEFAULT  0x1f80u     /* all exceptions masked, round to nearest */
#define ARCH_FPUCW_DEFAULT  0x037fu     /* all exceptions masked, extended precision */

/* Prepare ctx so that the first switch to it runs entry(arg) on the stack ending at stack_top,
 * with rbp = 0 (backtraces stop there) and default FPU control words. Never fails. */
static inline void arch_context_init(struct arch_context *ctx, void *stack_top,
                                     void (*entry)(void *), void *arg)
{
    /* 16-byte aligned top, one zero word as a fake return address, then the frame placed so
     * that rsp is 16-byte aligned right after the final `ret` (the stub's `call` needs it). */
    uintptr_t top = (uintptr_t)stack_top & ~(uintptr_t)15;
    uint64_t *f = (uint64_t *)(top - 16 - 8 * ARCH_CONTEXT_FRAME_WORDS);

    f[0] = ARCH_MXCSR_DEFAULT | ((uint64_t)ARCH_FPUCW_DEFAULT << 32);
    f[1] = 0;                           /* r15 */
    f[2] = 0;                           /* r14 */
    f[3] = (uintptr_t)arg;              /* r13 */
    f[4] = (uintptr_t)entry;            /* r12 */
    f[5] = 0;                           /* rbx */
    f[6] = 0;                           /* rbp */
    f[7] = (uintptr_t)arch_thread_start;
    f[8] = 0;                           /* fake return address of the stub */
    f[9] = 0;
    ctx->rsp = (uintptr_t)f;
}

#endif
