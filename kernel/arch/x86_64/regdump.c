/* Register dump and frame-pointer backtrace, for fatal traps and panics. */
#include <stddef.h>
#include <sd/printk.h>
#include "regs.h"

_Static_assert(offsetof(struct arch_regs, rbp) == ARCH_REGS_RBP, "traps.S frame layout");
_Static_assert(offsetof(struct arch_regs, vector) == ARCH_REGS_VECTOR, "traps.S frame layout");
_Static_assert(offsetof(struct arch_regs, rip) == ARCH_REGS_RIP, "traps.S frame layout");
_Static_assert(sizeof(struct arch_regs) == ARCH_REGS_SIZE, "traps.S frame layout");

void arch_dump_regs(const struct arch_regs *r)
{
    printk("RIP: %016lx  RFLAGS: %016lx  CS: %04lx  SS: %04lx\n",
           (unsigned long)r->rip, (unsigned long)r->rflags, (unsigned long)(r->cs & 0xffff),
           (unsigned long)(r->ss & 0xffff));
    printk("RAX: %016lx  RBX: %016lx  RCX: %016lx\n", (unsigned long)r->rax,
           (unsigned long)r->rbx, (unsigned long)r->rcx);
    printk("RDX: %016lx  RSI: %016lx  RDI: %016lx\n", (unsigned long)r->rdx,
           (unsigned long)r->rsi, (unsigned long)r->rdi);
    printk("RBP: %016lx  RSP: %016lx  R8:  %016lx\n", (unsigned long)r->rbp,
           (unsigned long)r->rsp, (unsigned long)r->r8);
    printk("R9:  %016lx  R10: %016lx  R11: %016lx\n", (unsigned long)r->r9,
           (unsigned long)r->r10, (unsigned long)r->r11);
    printk("R12: %016lx  R13: %016lx  R14: %016lx\n", (unsigned long)r->r12,
           (unsigned long)r->r13, (unsigned long)r->r14);
    printk("R15: %016lx\n", (unsigned long)r->r15);
}

/* Each frame is [saved rbp][return address]; a sane chain grows upwards (towards older
 * frames) and ends with rbp = 0 (set by the boot code and the thread start-up). */
void arch_backtrace(uintptr_t rbp, int max, bool (*readable)(uintptr_t addr))
{
    printk("Backtrace:\n");
    for (int i = 0; i < max && rbp != 0; i++) {
        if ((rbp & 7) != 0 || !readable(rbp) || !readable(rbp + 8)) {
            printk("  [bad frame pointer %016lx]\n", (unsigned long)rbp);
            return;
        }
        const uintptr_t *frame = (const uintptr_t *)rbp;
        if (frame[1] == 0)
            return;
        printk("  %016lx\n", (unsigned long)frame[1]);
        if (frame[0] != 0 && frame[0] <= rbp) {
            printk("  [frame chain goes down at %016lx]\n", (unsigned long)rbp);
            return;
        }
        rbp = frame[0];
    }
}
