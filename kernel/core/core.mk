# kernel/core make rules
#
# KERNEL_CORE_SRCS: the portable core, freestanding C (no libc headers). The Xen part compiles
# these with GUEST_CFLAGS into build/kernel/libsd-xen.a; kernel/hosted/hosted.mk compiles them
# with HOST_CFLAGS into build/kernel/libsd-hosted.a. Both also need the context switch,
# KERNEL_SWITCH_SRC (same assembly on every platform).
# KERNEL_CORE_LIBC_SRCS: memcpy/memset/memmove/memcmp under their standard names, only for a
# guest linked WITHOUT newlib (bare test guests); compile it with -fno-builtin. Hosted links
# glibc and never uses it.
KERNEL_CORE_SRCS := $(addprefix kernel/core/, \
	boot.c cond.c console.c format.c heap.c irq.c mutex.c page_alloc.c printk.c sched.c \
	sem.c string.c thread.c timer.c waitq.c)
KERNEL_CORE_LIBC_SRCS := kernel/core/libc_names.c
KERNEL_SWITCH_SRC := kernel/arch/x86_64/switch.S
# Include path the core needs besides kernel/include (platform.h, core.h).
KERNEL_CORE_CFLAGS := -Ikernel/include -Ikernel/core
