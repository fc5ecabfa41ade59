# runtime/jvm: make rules (see the top-level Makefile for the shared lists)
#
#   build/bin/stardust-java     the VM as a Linux program
#   JVM_CLASSFILE_SRCS          the sources a standalone class file checker needs (fuzz target):
#                               classfile.c and verify.c, libc only (classfile_check in classfile.h)
#   make jvm-switch             the same VM with switch dispatch (debugging)

JVM_DIR      := runtime/jvm
JVM_CLASSFILE_SRCS := $(JVM_DIR)/classfile.c $(JVM_DIR)/verify.c
JVM_SRCS     := $(addprefix $(JVM_DIR)/, classfile.c symbol.c heap.c gc.c class.c resolve.c \
                  verify.c interp.c exception.c string.c thread.c monitor.c native.c native_lang.c \
                  native_misc.c native_io.c fmt_double.c lambda.c vm_start.c main.c platform_posix.c platform_files.c)
JVM_OBJDIR   := $(BUILD)/runtime/jvm
JVM_OBJS     := $(patsubst $(JVM_DIR)/%.c,$(JVM_OBJDIR)/%.o,$(JVM_SRCS))
JVM_CFLAGS   := $(HOST_CFLAGS) -ffp-contract=off -fno-strict-aliasing -pthread
# Linked statically: no dynamic loader work at start-up (about 2 ms of a hello world).
JVM_BIN      := $(BUILD)/bin/stardust-java

ALL_TARGETS  += $(JVM_BIN)

