/*
 * crash-guest.S: a Xen PV guest that reports a crash to Xen at once
 * (SCHEDOP_shutdown, SHUTDOWN_crash), so the harness test can check that sd-launch reports
 * reason "crash" and cleans up.
 */
#include "pv-notes.h"

    .text
    .globl _start
_start:
    mov $SCHEDOP_shutdown, %edi
    lea shutdown_arg(%rip), %rsi
    call hypercall_page + HYPERVISOR_sched_op * 32
1:  jmp 1b                /* not reached: a crashed domain does not run again */

    .balign 4
shutdown_arg:             /* struct sched_shutdown */
    .long SHUTDOWN_crash

    .balign 4096
hypercall_page:           /* Xen fills it with the hypercall stubs */
    .fill 4096, 1, 0
