# runtime/libc: make rules (see the top-level Makefile for the shared lists)
#
# What other fragments use (all defined below):
#   GUEST_APP_CFLAGS  compile flags for C code that runs in the guest on newlib: GUEST_CFLAGS,
#                     newlib's headers, gcc's own freestanding headers (stddef.h, stdarg.h, ...)
#                     and no glibc ones, the kernel API (kernel/include), runtime/libc's own
#                     (runtime/libc/include: <sdc/thread.h>) and runtime/fs's (<sdfs/fs.h>:
#                     sdfs_root(), the mounted root filesystem, for zero-copy reads).
#   GUEST_APP_LIBS    the libraries a C guest links, in order: libsdc.a (this directory: the
#                     syscall layer, locks, per-thread errno, sd_main), runtime/fs's libsdfs.a
#                     (the root filesystem image the files calls read), newlib's libc.a and
#                     libm.a. No libgcc (the host's is built with the red zone): libsdc.a has
#                     the only helpers newlib needs, complex multiplication (check-libc-link
#                     fails if that changes). Code using __int128 division or the like must
#                     bring its own.
#   $(call sd_link_c_app,OUT.elf,APP_OBJECTS)
#                     link a C application into a Xen PV guest: the arch engineer's
#                     sd_link_guest (kernel/xen/xen.mk, which puts every object and library in
#                     one group with the kernel: libc.a, libsdc.a and the kernel call each other)
#                     with GUEST_APP_LIBS appended. The rule using it should depend on
#                     $(GUEST_APP_LIBS) and $(KERNEL_XEN_DEPS).

# ---- newlib, built once from Debian's newlib-source ------------------------------------------
# Target flags: the guest's, without warnings (newlib is not ours to keep -Wall clean).
NEWLIB_CFLAGS := $(filter-out -W%,$(GUEST_CFLAGS))
NEWLIB_WORK   := $(BUILD)/deps/newlib-build
NEWLIB_JOBS   ?= 2

DEBIAN_PACKAGES += newlib-source
DEPS_TARGETS    += $(NEWLIB)/.built

# The flags are part of the cache key: the stamp is rewritten only when they change.
$(BUILD)/deps/newlib-cflags.txt: FORCE_NEWLIB_FLAGS
	@mkdir -p $(@D)
	@echo '$(NEWLIB_CFLAGS)' | cmp -s - $@ || echo '$(NEWLIB_CFLAGS)' >$@
.PHONY: FORCE_NEWLIB_FLAGS

$(NEWLIB)/.built: runtime/libc/build-newlib.sh $(BUILD)/deps/newlib-cflags.txt
	@runtime/libc/build-newlib.sh $(NEWLIB) $(NEWLIB_WORK) $(NEWLIB_JOBS) $(NEWLIB_CFLAGS)
	@touch $@

# ---- flags and libraries for C guests ----------------------------------------------------------
GCC_INCLUDE      := $(shell $(CC) -print-file-name=include)
LIBSDC           := $(BUILD)/runtime/libc/libsdc.a
GUEST_APP_CFLAGS := $(GUEST_CFLAGS) -nostdinc -isystem $(NEWLIB)/include -isystem $(GCC_INCLUDE) \
                    -Ikernel/include -Iruntime/libc/include $(SDFS_CFLAGS)
GUEST_APP_LIBS   := $(LIBSDC) $(SDFS_GUEST_LIB) $(NEWLIB)/lib/libc.a $(NEWLIB)/lib/libm.a

sd_link_c_app = $(call sd_link_guest,$(1),$(2) $(GUEST_APP_LIBS))