$(JVM_OBJDIR)/%.o: $(JVM_DIR)/%.c $(wildcard $(JVM_DIR)/*.h)
	@mkdir -p $(@D)
	$(CC) $(JVM_CFLAGS) -c $< -o $@

$(JVM_BIN): $(JVM_OBJS)
	@mkdir -p $(@D)
	$(CC) $(JVM_CFLAGS) -static -o $@ $(JVM_OBJS) -lm

.PHONY: jvm-switch
jvm-switch: $(JVM_SRCS)
	@mkdir -p $(BUILD)/bin
	$(CC) $(JVM_CFLAGS) -O0 -DJVM_SWITCH_DISPATCH -o $(BUILD)/bin/stardust-java-switch $(JVM_SRCS) -lm

# ---- check-jvm: Check unit tests of VM internals (runtime/jvm/tests) --------------------------
JVM_CHECK_BIN  := $(BUILD)/tests/jvm/check-jvm
JVM_CHECK_SRCS := $(JVM_DIR)/tests/check_jvm.c $(addprefix $(JVM_DIR)/, classfile.c verify.c fmt_double.c \
                    symbol.c platform_posix.c platform_files.c)
CHECK_SUITES   += check-jvm
DEBIAN_PACKAGES += check pkg-config

$(JVM_CHECK_BIN): $(JVM_CHECK_SRCS) $(wildcard $(JVM_DIR)/*.h)
	@mkdir -p $(@D)
	$(CC) $(JVM_CFLAGS) $(shell pkg-config --cflags check 2>/dev/null) -o $@ $(JVM_CHECK_SRCS) \
	  $(shell pkg-config --libs check 2>/dev/null) -lm

.PHONY: check-jvm
check-jvm: $(JVM_CHECK_BIN)
	@mkdir -p $(BUILD)/results && rm -f $(BUILD)/results/jvm.txt
	tests/lib/run-check.sh $(BUILD)/results/jvm.txt $(JVM_CHECK_BIN)

# ---- bench-vm-footprint: start-up time, peak RSS and text size of stardust-java -----------------
# (throughput against OpenJDK is tests/bench's bench-jvm)
BENCH_TARGETS += bench-vm-footprint
DEBIAN_PACKAGES += time

.PHONY: bench-vm-footprint
bench-vm-footprint: $(JVM_BIN) $(BUILD)/classlib/.built
	@mkdir -p $(BUILD)/bench
	@$(JVM_DIR)/bench.sh $(JVM_BIN) $(BUILD) > $(BUILD)/bench/vm-footprint.txt

# ---- the VM in the unikernel (runtime/jvm/guest) ------------------------------------------------
#   build/runtime/jvm/guest/libjvm.a   the VM core for the guest (newlib; platform-neutral files
#                                       plus platform_files.c)
#   JVM_GUEST_OBJS                      the guest's platform, java.conf parser and launcher (main)
#   build/guest/java.elf                the PV kernel that boots into Java: kernel + VM + libc
#   build/guest/java-stripped.elf       the same without symbols (what images carry)
JVM_CORE_SRCS      := $(filter-out $(JVM_DIR)/main.c $(JVM_DIR)/platform_posix.c,$(JVM_SRCS))
JVM_GUEST_OBJDIR   := $(BUILD)/runtime/jvm/guest
JVM_GUEST_LIB      := $(JVM_GUEST_OBJDIR)/libjvm.a
JVM_GUEST_CORE_OBJS := $(patsubst $(JVM_DIR)/%.c,$(JVM_GUEST_OBJDIR)/core/%.o,$(JVM_CORE_SRCS))
JVM_GUEST_SRCS     := $(addprefix $(JVM_DIR)/guest/, platform_kernel.c java_conf.c launcher.c)
JVM_GUEST_OBJS     := $(patsubst $(JVM_DIR)/guest/%.c,$(JVM_GUEST_OBJDIR)/%.o,$(JVM_GUEST_SRCS))
JVM_GUEST_CFLAGS   := $(GUEST_APP_CFLAGS) $(SDFS_CFLAGS) -ffp-contract=off -fno-strict-aliasing
# libsdfs (the image reader, sdfs_root) unless runtime/libc already links it for every guest
JVM_GUEST_LIBS     := $(JVM_GUEST_LIB) $(filter-out $(GUEST_APP_LIBS),$(SDFS_GUEST_LIB))
JAVA_ELF           := $(BUILD)/guest/java.elf
JAVA_ELF_STRIPPED  := $(BUILD)/guest/java-stripped.elf

$(JVM_GUEST_OBJDIR)/core/%.o: $(JVM_DIR)/%.c $(NEWLIB)/.built
	@mkdir -p $(@D)
	$(CC) $(JVM_GUEST_CFLAGS) -MMD -MP -c $< -o $@
$(JVM_GUEST_OBJDIR)/%.o: $(JVM_DIR)/guest/%.c $(NEWLIB)/.built
	@mkdir -p $(@D)
	$(CC) $(JVM_GUEST_CFLAGS) -MMD -MP -c $< -o $@

$(JVM_GUEST_LIB): $(JVM_GUEST_CORE_OBJS)
	@rm -f $@
	ar rcs $@ $^

$(JAVA_ELF): $(JVM_GUEST_OBJS) $(JVM_GUEST_LIBS) $(GUEST_APP_LIBS) $(KERNEL_XEN_DEPS)
	$(call sd_link_c_app,$@,$(JVM_GUEST_OBJS) $(JVM_GUEST_LIBS))
$(JAVA_ELF_STRIPPED): $(JAVA_ELF)
	strip -o $@ $<

-include $(JVM_GUEST_CORE_OBJS:.o=.d) $(JVM_GUEST_OBJS:.o=.d)
ALL_TARGETS += $(JVM_GUEST_LIB) $(JVM_GUEST_OBJS)
ifneq ($(value sd_link_guest),)
ALL_TARGETS += $(JAVA_ELF) $(JAVA_ELF_STRIPPED)
endif

# ---- check-jvm-guest: the guest launcher's java.conf handling, on the host (Check) ------------
JVM_GUEST_CHECK_BIN  := $(BUILD)/tests/jvm/check-jvm-guest
JVM_GUEST_CHECK_SRCS := $(JVM_DIR)/guest/tests/check_java_conf.c $(JVM_DIR)/guest/java_conf.c
CHECK_SUITES += check-jvm-guest
ALL_TARGETS  += $(JVM_GUEST_CHECK_BIN)

$(JVM_GUEST_CHECK_BIN): $(JVM_GUEST_CHECK_SRCS) $(JVM_DIR)/guest/java_conf.h
	@mkdir -p $(@D)
	$(CC) $(HOST_CFLAGS) $(shell pkg-config --cflags check 2>/dev/null) -o $@ $(JVM_GUEST_CHECK_SRCS) \
	  $(shell pkg-config --libs check 2>/dev/null)

.PHONY: check-jvm-guest
check-jvm-guest: $(JVM_GUEST_CHECK_BIN)
	@mkdir -p $(BUILD)/results && rm -f $(BUILD)/results/jvm-guest.txt
	tests/lib/run-check.sh $(BUILD)/results/jvm-guest.txt $(JVM_GUEST_CHECK_BIN)

# ---- components: what stardust-build links images from (build/lib/stardust) ---------------------
# Layout and the link line: runtime/jvm/guest/COMPONENTS.md (copied there as README.md), which
# builder/kernel_link.c follows. libjvm-launcher.a holds the guest's launcher (main), platform
# and java.conf parser; the other libraries are the kernel's, libc's and runtime/fs's.
COMPONENTS_DIR   := $(BUILD)/lib/stardust
JVM_LAUNCHER_LIB := $(JVM_GUEST_OBJDIR)/libjvm-launcher.a
COMPONENT_LIBS   := $(SD_XEN_LIB) $(JVM_LAUNCHER_LIB) $(JVM_GUEST_LIB) $(LIBSDC) $(SDFS_GUEST_LIB) \
                    $(NEWLIB)/lib/libc.a $(NEWLIB)/lib/libm.a

$(JVM_LAUNCHER_LIB): $(JVM_GUEST_OBJS)
	@rm -f $@
	ar rcs $@ $^

.PHONY: components
components: $(COMPONENTS_DIR)/.stamp
$(COMPONENTS_DIR)/.stamp: $(COMPONENT_LIBS) $(SD_XEN_BOOT_OBJS) $(SD_XEN_LDS) $(BUILD)/classlib/.built \
                          $(JVM_DIR)/guest/COMPONENTS.md $(JAVA_ELF)
	@rm -rf $(COMPONENTS_DIR) && mkdir -p $(COMPONENTS_DIR)/boot
	cp $(COMPONENT_LIBS) $(COMPONENTS_DIR)/
	cp $(SD_XEN_BOOT_OBJS) $(COMPONENTS_DIR)/boot/
	cp $(SD_XEN_LDS) $(COMPONENTS_DIR)/kernel.ld
	cp -r $(BUILD)/classlib/classes $(COMPONENTS_DIR)/classlib
	cp $(NEWLIB)/COPYING.NEWLIB $(COMPONENTS_DIR)/
	cp $(JVM_DIR)/guest/COMPONENTS.md $(COMPONENTS_DIR)/README.md
	@touch $@

ALL_TARGETS += $(JVM_LAUNCHER_LIB)
ifneq ($(value sd_link_guest),)
ALL_TARGETS += components
endif

# ---- bench-java-elf-size: the Java guest kernel's stripped size, and the VM's share of it -------
BENCH_TARGETS += bench-java-elf-size
.PHONY: bench-java-elf-size
bench-java-elf-size: $(JAVA_ELF_STRIPPED) $(JVM_GUEST_LIB) $(JVM_LAUNCHER_LIB)
	@mkdir -p $(BUILD)/bench
	@set -- $$(size $(JAVA_ELF) | tail -n 1); \
	  vm=$$(size $(JVM_GUEST_LIB) $(JVM_LAUNCHER_LIB) | awk 'NR > 1 { t += $$1 } END { print t }'); \
	  echo "java-elf-size: $$(stat -c %s $(JAVA_ELF_STRIPPED)) bytes stripped (text $$1, data $$2, bss $$3; VM + launcher text in the archives: $$vm)" \
	    > $(BUILD)/bench/java-elf-size.txt
	@cat $(BUILD)/bench/java-elf-size.txt
