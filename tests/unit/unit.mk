# tests/unit: kernel/core on the hosted platform, as one Check binary (see the top-level
# Makefile for the shared lists). Every test runs in its own forked process with a freshly
# booted kernel.

UNIT_BIN    := $(BUILD)/tests/unit/unit-tests
UNIT_SRCS   := $(wildcard tests/unit/*.c)
UNIT_OBJS   := $(patsubst tests/unit/%.c,$(BUILD)/tests/unit/%.o,$(UNIT_SRCS))
UNIT_CFLAGS := $(HOST_CFLAGS) -Ikernel/include -Ikernel/core -Ikernel/hosted \
               $(shell pkg-config --cflags check 2>/dev/null)
UNIT_LIBS   := $(shell pkg-config --libs check 2>/dev/null)

DEBIAN_PACKAGES += check pkg-config
CHECK_SUITES    += check-unit
ALL_TARGETS     += $(UNIT_BIN)

$(BUILD)/tests/unit/%.o: tests/unit/%.c tests/unit/unit.h $(HOSTED_HEADERS)
	@mkdir -p $(@D)
	$(CC) $(UNIT_CFLAGS) -c $< -o $@

$(UNIT_BIN): $(UNIT_OBJS) $(HOSTED_LIB)
	$(CC) $(UNIT_OBJS) $(HOSTED_LIB) $(UNIT_LIBS) -o $@

.PHONY: check-unit
check-unit: $(UNIT_BIN)
	@mkdir -p $(BUILD)/results && rm -f $(BUILD)/results/unit.txt
	tests/lib/run-check.sh $(BUILD)/results/unit.txt $(UNIT_BIN)

# ---- bench-kernel-hosted: core figures on the hosted platform ---------------------------------
KERNEL_BENCH_BIN := $(BUILD)/tests/unit/kernel-bench

$(KERNEL_BENCH_BIN): tests/unit/bench/kernel_bench.c $(HOSTED_LIB) $(HOSTED_HEADERS)
	@mkdir -p $(@D)
	$(CC) $(HOST_CFLAGS) -Ikernel/include $< $(HOSTED_LIB) -o $@

.PHONY: bench-kernel-hosted
bench-kernel-hosted: $(KERNEL_BENCH_BIN)
	@mkdir -p $(BUILD)/bench
	timeout 120 $(KERNEL_BENCH_BIN) </dev/null >$(BUILD)/bench/kernel-hosted.txt

BENCH_TARGETS += bench-kernel-hosted
