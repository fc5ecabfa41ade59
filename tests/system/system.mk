# tests/system: make rules (see the top-level Makefile for the shared lists)

# ---- system-test harness + the check-system-harness suite ------------------------------------
# (owner: the sandbox engineer.) tests/system/harness/run-guests.sh boots the Xen sandbox once
# and runs a plan of guests with sd-launch; a suite that uses it depends on
# $(SYSTEM_HARNESS_DEPS). check-system-harness asserts the harness and sd-launch themselves
# behave, with Debian's kernel and two tiny assembly guests (no Stardust kernel needed).
SYSTEM_HARNESS_DEPS := $(SANDBOX)/dom0.cpio $(SD_LAUNCH) deploy/sandbox/boot.sh \
                       tests/system/harness/run-guests.sh tests/system/harness/dom0-run-plan.sh

HTEST_OUT  := $(BUILD)/system/harness
HTEST_BIN  := $(BUILD)/tests/system/harness_test
HTEST_ASM   := $(BUILD)/tests/system/spin-guest.elf $(BUILD)/tests/system/crash-guest.elf

# Freestanding PV ELFs: notes and code packed from address 0, no libc.
$(BUILD)/tests/system/%-guest.elf: tests/system/harness/%-guest.S tests/system/harness/pv-notes.h
	@mkdir -p $(@D)
	$(CC) -nostdlib -static -no-pie -Wl,--build-id=none -Wl,-z,max-page-size=0x1000 \
	    -Wl,--section-start=.note.Xen=0x1000 -Wl,-Ttext=0x2000 -o $@ $<

$(HTEST_BIN): tests/system/harness_test.c
	@mkdir -p $(@D)
	$(CC) $(HOST_CFLAGS) $$(pkg-config --cflags check json-c) $< -o $@ \
	    $$(pkg-config --libs check json-c)

$(BUILD)/system/harness.plan: tests/system/system.mk
	@mkdir -p $(@D)
	@printf '%s\n' \
	  'waiter  $(BUILD)/guests/test-shutdown.elf 16 timeout 120 shutdown-on READY' \
	  'crash   $(BUILD)/tests/system/crash-guest.elf 16 timeout 60' \
	  'spin    $(BUILD)/tests/system/spin-guest.elf 16 timeout 5' \
	  'cancel  $(BUILD)/tests/system/spin-guest.elf 16 timeout 60 cancel-after 2' \
	  'missing $(BUILD)/system/no-such-kernel.elf 16' \
	  'notelf  tests/system/harness/README.md 16' > $@

.PHONY: check-system-harness
check-system-harness: $(HTEST_BIN) $(HTEST_ASM) $(BUILD)/guests/test-shutdown.elf \
                      $(BUILD)/system/harness.plan $(SYSTEM_HARNESS_DEPS)
	@mkdir -p $(BUILD)/results && rm -f $(BUILD)/results/system-harness.txt
	-tests/system/harness/run-guests.sh $(HTEST_OUT) $(BUILD)/system/harness.plan
	tests/lib/run-check.sh $(BUILD)/results/system-harness.txt $(HTEST_BIN) $(HTEST_OUT) $(SD_LAUNCH)

ALL_TARGETS  += $(HTEST_BIN) $(HTEST_ASM)
CHECK_SUITES += check-system-harness
# ---- end of the system-test harness ------------------------------------------------------------

# ---- kernel system tests: test guests + the check-system-kernel suite ------------------------
# (owner: the Xen devices engineer; the sandbox engineer's harness rules live in their own
# section.) One guest per case in tests/system/guests/, linked with the kernel and newlib into
# build/guests/test-NAME.elf; one sandbox boot runs them all (tests/system/harness), then
# tests/system/kernel_test.c (Check + json-c) asserts on their consoles and JSON reports.
DEBIAN_PACKAGES += libjson-c-dev

KTEST_GUESTS := hello threads malloc crash shutdown exitcode xenstore console
KTEST_ELFS   := $(KTEST_GUESTS:%=$(BUILD)/guests/test-%.elf)
# The libc engineer's guests, built by runtime/libc/libc.mk, run in the same boot.
KTEST_LIBC_ELFS := $(BUILD)/guests/hello-c.elf $(BUILD)/guests/libc-test.elf
KTEST_OUT    := $(BUILD)/system/kernel
KTEST_BIN    := $(BUILD)/tests/system/kernel_test

