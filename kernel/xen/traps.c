/* Trap table and callbacks; what happens on a fault: report, then crash the domain.
 *
 * Every exception the kernel can take is a bug (there is no user mode and no demand paging),
 * so each one prints the registers, the faulting address for a page fault (Xen stores CR2 in
 * vcpu_info before delivering #PF) and a frame-pointer backtrace, then shuts the domain down
 * with reason crash, so the toolstack sees "crashed" rather than a hang. */
#include "xen.h"
#include <xen/callback.h>
#include <sd/printk.h>
#include <sd/thread.h>
#include "../arch/x86_64/regs.h"
#include "../core/platform.h"
#include "hypercall.h"
#include "xen_internal.h"

#define BACKTRACE_MAX 32

extern char _text[], _etext[];     /* kernel.ld */
/* trap_info.flags: DPL in bits 0-1; bit 2 masks events on entry (like an interrupt gate). */
#define TI_MASK_EVENTS 4
#define TRAP(vec, dpl, fn) { (vec), (dpl) | TI_MASK_EVENTS, FLAT_KERNEL_CS, (unsigned long)(fn) }

static const struct trap_info trap_table[] = {
    TRAP(0, 0, arch_trap_divide_error),
    TRAP(1, 0, arch_trap_debug),
    TRAP(3, 3, arch_trap_int3),
    TRAP(4, 3, arch_trap_overflow),
    TRAP(5, 3, arch_trap_bounds),
    TRAP(6, 0, arch_trap_invalid_op),
    TRAP(7, 0, arch_trap_no_device),
    TRAP(9, 0, arch_trap_coproc_overrun),
    TRAP(10, 0, arch_trap_invalid_tss),
    TRAP(11, 0, arch_trap_segment_not_present),
    TRAP(12, 0, arch_trap_stack_segment),
    TRAP(13, 0, arch_trap_general_protection),
    TRAP(14, 0, arch_trap_page_fault),
    TRAP(15, 0, arch_trap_spurious),
    TRAP(16, 0, arch_trap_coproc_error),
    TRAP(17, 0, arch_trap_alignment_check),
    TRAP(18, 0, arch_trap_machine_check),
    TRAP(19, 0, arch_trap_simd_error),
    TRAP(20, 0, arch_trap_virt_exception),
    TRAP(21, 0, arch_trap_control_protection),
    { 0, 0, 0, 0 },
};

static const char *const trap_names[] = {
    "divide error", "debug", "NMI", "breakpoint", "overflow", "bound range exceeded",
    "invalid opcode", "device not available", "double fault", "coprocessor segment overrun",
    "invalid TSS", "segment not present", "stack-segment fault", "general protection fault",
    "page fault", "spurious interrupt", "x87 floating-point error", "alignment check",
    "machine check", "SIMD floating-point error", "virtualization exception",
    "control protection fault",
};

static void register_callback(unsigned type, void (*fn)(void), uint16_t flags)
{
    struct callback_register cb = {
        .type = type,
        .flags = flags,
        .address = (unsigned long)fn,
    };
    long rc = hyp_callback_op(CALLBACKOP_register, &cb);
    if (rc != 0)
        panic("traps: callback %u refused (%ld)", type, rc);
}

void xen_traps_init(void)
{
    long rc = hyp_set_trap_table(trap_table);
    if (rc != 0)
        panic("traps: set_trap_table refused (%ld)", rc);
    register_callback(CALLBACKTYPE_event, arch_upcall_entry, 0);
    register_callback(CALLBACKTYPE_failsafe, arch_failsafe_entry, CALLBACKF_mask_events);
}

static void print_page_fault(const struct arch_regs *r)
{
    unsigned long cr2 = xen_shared_info ? xen_vcpu()->arch.cr2 : 0;
    unsigned long e = r->error;
    printk("page fault at address %016lx: %s, %s%s%s\n", cr2,
           (e & 1) ? "protection violation" : "page not present",
           (e & 16) ? "instruction fetch" : (e & 2) ? "write" : "read",
           (e & 8) ? ", reserved bit set" : "",
           (cr2 < 0x10000) ? " (NULL pointer?)" : "");
}

/* A fault while reporting a fault: don't try again, just stop. */
static bool in_trap;

_Noreturn void xen_trap(struct arch_regs *r)
{
    if (in_trap)
        plat_halt(true, 1);
    in_trap = true;
    const char *name = r->vector < sizeof(trap_names) / sizeof(trap_names[0])
                           ? trap_names[r->vector] : "unknown";
    struct sd_thread *self = sd_thread_self();
    printk("\n*** fatal trap %lu (%s), error code 0x%lx, at %016lx, thread %s\n",
           (unsigned long)r->vector, name, (unsigned long)r->error, (unsigned long)r->rip,
           self ? sd_thread_name(self) : "(boot)");
    if (r->vector == 14)
        print_page_fault(r);
    arch_dump_regs(r);
    printk("  %016lx (faulting instruction)\n", (unsigned long)r->rip);
    /* A jump or call outside the code leaves the caller's return address at the top of the
     * stack, not in a frame. */
    if ((r->rip < (uintptr_t)_text || r->rip >= (uintptr_t)_etext) && xen_va_readable(r->rsp))
        printk("  %016lx (top of stack: the caller?)\n", *(unsigned long *)r->rsp);
    arch_backtrace(r->rbp, BACKTRACE_MAX, xen_va_readable);
    printk("*** crashing the domain\n");
    plat_halt(true, 1);
}

_Noreturn void xen_failsafe(void)
{
    printk("\n*** Xen failsafe callback: a segment register could not be restored\n");
    plat_halt(true, 1);
}

void plat_backtrace(void)
{
    arch_backtrace((uintptr_t)__builtin_frame_address(0), BACKTRACE_MAX, xen_va_readable);
}