# ---- libsdc.a ----------------------------------------------------------------------------------
LIBC_SRCS := $(wildcard runtime/libc/*.c runtime/libc/*.S)
LIBC_OBJS := $(patsubst runtime/libc/%,$(BUILD)/runtime/libc/%.o,$(LIBC_SRCS))

# Objects of C guests: newlib's headers must exist first (and a rebuilt newlib recompiles).
$(BUILD)/runtime/libc/%.c.o: runtime/libc/%.c $(NEWLIB)/.built
	@mkdir -p $(@D)
	$(CC) $(GUEST_APP_CFLAGS) -MMD -MP -c $< -o $@
$(BUILD)/runtime/libc/%.S.o: runtime/libc/%.S
	@mkdir -p $(@D)
	$(CC) $(GUEST_APP_CFLAGS) -MMD -MP -c $< -o $@

$(LIBSDC): $(LIBC_OBJS)
	@rm -f $@
	ar rcs $@ $^

ALL_TARGETS += $(LIBSDC)
-include $(LIBC_OBJS:.o=.d)

# ---- C guests: the example application and the libc test guest -------------------------------
HELLO_C_ELF   := $(BUILD)/guests/hello-c.elf
LIBC_TEST_ELF := $(BUILD)/guests/libc-test.elf

$(BUILD)/runtime/libc/guests/hello-c.o: manifests/hello-c/hello.c $(NEWLIB)/.built
	@mkdir -p $(@D)
	$(CC) $(GUEST_APP_CFLAGS) -MMD -MP -c $< -o $@
$(BUILD)/runtime/libc/guests/libc-test.o: tests/system/guests/libc-test.c $(NEWLIB)/.built
	@mkdir -p $(@D)
	$(CC) $(GUEST_APP_CFLAGS) -MMD -MP -c $< -o $@

$(HELLO_C_ELF): $(BUILD)/runtime/libc/guests/hello-c.o $(GUEST_APP_LIBS) $(KERNEL_XEN_DEPS)
	$(call sd_link_c_app,$@,$<)
$(LIBC_TEST_ELF): $(BUILD)/runtime/libc/guests/libc-test.o $(GUEST_APP_LIBS) $(KERNEL_XEN_DEPS)
	$(call sd_link_c_app,$@,$<)

-include $(BUILD)/runtime/libc/guests/hello-c.d $(BUILD)/runtime/libc/guests/libc-test.d

# Guests need the arch engineer's link function; until it exists only the library is built.
ifneq ($(value sd_link_guest),)
ALL_TARGETS += $(HELLO_C_ELF) $(LIBC_TEST_ELF)
endif

# ---- tests and figures ---------------------------------------------------------------------------
# check-libc-link: what the built newlib, libsdc.a and a linked guest must look like (host only,
# no Xen). The guests' behaviour is tested by booting tests/system/guests/libc-test.c in the
# sandbox (its verdict line: VERDICT PASS).
.PHONY: check-libc-link bench-hello-c-size
check-libc-link: $(NEWLIB)/.built $(LIBSDC) $(HELLO_C_ELF)
	@mkdir -p $(BUILD)/results
	@rm -f $(BUILD)/results/libc-link.txt
	runtime/libc/check-link.sh $(BUILD)/results/libc-link.txt $(NEWLIB) $(LIBSDC) $(HELLO_C_ELF)

bench-hello-c-size: $(HELLO_C_ELF)
	@mkdir -p $(BUILD)/bench
	@strip -o $(BUILD)/bench/hello-c.stripped $(HELLO_C_ELF)
	@echo "hello-c.elf stripped: $$(stat -c %s $(BUILD)/bench/hello-c.stripped) bytes" \
	    > $(BUILD)/bench/hello-c-size.txt
	@rm -f $(BUILD)/bench/hello-c.stripped

# check-libc-unit: runtime/libc's pieces that do not need newlib's state, on the host over the
# hosted kernel (runtime/libc/tests/README.md). Their public names are renamed so they never
# replace glibc's.
LIBC_UNIT_DIR    := $(BUILD)/tests/libc
LIBC_UNIT_BIN    := $(LIBC_UNIT_DIR)/libc-unit
LIBC_UNIT_TESTS  := $(wildcard runtime/libc/tests/*.c)
LIBC_UNIT_OBJS   := $(patsubst runtime/libc/tests/%.c,$(LIBC_UNIT_DIR)/%.o,$(LIBC_UNIT_TESTS)) \
                    $(LIBC_UNIT_DIR)/sbrk.o $(LIBC_UNIT_DIR)/locks.o $(LIBC_UNIT_DIR)/complex_mul.o
LIBC_UNIT_CFLAGS := $(HOST_CFLAGS) -Ikernel/include -Ikernel/hosted $(SDFS_CFLAGS) \
                    $(shell pkg-config --cflags check 2>/dev/null)

$(LIBC_UNIT_DIR)/%.o: runtime/libc/tests/%.c runtime/libc/tests/libc_unit.h
	@mkdir -p $(@D)
	$(CC) $(LIBC_UNIT_CFLAGS) -c $< -o $@
$(LIBC_UNIT_DIR)/sbrk.o: runtime/libc/sbrk.c
	@mkdir -p $(@D)
	$(CC) $(HOST_CFLAGS) -Ikernel/include -Dsbrk=sdc_test_sbrk -c $< -o $@
# locks.c includes newlib's <sys/lock.h>: compiled with newlib's headers, for the host.
$(LIBC_UNIT_DIR)/locks.o: runtime/libc/locks.c $(NEWLIB)/.built
	@mkdir -p $(@D)
	$(CC) $(HOST_CFLAGS) -nostdinc -isystem $(NEWLIB)/include -isystem $(GCC_INCLUDE) \
	    -Ikernel/include -c $< -o $@
$(LIBC_UNIT_DIR)/complex_mul.o: runtime/libc/complex_mul.c
	@mkdir -p $(@D)
	$(CC) $(HOST_CFLAGS) -D__mulsc3=sdc_test_mulsc3 -D__muldc3=sdc_test_muldc3 \
	    -D__mulxc3=sdc_test_mulxc3 -c $< -o $@

$(LIBC_UNIT_BIN): $(LIBC_UNIT_OBJS) $(HOSTED_LIB) $(SDFS_HOST_LIB)
	$(CC) $(LIBC_UNIT_OBJS) $(HOSTED_LIB) $(SDFS_HOST_LIB) $(shell pkg-config --libs check 2>/dev/null) -lm -o $@

.PHONY: check-libc-unit
check-libc-unit: $(LIBC_UNIT_BIN)
	@mkdir -p $(BUILD)/results && rm -f $(BUILD)/results/libc-unit.txt
	tests/lib/run-check.sh $(BUILD)/results/libc-unit.txt $(LIBC_UNIT_BIN)

ALL_TARGETS  += $(LIBC_UNIT_BIN)
CHECK_SUITES += check-libc-unit
ifneq ($(value sd_link_guest),)
CHECK_SUITES  += check-libc-link
BENCH_TARGETS += bench-hello-c-size
endif

# ---- check-system-libc: files from a ramdisk and pthreads, in the guest (one sandbox boot) ---
# tests/system/guests/libc-fs.c reads a root filesystem image made by sd-mkfs (a good one; the
# same with one byte changed, which start.c must refuse with exit code 78; and the good one
# again, written to, which must crash: the ramdisk is mapped read-only);
# tests/system/guests/libc-pthread.c runs the pthread checks. tests/system/libc_system_test.c
# (Check + json-c) asserts on their consoles and reports.
LIBC_SYS_DIR     := $(BUILD)/system/libc-guests
LIBC_SYS_OUT     := $(BUILD)/system/libc
LIBC_FS_ELF      := $(BUILD)/guests/libc-fs.elf
LIBC_PTHREAD_ELF := $(BUILD)/guests/libc-pthread.elf
LIBC_FS_IMG      := $(LIBC_SYS_DIR)/root.img
LIBC_FS_BAD_IMG  := $(LIBC_SYS_DIR)/corrupt.img
LIBC_SYS_BIN     := $(BUILD)/tests/system/libc_system_test
LIBC_SYS_PLAN    := $(LIBC_SYS_DIR)/libc.plan

$(BUILD)/runtime/libc/guests/libc-%.o: tests/system/guests/libc-%.c $(NEWLIB)/.built
	@mkdir -p $(@D)
	$(CC) $(GUEST_APP_CFLAGS) -MMD -MP -c $< -o $@
$(BUILD)/guests/libc-fs.elf $(BUILD)/guests/libc-pthread.elf: $(BUILD)/guests/%.elf: \
    $(BUILD)/runtime/libc/guests/%.o $(GUEST_APP_LIBS) $(KERNEL_XEN_DEPS)
	$(call sd_link_c_app,$@,$<)
-include $(BUILD)/runtime/libc/guests/libc-fs.d $(BUILD)/runtime/libc/guests/libc-pthread.d

# The image: java.conf, 70000 random bytes and their sha256sum line (the guest compares).
$(LIBC_FS_IMG): $(SD_MKFS)
	@rm -rf $(LIBC_SYS_DIR)/tree && mkdir -p $(LIBC_SYS_DIR)/tree/data
	@printf 'main Hello\n' > $(LIBC_SYS_DIR)/tree/java.conf
	@head -c 70000 /dev/urandom > $(LIBC_SYS_DIR)/tree/data/big.bin
	@cd $(LIBC_SYS_DIR)/tree/data && sha256sum big.bin > big.bin.sha256
	$(SD_MKFS) -o $@ --config $(LIBC_SYS_DIR)/tree/java.conf $(LIBC_SYS_DIR)/tree/data:/app/data
# One byte of the last file changed: only the digest can tell.
$(LIBC_FS_BAD_IMG): $(LIBC_FS_IMG)
	@cp $< $@.tmp
	@printf '\245' | dd of=$@.tmp bs=1 seek=$$(( $$(stat -c %s $<) - 1 )) conv=notrunc status=none
	@! $(SD_MKFS) --list $@.tmp >/dev/null 2>&1 || { echo "corrupt image accepted"; exit 1; }
	@mv $@.tmp $@

$(LIBC_SYS_PLAN): runtime/libc/libc.mk
	@mkdir -p $(@D)
	@printf '%s\n' \
	  'libc-fs         $(LIBC_FS_ELF)      32 timeout 120 ramdisk $(LIBC_FS_IMG)' \
	  'libc-fs-corrupt $(LIBC_FS_ELF)      32 timeout 60  ramdisk $(LIBC_FS_BAD_IMG)' \
	  'libc-fs-rowrite $(LIBC_FS_ELF)      32 timeout 60  ramdisk $(LIBC_FS_IMG) args write-ramdisk' \
	  'libc-pthread    $(LIBC_PTHREAD_ELF) 32 timeout 180' > $@

$(LIBC_SYS_BIN): tests/system/libc_system_test.c
	@mkdir -p $(@D)
	$(CC) $(HOST_CFLAGS) $$(pkg-config --cflags check json-c) $< -o $@ \
	    $$(pkg-config --libs check json-c)

# The harness's own dependencies are defined by tests/system/system.mk, read after this file:
# made from the recipe, where they are known. The harness may fail (a guest without a report):
# the Check program still runs and fails the tests of what is missing.
.PHONY: check-system-libc
check-system-libc: $(LIBC_FS_ELF) $(LIBC_PTHREAD_ELF) $(LIBC_FS_IMG) $(LIBC_FS_BAD_IMG) \
                   $(LIBC_SYS_PLAN) $(LIBC_SYS_BIN)
	@$(MAKE) --no-print-directory $(SYSTEM_HARNESS_DEPS)
	@mkdir -p $(BUILD)/results && rm -f $(BUILD)/results/system-libc.txt
	-timeout 900 tests/system/harness/run-guests.sh $(LIBC_SYS_OUT) $(LIBC_SYS_PLAN)
	tests/lib/run-check.sh $(BUILD)/results/system-libc.txt $(LIBC_SYS_BIN) $(LIBC_SYS_OUT)

ALL_TARGETS += $(LIBC_SYS_BIN)
ifneq ($(value sd_link_guest),)
ALL_TARGETS  += $(LIBC_FS_ELF) $(LIBC_PTHREAD_ELF)
CHECK_SUITES += check-system-libc
endif