$(BUILD)/guests/ktest-obj/%.o: tests/system/guests/%.c $(NEWLIB)/.built
	@mkdir -p $(@D)
	$(CC) $(GUEST_APP_CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/guests/test-%.elf: $(BUILD)/guests/ktest-obj/%.o $(GUEST_APP_LIBS) $(KERNEL_XEN_DEPS)
	@mkdir -p $(@D)
	$(call sd_link_c_app,$@,$<)

# The xenstore guest drives the kernel's xenstore client directly (kernel/xen/xenstore.h).
$(BUILD)/guests/ktest-obj/xenstore.o: GUEST_APP_CFLAGS += -Ikernel/xen

-include $(KTEST_GUESTS:%=$(BUILD)/guests/ktest-obj/%.d)
.SECONDARY: $(KTEST_GUESTS:%=$(BUILD)/guests/ktest-obj/%.o)

$(KTEST_BIN): tests/system/kernel_test.c
	@mkdir -p $(@D)
	$(CC) $(HOST_CFLAGS) $$(pkg-config --cflags check json-c) $< -o $@ \
	    $$(pkg-config --libs check json-c)

# NAME KERNEL_ELF MEMORY_MB [timeout S] [shutdown-on TEXT]: the harness's plan format.
$(BUILD)/system/kernel.plan: tests/system/system.mk
	@mkdir -p $(@D)
	@printf '%s\n' \
	  'hello    $(BUILD)/guests/test-hello.elf    32' \
	  'threads  $(BUILD)/guests/test-threads.elf  32' \
	  'malloc   $(BUILD)/guests/test-malloc.elf   64' \
	  'crash    $(BUILD)/guests/test-crash.elf    32' \
	  'shutdown $(BUILD)/guests/test-shutdown.elf 32 shutdown-on READY' \
	  'exitcode $(BUILD)/guests/test-exitcode.elf 32' \
	  'xenstore $(BUILD)/guests/test-xenstore.elf 32' \
	  'console  $(BUILD)/guests/test-console.elf  32' \
	  'hello-c   $(BUILD)/guests/hello-c.elf   32' \
	  'libc-test $(BUILD)/guests/libc-test.elf 64 timeout 180' > $@

# The harness may fail (a guest without a report): the Check program still runs and fails
# the tests of what is missing.
.PHONY: check-system-kernel
check-system-kernel: $(KTEST_ELFS) $(KTEST_LIBC_ELFS) $(KTEST_BIN) $(BUILD)/system/kernel.plan $(SYSTEM_HARNESS_DEPS)
	@mkdir -p $(BUILD)/results && rm -f $(BUILD)/results/system-kernel.txt
	-tests/system/harness/run-guests.sh $(KTEST_OUT) $(BUILD)/system/kernel.plan
	tests/lib/run-check.sh $(BUILD)/results/system-kernel.txt $(KTEST_BIN) $(KTEST_OUT)

# Bench: the figures the guests print, from a run of the guests that print them (one boot).
KBENCH_GUESTS := threads shutdown xenstore console malloc
$(BUILD)/system/kernel-bench.plan: $(BUILD)/system/kernel.plan
	@for g in $(KBENCH_GUESTS); do grep "^$$g " $<; done > $@

.PHONY: bench-kernel-devices
bench-kernel-devices: $(KBENCH_GUESTS:%=$(BUILD)/guests/test-%.elf) \
                      $(BUILD)/system/kernel-bench.plan $(SYSTEM_HARNESS_DEPS)
	@mkdir -p $(BUILD)/bench
	-tests/system/harness/run-guests.sh $(BUILD)/system/kernel-bench $(BUILD)/system/kernel-bench.plan
	tests/system/kernel-figures.sh $(BUILD)/system/kernel-bench > $(BUILD)/bench/kernel-devices.txt

ifneq ($(value sd_link_guest),)
ALL_TARGETS += $(KTEST_ELFS)
endif
ALL_TARGETS  += $(KTEST_BIN)
CHECK_SUITES += check-system-kernel
BENCH_TARGETS += bench-kernel-devices
# ---- end of the kernel system tests ------------------------------------------------------------
