/*
 * spin-guest.S: the smallest Xen PV guest that never ends: it blocks in SCHEDOP_block for ever
 * and prints nothing. The harness test boots it to check that sd-launch destroys a guest at its
 * timeout. (Stardust's real guests are built from kernel/; this one only needs the ELF notes.)
 */
#include "pv-notes.h"

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
