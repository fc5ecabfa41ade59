/* Kernel thread context switch (see context.h for the frame layout). System V ABI: the same
 * code serves the Xen guest and the hosted build. */

	.text

/* void arch_context_switch(struct arch_context *from, struct arch_context *to) */
	.globl	arch_context_switch
	.type	arch_context_switch, @function
arch_context_switch:
	pushq	%rbp
	pushq	%rbx
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	subq	$8, %rsp
	stmxcsr	(%rsp)
	fnstcw	4(%rsp)
	movq	%rsp, (%rdi)

	movq	(%rsi), %rsp
	ldmxcsr	(%rsp)
	fldcw	4(%rsp)
	addq	$8, %rsp
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbx
	popq	%rbp
	ret
	.size	arch_context_switch, .-arch_context_switch

/* First instructions of a new thread: entry (r12) gets arg (r13). rsp is 16-byte aligned
 * here, as arch_context_init arranged, so the call below is ABI-conformant. */
	.globl	arch_thread_start
	.type	arch_thread_start, @function
arch_thread_start:
	movq	%r13, %rdi
	call	*%r12
	ud2
	.size	arch_thread_start, .-arch_thread_start

	.section .note.GNU-stack,"",@progbits
