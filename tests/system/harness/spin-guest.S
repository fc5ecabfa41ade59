/*
 * spin-guest.S: the smallest Xen PV guest that never ends: it blocks in SCHEDOP_block for ever
 * and prints nothing. The harness test boots it to check that sd-launch destroys a guest at its
 * timeout. (Stardust's real guests are built from kernel/; this one only needs the ELF notes.)
 */
#include <xen/elfnote.h>

#define SCHEDOP_block        1    /* xen/sched.h */
#define HYPERVISOR_sched_op  29   /* xen/xen.h: __HYPERVISOR_sched_op */

/* One ELF note in Xen's format: name "Xen", then the descriptor. */
#define XEN_NOTE(type, desc_kind, desc)      \
    .balign 4;                               \
    .long 4, 3f - 2f, type;                  \
    .asciz "Xen";                            \
2:  desc_kind desc;                          \
3:

    .section .note.Xen, "a", @note
    XEN_NOTE(XEN_ELFNOTE_GUEST_OS, .asciz, "spin-guest")
    XEN_NOTE(XEN_ELFNOTE_XEN_VERSION, .asciz, "xen-3.0")
    XEN_NOTE(XEN_ELFNOTE_LOADER, .asciz, "generic")
    XEN_NOTE(XEN_ELFNOTE_VIRT_BASE, .quad, 0)
    XEN_NOTE(XEN_ELFNOTE_PADDR_OFFSET, .quad, 0)
    XEN_NOTE(XEN_ELFNOTE_ENTRY, .quad, _start)
    XEN_NOTE(XEN_ELFNOTE_HYPERCALL_PAGE, .quad, hypercall_page)

    .text
    .globl _start
_start:
    /* Xen enters with a usable stack below the boot page tables. */
1:  mov $SCHEDOP_block, %edi
    xor %esi, %esi
    call hypercall_page + HYPERVISOR_sched_op * 32
    jmp 1b

    .balign 4096
hypercall_page:           /* Xen fills it with the hypercall stubs */
    .fill 4096, 1, 0
