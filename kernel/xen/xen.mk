# kernel/xen make rules: the Xen PV platform (kernel/xen + kernel/arch/x86_64 + kernel/core)
#
# What other fragments use (all defined below):
#   SD_XEN_LIB         build/kernel/libsd-xen.a: the whole kernel for a Xen PV guest
#   SD_XEN_BOOT_OBJS   objects every guest links explicitly (entry, ELF notes, hypercall page)
#   SD_XEN_BARE_OBJS   memcpy & co. under their standard names, for a guest linked WITHOUT
#                      newlib (core's KERNEL_CORE_LIBC_SRCS)
#   SD_XEN_CFLAGS      compile flags for kernel code and bare (libc-less) guest code
#   KERNEL_XEN_DEPS    what a guest link depends on (objects, library, linker script)
#   $(call sd_link_guest,OUT.elf,OBJECTS AND LIBS)
#                      link a guest: our linker script, -nostdlib -static -z noexecstack, all
#                      objects and libraries in one group with libsd-xen.a (group markers in
#                      OBJECTS are dropped: ld cannot nest groups); fails (and removes OUT)
#                      if the result has a writable+executable segment or an executable stack.
DEBIAN_PACKAGES += libxen-dev qemu-system-x86

SD_XEN_OBJDIR := $(BUILD)/kernel/xen-obj
SD_XEN_LIB    := $(BUILD)/kernel/libsd-xen.a
SD_XEN_LDS    := kernel/arch/x86_64/kernel.ld
# Xen's public headers without the rest of /usr/include.
SD_XEN_HDRS   := $(BUILD)/kernel/include/xen

