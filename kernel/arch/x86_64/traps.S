/* Trap and event-upcall entries of a 64-bit PV guest.
 *
 * Xen delivers exceptions and events on the current stack (the guest kernel never changes
 * privilege), aligned down to 16 bytes, as:
 *
 *   ss, rsp, rflags, cs, rip, [error code], r11, rcx      <- %rsp points at rcx
 *
 * rflags.IF in that frame is the inverse of the event mask at the time of delivery, and
 * HYPERVISOR_iret restores the mask from it; there is no red zone (-mno-red-zone) because
 * anything below %rsp may be overwritten at any moment. Each entry turns this into a
 * struct arch_regs (regs.h) and calls C. */
#include <xen/xen.h>
#include "regs.h"

/* Turn the Xen frame into the layout of struct arch_regs, from rip up; push vector. */
.macro ENTRY_NOERR name, vector
        .globl \name
        .type \name, @function
\name:
        movq (%rsp), %rcx
        movq 8(%rsp), %r11
        addq $16, %rsp          /* drop Xen's copies of rcx and r11 */
        pushq $0                /* no error code */
        pushq $\vector
        jmp trap_common
        .size \name, . - \name
.endm

.macro ENTRY_ERR name, vector
        .globl \name
        .type \name, @function
\name:
        movq (%rsp), %rcx
        movq 8(%rsp), %r11
        addq $16, %rsp          /* %rsp -> the error code */
        pushq $\vector
        jmp trap_common
        .size \name, . - \name
.endm

.macro SAVE_GPRS
        pushq %rax
        pushq %rbx
        pushq %rcx
        pushq %rdx
        pushq %rsi
        pushq %rdi
        pushq %rbp
        pushq %r8
        pushq %r9
        pushq %r10
        pushq %r11
        pushq %r12
        pushq %r13
        pushq %r14
        pushq %r15
.endm

.macro RESTORE_GPRS
        popq %r15
        popq %r14
        popq %r13
        popq %r12
        popq %r11
        popq %r10
        popq %r9
        popq %r8
        popq %rbp
        popq %rdi
        popq %rsi
        popq %rdx
        popq %rcx
        popq %rbx
        popq %rax
.endm

        .text
        ENTRY_NOERR arch_trap_divide_error, 0
        ENTRY_NOERR arch_trap_debug, 1
        ENTRY_NOERR arch_trap_int3, 3
        ENTRY_NOERR arch_trap_overflow, 4
        ENTRY_NOERR arch_trap_bounds, 5
        ENTRY_NOERR arch_trap_invalid_op, 6
        ENTRY_NOERR arch_trap_no_device, 7
        ENTRY_NOERR arch_trap_coproc_overrun, 9
        ENTRY_ERR   arch_trap_invalid_tss, 10
        ENTRY_ERR   arch_trap_segment_not_present, 11
        ENTRY_ERR   arch_trap_stack_segment, 12
        ENTRY_ERR   arch_trap_general_protection, 13
        ENTRY_ERR   arch_trap_page_fault, 14
        ENTRY_NOERR arch_trap_spurious, 15
        ENTRY_NOERR arch_trap_coproc_error, 16
        ENTRY_ERR   arch_trap_alignment_check, 17
        ENTRY_NOERR arch_trap_machine_check, 18
        ENTRY_NOERR arch_trap_simd_error, 19
        ENTRY_NOERR arch_trap_virt_exception, 20
        ENTRY_ERR   arch_trap_control_protection, 21

/* Every exception is fatal: save everything, then xen_trap() reports and crashes the
 * domain. It never returns. */
trap_common:
        cld
        SAVE_GPRS
        movq %rsp, %rdi
        /* A frame linking to the interrupted code, so the backtrace continues there. */
        pushq ARCH_REGS_RIP(%rdi)
        pushq ARCH_REGS_RBP(%rdi)
        movq %rsp, %rbp
        andq $-16, %rsp
        call xen_trap
        ud2

/* Event upcall (CALLBACKTYPE_event). Xen has masked events. Save all general registers and
 * the FPU/SSE state (the interrupted code may be in the middle of SSE work, and the C code
 * below, or a thread preempted in to, may use SSE too), run the dispatcher, which may switch
 * threads (sd_preempt) on this very stack, then return through HYPERVISOR_iret: it restores
 * the event mask from the saved rflags.IF and, when events are unmasked again, delivers any
 * that became pending meanwhile, so no event is lost between the check and the return. */
        .globl arch_upcall_entry
        .type arch_upcall_entry, @function
arch_upcall_entry:
        movq (%rsp), %rcx
        movq 8(%rsp), %r11
        addq $16, %rsp
        pushq $0
        pushq $ARCH_VECTOR_UPCALL
        cld
        SAVE_GPRS
        movq %rsp, %rbx                 /* callee-saved: the frame, across the call */
        pushq ARCH_REGS_RIP(%rbx)
        pushq ARCH_REGS_RBP(%rbx)
        movq %rsp, %rbp
        andq $-16, %rsp
        subq $512, %rsp
        fxsaveq (%rsp)                  /* needs 16-byte alignment */
        movq %rbx, %rdi
        call xen_upcall                 /* kernel/xen/irq.c */
        fxrstorq (%rsp)
        movq %rbx, %rsp
        RESTORE_GPRS
        addq $16, %rsp                  /* vector and error code */
        /* %rsp -> rip, cs, rflags, rsp, ss. The iret stub pushes rcx, r11 and rax itself, so
         * every register already holds the interrupted value; we add the flags word
         * (0: not returning from a syscall). */
        pushq $0
        jmp hypercall_page + __HYPERVISOR_iret * 32
        .size arch_upcall_entry, . - arch_upcall_entry

/* Failsafe callback: Xen could not restore segment registers on a return. Nothing can be
 * repaired here; report and crash. */
        .globl arch_failsafe_entry
        .type arch_failsafe_entry, @function
arch_failsafe_entry:
        cld
        andq $-16, %rsp
        xorl %ebp, %ebp
        call xen_failsafe
        ud2
        .size arch_failsafe_entry, . - arch_failsafe_entry

        .section .note.GNU-stack, "", @progbits
