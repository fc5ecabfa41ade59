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
# The plan options ramdisk/args: a C guest that echoes its command line and the start of its
# ramdisk (harness/ramdisk-guest.c), and a small root filesystem image as that ramdisk.
HTEST_RDGUEST := $(BUILD)/guests/harness-ramdisk.elf
HTEST_RAMDISK := $(BUILD)/system/harness-ramdisk.img

# Freestanding PV ELFs: notes and code packed from address 0, no libc.
$(BUILD)/tests/system/%-guest.elf: tests/system/harness/%-guest.S tests/system/harness/pv-notes.h
	@mkdir -p $(@D)
	$(CC) -nostdlib -static -no-pie -Wl,--build-id=none -Wl,-z,max-page-size=0x1000 \
	    -Wl,--section-start=.note.Xen=0x1000 -Wl,-Ttext=0x2000 -o $@ $<

$(BUILD)/guests/harness-obj/ramdisk-guest.o: tests/system/harness/ramdisk-guest.c $(NEWLIB)/.built
	@mkdir -p $(@D)
	$(CC) $(GUEST_APP_CFLAGS) -c $< -o $@

$(HTEST_RDGUEST): $(BUILD)/guests/harness-obj/ramdisk-guest.o $(GUEST_APP_LIBS) $(KERNEL_XEN_DEPS)
	$(call sd_link_c_app,$@,$<)

$(HTEST_RAMDISK): $(SD_MKFS) tests/system/system.mk
	@mkdir -p $(@D)
	printf 'stardust harness ramdisk\n' > $@.txt
	$(SD_MKFS) -o $@ $@.txt:/data/harness.txt >/dev/null

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
	  'notelf  tests/system/harness/README.md 16' \
	  'rdargs  $(HTEST_RDGUEST) 16 ramdisk $(HTEST_RAMDISK) args one  two three' \
	  'rdwait  $(HTEST_RDGUEST) 16 timeout 120 ramdisk $(HTEST_RAMDISK) shutdown-on WAITING args wait for shutdown' \
	  'rdmissing $(HTEST_RDGUEST) 16 ramdisk $(BUILD)/system/no-such-ramdisk.img' > $@

.PHONY: check-system-harness
check-system-harness: $(HTEST_BIN) $(HTEST_ASM) $(BUILD)/guests/test-shutdown.elf \
                      $(HTEST_RDGUEST) $(HTEST_RAMDISK) \
                      $(BUILD)/system/harness.plan $(SYSTEM_HARNESS_DEPS)
	@mkdir -p $(BUILD)/results && rm -f $(BUILD)/results/system-harness.txt
	-tests/system/harness/run-guests.sh $(HTEST_OUT) $(BUILD)/system/harness.plan
	tests/lib/run-check.sh $(BUILD)/results/system-harness.txt $(HTEST_BIN) $(HTEST_OUT) $(SD_LAUNCH) \
	    $(HTEST_RAMDISK)

ALL_TARGETS  += $(HTEST_BIN) $(HTEST_ASM)
ifneq ($(value sd_link_guest),)
ALL_TARGETS  += $(HTEST_RDGUEST)
endif
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

