# deploy: make rules (see the top-level Makefile for the shared lists)
#
#   build/sandbox/    the Xen sandbox: Debian's Xen, dom0 kernel and tools, fetched and unpacked
#                     here (never installed), plus the dom0 initramfs (deploy/sandbox/)
#   build/bin/sd-launch   boots one PV kernel through libxl, run inside dom0 (deploy/launch/)
#   make run          boots the example guest (hello-c) in the sandbox and shows what it did

SANDBOX   := $(BUILD)/sandbox
SD_LAUNCH := $(BUILD)/bin/sd-launch

# Only user-space packages go into the system; Xen and the dom0 kernel are fetched as .debs.
DEBIAN_PACKAGES += qemu-system-x86 libxen-dev libjson-c-dev cpio busybox-static xz-utils
DEPS_TARGETS    += $(SANDBOX)/dom0.cpio
ALL_TARGETS     += $(SD_LAUNCH)

# Fetching is slow (70 MB of .debs, a kernel to unpack): done once, kept until fetch.sh changes.
$(SANDBOX)/fetched: deploy/sandbox/fetch.sh
	deploy/sandbox/fetch.sh $(SANDBOX)
	@touch $@

$(SANDBOX)/dom0.cpio: $(SANDBOX)/fetched deploy/sandbox/mkdom0.sh deploy/sandbox/dom0-init.sh
	deploy/sandbox/mkdom0.sh $(SANDBOX)

LAUNCH_SRCS := deploy/launch/main.c deploy/launch/domain.c deploy/launch/guest_data.c \
               deploy/launch/report.c
LAUNCH_HDRS := $(wildcard deploy/launch/*.h)

$(SD_LAUNCH): $(LAUNCH_SRCS) $(LAUNCH_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(HOST_CFLAGS) -o $@ $(LAUNCH_SRCS) -lxenlight -lxentoollog -lxenstore -ljson-c

# make run: the README's first step. Boots Xen + dom0 in QEMU once and runs hello-c in it.
RUN_GUEST := $(BUILD)/guests/hello-c.elf
run:
	@$(MAKE) --no-print-directory deps
	@$(MAKE) --no-print-directory $(RUN_GUEST) $(SD_LAUNCH)
	@mkdir -p $(BUILD)/run
	@echo "hello-c $(RUN_GUEST) 32" > $(BUILD)/run/plan
	@echo "run: booting Xen and dom0 in QEMU, then hello-c (about 20 s; log: $(BUILD)/run/qemu.log)"
	@tests/system/harness/run-guests.sh $(BUILD)/run $(BUILD)/run/plan >$(BUILD)/run/harness.log 2>&1 \
	  || { cat $(BUILD)/run/harness.log; exit 1; }
	@echo "---- hello-c console ----"; cat $(BUILD)/run/hello-c.console
	@echo "---- hello-c status ----"; cat $(BUILD)/run/hello-c.json
	@grep -q '"reason":"poweroff","exit_code":0,' $(BUILD)/run/hello-c.json \
	  || { echo "run: hello-c did not exit cleanly"; exit 1; }

# Bench: creation -> console / main for hello-c, sd-launch against a raw `xl create`.
.PHONY: bench-boot-times
bench-boot-times: $(RUN_GUEST) $(SYSTEM_HARNESS_DEPS)
	tests/system/harness/bench-boot-times.sh $(BUILD)/system/bench-boot $(RUN_GUEST) \
	    $(BUILD)/bench/boot-times.txt 3
BENCH_TARGETS += bench-boot-times