SD_XEN_CORE_SRCS := $(if $(KERNEL_CORE_SRCS),$(KERNEL_CORE_SRCS),$(wildcard kernel/core/*.c))
SD_XEN_SWITCH    := $(if $(KERNEL_SWITCH_SRC),$(KERNEL_SWITCH_SRC),kernel/arch/x86_64/switch.S)
SD_XEN_LIB_SRCS  := $(wildcard kernel/xen/*.c) kernel/arch/x86_64/traps.S \
                    kernel/arch/x86_64/regdump.c $(SD_XEN_SWITCH) $(SD_XEN_CORE_SRCS)
SD_XEN_LIB_OBJS  := $(SD_XEN_LIB_SRCS:%=$(SD_XEN_OBJDIR)/%.o)
SD_XEN_BOOT_OBJS := $(SD_XEN_OBJDIR)/kernel/arch/x86_64/entry.S.o
SD_XEN_BARE_SRCS := $(if $(KERNEL_CORE_LIBC_SRCS),$(KERNEL_CORE_LIBC_SRCS),kernel/core/libc_names.c)
SD_XEN_BARE_OBJS := $(SD_XEN_BARE_SRCS:%=$(SD_XEN_OBJDIR)/%.o)
KERNEL_XEN_DEPS  := $(SD_XEN_BOOT_OBJS) $(SD_XEN_LIB) $(SD_XEN_LDS)

# The default (small) code model: everything is linked below 2 GiB. The interface version
# selects the current hypercall numbers and structures.
SD_XEN_CFLAGS := $(GUEST_CFLAGS) -mcmodel=small -nostdinc -isystem $(shell $(CC) -print-file-name=include) \
                 -Ikernel/include -Ikernel/core -I$(BUILD)/kernel/include \
                 -D__XEN_INTERFACE_VERSION__=0x00040d00

$(SD_XEN_HDRS):
	@mkdir -p $(@D)
	ln -sfn /usr/include/xen $@

$(SD_XEN_OBJDIR)/%.c.o: %.c | $(SD_XEN_HDRS)
	@mkdir -p $(@D)
	$(CC) $(SD_XEN_CFLAGS) $(if $(filter $(SD_XEN_BARE_SRCS),$<),-fno-builtin) -MMD -MP -c $< -o $@

$(SD_XEN_OBJDIR)/%.S.o: %.S | $(SD_XEN_HDRS)
	@mkdir -p $(@D)
	$(CC) $(SD_XEN_CFLAGS) -D__ASSEMBLY__ -MMD -MP -c $< -o $@

$(SD_XEN_LIB): $(SD_XEN_LIB_OBJS)
	@mkdir -p $(@D)
	rm -f $@ && ar rcs $@ $^

-include $(SD_XEN_LIB_OBJS:.o=.d) $(SD_XEN_BOOT_OBJS:.o=.d) $(SD_XEN_BARE_OBJS:.o=.d)

sd_xen_comma := ,
define sd_link_guest
	@mkdir -p $(dir $(1))
	$(CC) -nostdlib -static -no-pie -Wl,--build-id=none -Wl,-T,$(SD_XEN_LDS) \
	    -Wl,-z,noexecstack -Wl,-z,max-page-size=4096 -Wl,--gc-sections -o $(1) \
	    $(SD_XEN_BOOT_OBJS) -Wl,--start-group \
	    $(filter-out -Wl$(sd_xen_comma)--start-group -Wl$(sd_xen_comma)--end-group,$(2)) \
	    $(SD_XEN_LIB) -Wl,--end-group
	@kernel/arch/x86_64/check-elf.sh $(1) || { rm -f $(1); exit 1; }
endef

ALL_TARGETS += $(SD_XEN_LIB) $(SD_XEN_BOOT_OBJS) $(SD_XEN_BARE_OBJS)

# ---- check-xen-platform: the platform booted as dom0 under Xen in QEMU ------------------------
# kernel/xen/test/platform-guest.c is a bare guest (kernel API only); platform_test (Check)
# boots it once per case with run-dom0.sh, using the sandbox's unpacked hypervisor.
SD_XEN_TEST_DIR   := $(BUILD)/kernel/xen-test
SD_XEN_TEST_GUEST := $(SD_XEN_TEST_DIR)/platform-guest.elf
SD_XEN_TEST_BIN   := $(SD_XEN_TEST_DIR)/platform_test
SD_XEN_HYPERVISOR := $(BUILD)/sandbox/xen

$(SD_XEN_TEST_DIR)/platform-guest.o: kernel/xen/test/platform-guest.c | $(SD_XEN_HDRS)
	@mkdir -p $(@D)
	$(CC) $(SD_XEN_CFLAGS) -Wno-infinite-recursion -MMD -MP -c $< -o $@

$(SD_XEN_TEST_GUEST): $(SD_XEN_TEST_DIR)/platform-guest.o $(KERNEL_XEN_DEPS) $(SD_XEN_BARE_OBJS)
	$(call sd_link_guest,$@,$< $(SD_XEN_BARE_OBJS))

$(SD_XEN_TEST_BIN): kernel/xen/test/platform_test.c
	@mkdir -p $(@D)
	$(CC) $(HOST_CFLAGS) $$(pkg-config --cflags check) $< -o $@ $$(pkg-config --libs check)

-include $(SD_XEN_TEST_DIR)/platform-guest.d

.PHONY: check-xen-platform
check-xen-platform: $(SD_XEN_TEST_GUEST) $(SD_XEN_TEST_BIN) $(BUILD)/sandbox/fetched
	@mkdir -p $(BUILD)/results && rm -f $(BUILD)/results/xen-platform.txt
	tests/lib/run-check.sh $(BUILD)/results/xen-platform.txt $(SD_XEN_TEST_BIN) \
	    kernel/xen/test/run-dom0.sh $(SD_XEN_HYPERVISOR) $(SD_XEN_TEST_GUEST)

ALL_TARGETS  += $(SD_XEN_TEST_GUEST) $(SD_XEN_TEST_BIN)
CHECK_SUITES += check-xen-platform

# ---- bench-kernel-size: stripped size of the hello guest ----------------------------------------
# The libc engineer's C hello (build/guests/hello-c.elf) when it builds, else our bare platform
# test guest.
.PHONY: bench-kernel-size
bench-kernel-size: $(SD_XEN_TEST_GUEST)
	@mkdir -p $(BUILD)/bench
	@-$(MAKE) --no-print-directory $(BUILD)/guests/hello-c.elf >/dev/null 2>&1
	@g=$(BUILD)/guests/hello-c.elf; [ -f $$g ] || g=$(SD_XEN_TEST_GUEST); \
	  strip -o $(BUILD)/bench/kernel-size.elf $$g && \
	  set -- $$(size $$g | tail -n 1) && \
	  echo "kernel-size: $$(stat -c %s $(BUILD)/bench/kernel-size.elf) bytes stripped ($$g; text $$1, data $$2, bss $$3)" \
	    > $(BUILD)/bench/kernel-size.txt && rm -f $(BUILD)/bench/kernel-size.elf
	@cat $(BUILD)/bench/kernel-size.txt

BENCH_TARGETS += bench-kernel-size