# ---- Java in the unikernel: check-system-java and bench-java-guest ---------------------------
# (owner: the Java-in-the-guest system tests.) build/guest/java.elf (runtime/jvm/jvm.mk) boots
# with a root filesystem image (runtime/fs's sd-mkfs) as its ramdisk. One sandbox boot runs the
# whole suite (plan: tests/system/java/make-plan.sh); tests/system/java_test.c asserts on the
# consoles and reports, and compares every tests/java program run in a domain with OpenJDK 17
# (references from `tests/java/run.sh --reference-only`, in build/tests/java/NAME/ref.*).
JSYS_SRC      := tests/system/java
JSYS_DIR      := $(BUILD)/system/java
JSYS_CLASSES  := $(JSYS_DIR)/classes
JSYS_HELLOAPP := $(JSYS_DIR)/hello-app
JSYS_CONF     := $(JSYS_DIR)/java.conf
JSYS_HELLO    := $(JSYS_DIR)/hello.img
JSYS_SUITE    := $(JSYS_DIR)/suite.img
JSYS_CORRUPT  := $(JSYS_DIR)/corrupt.img
JSYS_REFS     := $(JSYS_DIR)/references.txt
JSYS_PLAN     := $(JSYS_DIR)/java.plan
JSYS_LIST     := $(JSYS_DIR)/conformance.list
JSYS_OUT      := $(JSYS_DIR)/run
JSYS_BIN      := $(BUILD)/tests/system/java_test
JSYS_JAVA     := $(wildcard $(JSYS_SRC)/*.java)
JSYS_RES      := $(shell find $(JSYS_SRC)/res -type f 2>/dev/null)
# The conformance programs and their data files (not the negative tests or the tools).
JSYS_CONF_SRCS := $(shell find tests/java -type f ! -path 'tests/java/negative/*' \
                    ! -path 'tests/java/tools/*' 2>/dev/null)

$(JSYS_BIN): tests/system/java_test.c
	@mkdir -p $(@D)
	$(CC) $(HOST_CFLAGS) $$(pkg-config --cflags check json-c) $< -o $@ \
	    $$(pkg-config --libs check json-c)

# The suite's own programs, compiled against our class library, with their resources (res/).
$(JSYS_DIR)/classes.stamp: $(JSYS_JAVA) $(JSYS_RES) $(CLASSLIB_STAMP)
	@rm -rf $(JSYS_CLASSES) $(JSYS_HELLOAPP) && mkdir -p $(JSYS_CLASSES) $(JSYS_HELLOAPP)
	$(JAVAC) -source 8 -target 8 -bootclasspath $(CLASSLIB_CLASSES) -encoding UTF-8 -nowarn \
	    -Xlint:-options -d $(JSYS_CLASSES) $(JSYS_JAVA)
	cp -R $(JSYS_SRC)/res/. $(JSYS_CLASSES)/
	cp $(JSYS_CLASSES)/Hello.class $(JSYS_HELLOAPP)/
	@touch $@

$(JSYS_CONF): tests/system/system.mk
	@mkdir -p $(@D)
	printf 'main Hello\n' > $@

# OpenJDK's output of every tests/java program (compiled against our class library, as
# check-java does; references are reused while a program is unchanged).
$(JSYS_REFS): $(JSYS_CONF_SRCS) $(CLASSLIB_STAMP) tests/java/run.sh
	@mkdir -p $(@D) && rm -f $@.new
	-tests/java/run.sh --reference-only --results $@.new > $(JSYS_DIR)/references.log 2>&1
	mv $@.new $@

# hello.img: the class library and Hello, nothing else (its size is a benchmark figure).
$(JSYS_HELLO): $(SD_MKFS) $(JSYS_DIR)/classes.stamp $(JSYS_CONF)
	$(SD_MKFS) -o $@ --config $(JSYS_CONF) $(CLASSLIB_CLASSES):/classlib $(JSYS_HELLOAPP):/app

# suite.img: the suite's programs in /app, /data/notes.txt, every conformance program's classes
# in /apps/NAME, and FileRead's data at the path it is given (tests/java/FileRead, from "/").
$(JSYS_SUITE): $(SD_MKFS) $(JSYS_DIR)/classes.stamp $(JSYS_CONF) $(JSYS_REFS)
	@set -e; apps=; for d in $(BUILD)/tests/java/*/classes; do \
	  n=$$(basename $$(dirname $$d)); [ -f tests/java/$$n.java ] || [ -d tests/java/$$n ] || continue; \
	  apps="$$apps $$d:/apps/$$n"; done; \
	echo "$(SD_MKFS) -o $@ ... /apps/*"; \
	$(SD_MKFS) -o $@ --config $(JSYS_CONF) $(CLASSLIB_CLASSES):/classlib $(JSYS_CLASSES):/app \
	    $(JSYS_SRC)/notes.txt:/data/notes.txt tests/java/FileRead:/tests/java/FileRead $$apps

# corrupt.img: hello.img with one byte of file data inverted (its digest no longer matches).
$(JSYS_CORRUPT): $(JSYS_HELLO)
	cp $< $@.new
	@off=$$(( $$(stat -c %s $@.new) - 100 )); b=$$(od -An -tu1 -j $$off -N1 $@.new | tr -d ' '); \
	  printf "\\$$(printf %03o $$(( 255 - b )))" | dd of=$@.new bs=1 seek=$$off conv=notrunc status=none
	mv $@.new $@

$(JSYS_PLAN): $(JSYS_SRC)/make-plan.sh $(JSYS_BIN) $(JSYS_CONF_SRCS) tests/system/system.mk
	@mkdir -p $(@D)
	$(JSYS_BIN) --skipped > $(JSYS_DIR)/skipped.txt
	$(JSYS_SRC)/make-plan.sh $@ $(JSYS_LIST) $(JAVA_ELF) $(JSYS_HELLO) $(JSYS_SUITE) $(JSYS_CORRUPT) \
	    $(JSYS_DIR)/skipped.txt

.PHONY: check-system-java
check-system-java: $(JAVA_ELF) $(JSYS_BIN) $(JSYS_PLAN) $(JSYS_HELLO) $(JSYS_SUITE) $(JSYS_CORRUPT) \
                   $(SYSTEM_HARNESS_DEPS)
	@mkdir -p $(BUILD)/results && rm -f $(BUILD)/results/system-java.txt
	-SD_GUEST_TIMEOUT=120 tests/system/harness/run-guests.sh $(JSYS_OUT) $(JSYS_PLAN)
	tests/lib/run-check.sh $(BUILD)/results/system-java.txt $(JSYS_BIN) $(JSYS_OUT) \
	    $(BUILD)/tests/java $(JSYS_LIST)

# Bench: sizes, the smallest memory hello runs in, start-up next to the C hello world (one boot;
# the stripped Java kernel, as images carry it; 5 of each, alternating).
JSYS_BENCH_PLAN := $(JSYS_DIR)/bench.plan
$(JSYS_BENCH_PLAN): tests/system/system.mk
	@mkdir -p $(@D)
	@{ for m in 4 6 8 12 16; do echo "mem-$$m $(JAVA_ELF_STRIPPED) $$m timeout 120 ramdisk $(JSYS_HELLO)"; done; \
	   for i in 1 2 3 4 5; do echo "java-$$i $(JAVA_ELF_STRIPPED) 32 timeout 120 ramdisk $(JSYS_HELLO)"; \
	                      echo "c-$$i $(BUILD)/guests/hello-c.elf 32 timeout 60"; done; } > $@

.PHONY: bench-java-guest
bench-java-guest: $(JAVA_ELF_STRIPPED) $(JSYS_HELLO) $(BUILD)/guests/hello-c.elf \
                  $(JSYS_BENCH_PLAN) $(SYSTEM_HARNESS_DEPS)
	@mkdir -p $(BUILD)/bench
	-tests/system/harness/run-guests.sh $(JSYS_DIR)/bench $(JSYS_BENCH_PLAN)
	$(JSYS_SRC)/bench-figures.sh $(JSYS_DIR)/bench $(JAVA_ELF_STRIPPED) $(JSYS_HELLO) \
	    > $(BUILD)/bench/java-guest.txt

ALL_TARGETS   += $(JSYS_BIN)
CHECK_SUITES  += check-system-java
BENCH_TARGETS += bench-java-guest
# ---- end of Java in the unikernel --------------------------------------------------------------
