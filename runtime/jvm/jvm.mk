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
                  native_misc.c fmt_double.c lambda.c main.c platform_posix.c)
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
                    symbol.c platform_posix.c)
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
bench-vm-footprint: $(JVM_BIN) $(CLASSLIB_STAMP)
	@mkdir -p $(BUILD)/bench
	@$(JVM_DIR)/bench.sh $(JVM_BIN) $(BUILD) > $(BUILD)/bench/vm-footprint.txt
