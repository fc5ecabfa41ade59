/* The register frame the trap and upcall entries (traps.S) build on the stack.
 *
 *   high   ss, rsp, rflags, cs, rip      as Xen delivered them (rcx/r11 already popped)
 *          error                          the CPU's error code, 0 when there is none
 *          vector                         exception vector; ARCH_VECTOR_UPCALL for events
 *   low    rax ... r15                    general registers, r15 at the lowest address
 *
 * Offsets are fixed: traps.S uses ARCH_REGS_* below, checked by static asserts in regdump.c. */
#ifndef SD_ARCH_X86_64_REGS_H
#define SD_ARCH_X86_64_REGS_H

#define ARCH_VECTOR_UPCALL  0xffff
#define ARCH_REGS_RBP       (8 * 8)
#define ARCH_REGS_VECTOR    (15 * 8)
#define ARCH_REGS_RIP       (17 * 8)
#define ARCH_REGS_SIZE      (22 * 8)

#ifndef __ASSEMBLER__
#include <stdbool.h>
#include <stdint.h>

struct arch_regs {
    uint64_t r15, r14, r13, r12, r11, r10, r9, r8;
    uint64_t rbp, rdi, rsi, rdx, rcx, rbx, rax;
    uint64_t vector, error;
    uint64_t rip, cs, rflags, rsp, ss;
};

/* Print every register of r to the console. Context: any. */
void arch_dump_regs(const struct arch_regs *r);
/* Print the return addresses of the frame-pointer chain starting at frame pointer rbp, at
 * most max frames; readable(addr) must say whether 16 bytes at addr can be read. */
void arch_backtrace(uintptr_t rbp, int max, bool (*readable)(uintptr_t addr));

/* Entry points in traps.S, installed by kernel/xen/traps.c. */
void arch_trap_divide_error(void);
void arch_trap_debug(void);
void arch_trap_int3(void);
void arch_trap_overflow(void);
void arch_trap_bounds(void);
void arch_trap_invalid_op(void);
void arch_trap_no_device(void);
void arch_trap_coproc_overrun(void);
void arch_trap_invalid_tss(void);
void arch_trap_segment_not_present(void);
void arch_trap_stack_segment(void);
void arch_trap_general_protection(void);
void arch_trap_page_fault(void);
void arch_trap_spurious(void);
void arch_trap_coproc_error(void);
void arch_trap_alignment_check(void);
void arch_trap_machine_check(void);
void arch_trap_simd_error(void);
void arch_trap_virt_exception(void);
void arch_trap_control_protection(void);
void arch_upcall_entry(void);
void arch_failsafe_entry(void);

#endif
#endif
