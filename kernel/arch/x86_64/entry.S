/* Boot entry of the Xen PV kernel: the ELF notes Xen's domain builder reads, the first
 * instructions, the boot stack and the hypercall page.
 *
 * Xen starts vCPU 0 in 64-bit mode at _start (the ENTRY note) with %rsi = start_info, on a
 * small bootstrap stack inside the initial mapping, events masked. We move to our own stack
 * at once so the bootstrap area can be freed. */
#include <xen/elfnote.h>

/* One ELF note: name "Xen", type, then the descriptor emitted by the caller between the
 * labels 1 and 2. */
.macro XEN_NOTE type
        .balign 4
        .long 4
        .long 2f - 1f
        .long \type
        .asciz "Xen"
1:
.endm
.macro XEN_NOTE_END
2:
        .balign 4
.endm

        .section .note.Xen, "a", @note
        XEN_NOTE XEN_ELFNOTE_GUEST_OS
        .asciz "Stardust"
        XEN_NOTE_END
        XEN_NOTE XEN_ELFNOTE_GUEST_VERSION
        .asciz "0.1"
        XEN_NOTE_END
        XEN_NOTE XEN_ELFNOTE_XEN_VERSION
        .asciz "xen-3.0"
        XEN_NOTE_END
        XEN_NOTE XEN_ELFNOTE_LOADER
        .asciz "generic"
        XEN_NOTE_END
        /* Virtual address = pseudo-physical address: the direct map is the identity. */
        XEN_NOTE XEN_ELFNOTE_VIRT_BASE
        .quad 0
        XEN_NOTE_END
        XEN_NOTE XEN_ELFNOTE_PADDR_OFFSET
        .quad 0
        XEN_NOTE_END
        XEN_NOTE XEN_ELFNOTE_ENTRY
        .quad _start
        XEN_NOTE_END
        XEN_NOTE XEN_ELFNOTE_HYPERCALL_PAGE
        .quad hypercall_page
        XEN_NOTE_END
        /* Page tables are updated through hypercalls only. */
        XEN_NOTE XEN_ELFNOTE_FEATURES
        .asciz "!writable_page_tables"
        XEN_NOTE_END

        .section .text.boot, "ax", @progbits
        .globl _start
        .type _start, @function
_start:
        cld
        leaq boot_stack_top(%rip), %rsp
        xorl %ebp, %ebp                 /* the end of every frame-pointer chain */
        movq %rsi, %rdi
        call xen_boot                   /* kernel/xen/boot.c; never returns */
        ud2
        .size _start, . - _start

/* Xen writes 32 bytes of stub per hypercall here while building the domain. It stays
 * executable and read-only, like the rest of .text. */
        .section .text.hypercall_page, "ax", @progbits
        .balign 4096
        .globl hypercall_page
        .type hypercall_page, @object
hypercall_page:
        .fill 4096, 1, 0xcc
        .size hypercall_page, 4096

/* The boot stack becomes the boot thread's stack (sd_sched_init). The page below it is a
 * guard: kernel/xen/mm.c leaves it unmapped. */
        .section .bss.boot_stack, "aw", @nobits
        .balign 4096
        .globl boot_stack_guard
boot_stack_guard:
        .skip 4096
        .globl boot_stack
boot_stack:
        .skip 65536
        .globl boot_stack_top
boot_stack_top:

/* The shared_info page is mapped over this page at boot (kernel/xen/mm.c). */
        .section .bss.shared_info, "aw", @nobits
        .balign 4096
        .globl xen_shared_info_page
xen_shared_info_page:
        .skip 4096

        .section .note.GNU-stack, "", @progbits
