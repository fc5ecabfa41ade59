# kernel/hosted make rules: build/kernel/libsd-hosted.a = kernel/core + the context switch +
# the Linux platform (this directory), for the host compiler. A program that defines sd_main
# links against it (and -lrt -pthread not needed: glibc 2.34+ has timer_create in libc).
#
# Core is compiled with -nostdinc plus only gcc's own headers: a libc header creeping into
# kernel/core fails this build, not just the guest's.

HOSTED_LIB      := $(BUILD)/kernel/libsd-hosted.a
HOSTED_OBJDIR   := $(BUILD)/kernel/hosted
HOSTED_SRCS     := $(addprefix kernel/hosted/, boot_module.c clock.c console.c events.c halt.c init.c \
                     main.c memory.c)
GCC_INCLUDE     := $(shell $(CC) -print-file-name=include)
HOSTED_CORE_CFLAGS := $(HOST_CFLAGS) -fno-omit-frame-pointer -ffreestanding -nostdinc \
                      -isystem $(GCC_INCLUDE) $(KERNEL_CORE_CFLAGS)
HOSTED_PLAT_CFLAGS := $(HOST_CFLAGS) -fno-omit-frame-pointer -Ikernel/include -Ikernel/core \
                      -Ikernel/hosted

HOSTED_CORE_OBJS := $(patsubst kernel/core/%.c,$(HOSTED_OBJDIR)/core/%.o,$(KERNEL_CORE_SRCS))
HOSTED_PLAT_OBJS := $(patsubst kernel/hosted/%.c,$(HOSTED_OBJDIR)/%.o,$(HOSTED_SRCS)) \
                    $(HOSTED_OBJDIR)/switch.o
HOSTED_HEADERS   := $(wildcard kernel/include/sd/*.h) kernel/core/platform.h \
                    kernel/core/core.h kernel/arch/x86_64/context.h kernel/hosted/hosted.h

ALL_TARGETS += $(HOSTED_LIB)

$(HOSTED_OBJDIR)/core/%.o: kernel/core/%.c $(HOSTED_HEADERS)
	@mkdir -p $(@D)
	$(CC) $(HOSTED_CORE_CFLAGS) -c $< -o $@

$(HOSTED_OBJDIR)/%.o: kernel/hosted/%.c $(HOSTED_HEADERS)
	@mkdir -p $(@D)
	$(CC) $(HOSTED_PLAT_CFLAGS) -c $< -o $@

$(HOSTED_OBJDIR)/switch.o: $(KERNEL_SWITCH_SRC)
	@mkdir -p $(@D)
	$(CC) -c $< -o $@

$(HOSTED_LIB): $(HOSTED_CORE_OBJS) $(HOSTED_PLAT_OBJS)
	@mkdir -p $(@D)
	rm -f $@ && ar rcs $@ $^
