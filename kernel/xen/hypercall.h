/* Hypercalls for a 64-bit PV guest, in two layers: the raw layer at the bottom (the hypercall
 * page and the register convention: sd_hypercallN), and above it the typed helpers (hyp_*), one
 * per hypercall the kernel uses; code outside this file calls only the helpers. Every helper
 * returns Xen's result: 0 or a positive value on success, a negative Xen errno (xen/errno.h)
 * on failure.
 * Context of every helper: any (hypercalls never block, except SCHEDOP_block). */
#ifndef SD_XEN_HYPERCALL_H
#define SD_XEN_HYPERCALL_H
#include <stdint.h>
#include <xen/xen.h>
#include <xen/callback.h>
#include <xen/event_channel.h>
#include <xen/grant_table.h>
#include <xen/memory.h>
#include <xen/sched.h>
#include <xen/vcpu.h>
#include <xen/version.h>

/* ---- bottom layer: the hypercall page and the register convention ---- */

/* Filled in by Xen at domain build (ELF note HYPERCALL_PAGE): 32 bytes per hypercall. */
extern char hypercall_page[4096];

#define SD_HYP_STR_(x) #x
#define SD_HYP_STR(x) SD_HYP_STR_(x)
/* nr must be a literal or a macro expanding to one (__HYPERVISOR_*). */
#define SD_HYP_CALL(nr) "call hypercall_page + (" SD_HYP_STR(nr) " * 32)"

/* Arguments in rdi, rsi, rdx, r10, r8; result in rax. Xen may clobber the argument registers,
 * and the transfer is a SYSCALL, which clobbers rcx and r11. */
#define sd_hypercall2(nr, a1, a2) ({                                                      \
    long res_, d_, s_;                                                                    \
    __asm__ volatile(SD_HYP_CALL(nr)                                                      \
                     : "=a"(res_), "=D"(d_), "=S"(s_)                                     \
                     : "1"((long)(a1)), "2"((long)(a2))                                   \
                     : "rcx", "r11", "memory");                                           \
    res_; })

#define sd_hypercall3(nr, a1, a2, a3) ({                                                  \
    long res_, d_, s_, dx_;                                                               \
    __asm__ volatile(SD_HYP_CALL(nr)                                                      \
                     : "=a"(res_), "=D"(d_), "=S"(s_), "=d"(dx_)                          \
                     : "1"((long)(a1)), "2"((long)(a2)), "3"((long)(a3))                  \
                     : "rcx", "r11", "memory");                                           \
    res_; })

#define sd_hypercall4(nr, a1, a2, a3, a4) ({                                              \
    long res_, d_, s_, dx_;                                                               \
    register long r10_ __asm__("r10") = (long)(a4);                                       \
    __asm__ volatile(SD_HYP_CALL(nr)                                                      \
                     : "=a"(res_), "=D"(d_), "=S"(s_), "=d"(dx_), "+r"(r10_)              \
                     : "1"((long)(a1)), "2"((long)(a2)), "3"((long)(a3))                  \
                     : "rcx", "r11", "memory");                                           \
    res_; })

/* ---- top layer: typed helpers ---- */

/* CONSOLEIO_write: only the initial domain's writes reach the hypervisor console. */
static inline long hyp_console_io(int cmd, int count, const char *buf)
{
    return sd_hypercall3(__HYPERVISOR_console_io, cmd, count, buf);
}

static inline long hyp_event_channel_op(int cmd, void *arg)
{
    return sd_hypercall2(__HYPERVISOR_event_channel_op, cmd, arg);
}

/* SCHEDOP_block, SCHEDOP_yield, SCHEDOP_shutdown (arg: struct sched_shutdown). */
static inline long hyp_sched_op(int cmd, void *arg)
{
    return sd_hypercall2(__HYPERVISOR_sched_op, cmd, arg);
}

/* table: trap_info entries ended by an all-zero entry. */
static inline long hyp_set_trap_table(const struct trap_info *table)
{
    return sd_hypercall2(__HYPERVISOR_set_trap_table, table, 0);
}

/* CALLBACKOP_register (arg: struct callback_register). */
static inline long hyp_callback_op(int cmd, void *arg)
{
    return sd_hypercall2(__HYPERVISOR_callback_op, cmd, arg);
}

/* Apply count page-table updates of the calling domain; *done (may be NULL) gets how many. */
static inline long hyp_mmu_update(mmu_update_t *reqs, unsigned count, unsigned *done)
{
    return sd_hypercall4(__HYPERVISOR_mmu_update, reqs, count, done, DOMID_SELF);
}

/* MMUEXT_* operations (TLB flushes, pinning) on the calling domain. */
static inline long hyp_mmuext_op(struct mmuext_op *ops, unsigned count, unsigned *done)
{
    return sd_hypercall4(__HYPERVISOR_mmuext_op, ops, count, done, DOMID_SELF);
}

/* Set the PTE mapping va in the current page tables; flags: UVMF_INVLPG etc. */
static inline long hyp_update_va_mapping(unsigned long va, uint64_t pte, unsigned long flags)
{
    return sd_hypercall3(__HYPERVISOR_update_va_mapping, va, pte, flags);
}

/* VCPUOP_set_singleshot_timer, VCPUOP_stop_periodic_timer, ... on vCPU vcpu. */
static inline long hyp_vcpu_op(int cmd, unsigned vcpu, void *arg)
{
    return sd_hypercall3(__HYPERVISOR_vcpu_op, cmd, vcpu, arg);
}

static inline long hyp_xen_version(int cmd, void *arg)
{
    return sd_hypercall2(__HYPERVISOR_xen_version, cmd, arg);
}

static inline long hyp_memory_op(int cmd, void *arg)
{
    return sd_hypercall2(__HYPERVISOR_memory_op, cmd, arg);
}

/* GNTTABOP_*: count operations of the type cmd names, in uop. */
static inline long hyp_grant_table_op(int cmd, void *uop, unsigned count)
{
    return sd_hypercall3(__HYPERVISOR_grant_table_op, cmd, uop, count);
}

#endif
