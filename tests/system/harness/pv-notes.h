/*
 * pv-notes.h: the Xen ELF notes that make a tiny assembly program a bootable PV guest (for the
 * harness's own test guests, spin-guest.S and crash-guest.S). Include from a .S file that
 * defines _start and a page-aligned, page-sized hypercall_page; link with .note.Xen at 0x1000
 * and .text at 0x2000 (see tests/system/system.mk).
 */
#include <xen/elfnote.h>

#define SCHEDOP_block        1    /* xen/sched.h */
#define SCHEDOP_shutdown     2
#define SHUTDOWN_crash       3
#define HYPERVISOR_sched_op  29   /* xen/xen.h: __HYPERVISOR_sched_op */

/* One ELF note in Xen's format: name "Xen", then the descriptor. */
#define XEN_NOTE(type, desc_kind, desc)      \
    .balign 4;                               \
    .long 4, 3f - 2f, type;                  \
    .asciz "Xen";                            \
2:  desc_kind desc;                          \
3:

    .section .note.Xen, "a", @note
    XEN_NOTE(XEN_ELFNOTE_GUEST_OS, .asciz, "stardust-harness-test")
    XEN_NOTE(XEN_ELFNOTE_XEN_VERSION, .asciz, "xen-3.0")
    XEN_NOTE(XEN_ELFNOTE_LOADER, .asciz, "generic")
    XEN_NOTE(XEN_ELFNOTE_VIRT_BASE, .quad, 0)
    XEN_NOTE(XEN_ELFNOTE_PADDR_OFFSET, .quad, 0)
    XEN_NOTE(XEN_ELFNOTE_ENTRY, .quad, _start)
    XEN_NOTE(XEN_ELFNOTE_HYPERCALL_PAGE, .quad, hypercall_page)
