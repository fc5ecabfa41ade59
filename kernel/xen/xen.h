/* The Xen PV platform's shared state: start_info, shared_info and the direct map.
 *
 * Every file in kernel/xen includes this first. The Xen public headers come from Debian's
 * libxen-dev; xen.mk defines __XEN_INTERFACE_VERSION__ so the modern hypercall numbers are used.
 *
 * Memory layout (x86_64 PV, VIRT_BASE 0): pseudo-physical frame n is mapped at virtual address
 * n * 4096 for every n < start_info->nr_pages (the direct map), except the first pages below
 * the kernel image, which stay unmapped so a NULL dereference faults. */
#ifndef SD_XEN_XEN_H
#define SD_XEN_XEN_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <xen/xen.h>

/* Set by the boot code before anything else runs; never changes afterwards. */
extern start_info_t *xen_start_info;
/* Mapped by xen_time_init's caller (boot.c) right after the page tables are set up; NULL
 * before. */
extern shared_info_t *xen_shared_info;

/* The direct-map address of a machine frame of this domain (through the M2P table). */
void *xen_mfn_to_virt(unsigned long mfn);
/* The machine frame holding the direct-map (or kernel image) address p. */
unsigned long xen_virt_to_mfn(const void *p);
/* The initial ramdisk (start_info's module) in the direct map and its length in *len; NULL
 * (and *len = 0) when the domain has none. Its pages are never given to the page allocator. */
const void *xen_module(size_t *len);
/* True in the initial domain (SIF_INITDOMAIN): console_io writes reach the hypervisor's
 * console, and there is no xenstore or console ring. */
bool xen_is_dom0(void);

/* This vCPU's (vCPU 0's) vcpu_info: upcall mask and pending flags, time, CR2. */
static inline struct vcpu_info *xen_vcpu(void)
{
    return &xen_shared_info->vcpu_info[0];
}

#endif
