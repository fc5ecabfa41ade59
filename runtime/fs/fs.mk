# runtime/fs: make rules (the sdfs reader for the guest and the host, the host-side writer, sd-mkfs)
#
# What other fragments use (all defined below):
#   SDFS_CFLAGS      -I flag for <sdfs/format.h>, <sdfs/fs.h>, <sdfs/write.h>
#   SDFS_GUEST_LIB   build/runtime/fs/libsdfs.a: reader + root mount, for the guest (newlib's
#                    string.h only); runtime/libc/libc.mk puts it in GUEST_APP_LIBS
#   SDFS_HOST_LIB    build/runtime/fs/libsdfs-host.a: reader, writer and SHA-256 for host tools
#                    (builder/, tests): link it, compile with $(SDFS_CFLAGS)
#   SD_MKFS          build/bin/sd-mkfs: `sd-mkfs -o OUT.img [--config FILE] SRC:IMAGEPATH...`,
#                    `sd-mkfs --list IMG`
SDFS_CFLAGS     := -Iruntime/fs/include
SDFS_OBJDIR     := $(BUILD)/runtime/fs
SDFS_GUEST_LIB  := $(SDFS_OBJDIR)/libsdfs.a
SDFS_HOST_LIB   := $(SDFS_OBJDIR)/libsdfs-host.a
SD_MKFS         := $(BUILD)/bin/sd-mkfs

SDFS_READ_SRCS  := runtime/fs/read.c runtime/fs/sha256.c runtime/fs/root.c
SDFS_GUEST_OBJS := $(SDFS_READ_SRCS:runtime/fs/%.c=$(SDFS_OBJDIR)/guest/%.o)
SDFS_HOST_OBJS  := $(patsubst runtime/fs/%.c,$(SDFS_OBJDIR)/host/%.o,$(SDFS_READ_SRCS) runtime/fs/write.c)

# Guest objects use newlib's headers (GUEST_APP_CFLAGS, from runtime/libc/libc.mk).
$(SDFS_OBJDIR)/guest/%.o: runtime/fs/%.c $(NEWLIB)/.built
	@mkdir -p $(@D)
	$(CC) $(GUEST_APP_CFLAGS) $(SDFS_CFLAGS) -MMD -MP -c $< -o $@
$(SDFS_OBJDIR)/host/%.o: runtime/fs/%.c
	@mkdir -p $(@D)
	$(CC) $(HOST_CFLAGS) $(SDFS_CFLAGS) -MMD -MP -c $< -o $@

$(SDFS_GUEST_LIB): $(SDFS_GUEST_OBJS)
	@rm -f $@
	ar rcs $@ $^
$(SDFS_HOST_LIB): $(SDFS_HOST_OBJS)
	@rm -f $@
	ar rcs $@ $^

$(SDFS_OBJDIR)/host/sd-mkfs.o: runtime/fs/sd-mkfs.c
$(SD_MKFS): $(SDFS_OBJDIR)/host/sd-mkfs.o $(SDFS_HOST_LIB)
	@mkdir -p $(@D)
	$(CC) $^ -o $@

-include $(SDFS_GUEST_OBJS:.o=.d) $(SDFS_HOST_OBJS:.o=.d) $(SDFS_OBJDIR)/host/sd-mkfs.d
ALL_TARGETS += $(SDFS_GUEST_LIB) $(SDFS_HOST_LIB) $(SD_MKFS)

# ---- check-sdfs: the reader, the writer and SHA-256 on the host (runtime/fs/tests) -----------
SDFS_TEST_BIN  := $(SDFS_OBJDIR)/tests/sdfs-test
SDFS_TEST_SRCS := $(filter-out %/fuzz_sdfs.c %/bench_sdfs.c,$(wildcard runtime/fs/tests/*.c))
SDFS_TEST_OBJS := $(SDFS_TEST_SRCS:runtime/fs/tests/%.c=$(SDFS_OBJDIR)/tests/%.o)

$(SDFS_OBJDIR)/tests/%.o: runtime/fs/tests/%.c runtime/fs/tests/sdfs_test.h
	@mkdir -p $(@D)
	$(CC) $(HOST_CFLAGS) $(SDFS_CFLAGS) $(shell pkg-config --cflags check 2>/dev/null) -MMD -MP -c $< -o $@
$(SDFS_TEST_BIN): $(SDFS_TEST_OBJS) $(SDFS_HOST_LIB)
	$(CC) $^ $(shell pkg-config --libs check 2>/dev/null) -o $@

.PHONY: check-sdfs
check-sdfs: $(SDFS_TEST_BIN)
	@mkdir -p $(BUILD)/results && rm -f $(BUILD)/results/sdfs.txt
	tests/lib/run-check.sh $(BUILD)/results/sdfs.txt $(SDFS_TEST_BIN)

-include $(SDFS_TEST_OBJS:.o=.d)
DEBIAN_PACKAGES += check pkg-config
ALL_TARGETS  += $(SDFS_TEST_BIN)
CHECK_SUITES += check-sdfs

# ---- fuzz-sdfs: libFuzzer on sdfs_open (clang; not part of make check) ------------------------
#   make fuzz-sdfs [FUZZ_SECONDS=60]   seeds: images sd-mkfs makes; summary build/fuzz/sdfs/fuzz.txt
SDFS_FUZZ_DIR := $(BUILD)/fuzz/sdfs
SDFS_FUZZER   := $(SDFS_FUZZ_DIR)/fuzz_sdfs
FUZZ_SECONDS  ?= 60

$(SDFS_FUZZER): runtime/fs/tests/fuzz_sdfs.c $(SDFS_READ_SRCS) runtime/fs/include/sdfs/fs.h \
                runtime/fs/include/sdfs/format.h
	@mkdir -p $(@D)
	clang -std=gnu11 -g -O1 -Wall -Wextra -fsanitize=fuzzer,address,undefined \
	  -fno-sanitize-recover=undefined $(SDFS_CFLAGS) -o $@ $< $(SDFS_READ_SRCS)

.PHONY: fuzz-sdfs
fuzz-sdfs: $(SDFS_FUZZER) $(SD_MKFS)
	@mkdir -p $(SDFS_FUZZ_DIR)/seeds $(SDFS_FUZZ_DIR)/corpus $(SDFS_FUZZ_DIR)/crashes
	@$(SD_MKFS) -o $(SDFS_FUZZ_DIR)/seeds/small.img --config runtime/fs/README.md \
	    runtime/fs/include:/app/include >/dev/null
	@$(SD_MKFS) -o $(SDFS_FUZZ_DIR)/seeds/empty.img >/dev/null
	-timeout -k 10 $$(( $(FUZZ_SECONDS) + 120 )) $(SDFS_FUZZER) -max_total_time=$(FUZZ_SECONDS) \
	  -max_len=65536 -timeout=10 -rss_limit_mb=1024 -print_final_stats=1 \
	  -artifact_prefix=$(SDFS_FUZZ_DIR)/crashes/ $(SDFS_FUZZ_DIR)/corpus $(SDFS_FUZZ_DIR)/seeds \
	  > $(SDFS_FUZZ_DIR)/fuzz.log 2>&1
	@{ echo "fuzz-sdfs: sdfs_open for $(FUZZ_SECONDS) s"; \
	   grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added)' $(SDFS_FUZZ_DIR)/fuzz.log; \
	   echo "crashes: $$(find $(SDFS_FUZZ_DIR)/crashes -type f | wc -l)"; } | tee $(SDFS_FUZZ_DIR)/fuzz.txt
	@[ -z "$$(find $(SDFS_FUZZ_DIR)/crashes -type f)" ]

# ---- bench-sdfs: reader figures, and the class library packed by sd-mkfs ----------------------
SDFS_BENCH_BIN := $(SDFS_OBJDIR)/tests/bench-sdfs

$(SDFS_BENCH_BIN): runtime/fs/tests/bench_sdfs.c $(SDFS_HOST_LIB)
	@mkdir -p $(@D)
	$(CC) $(HOST_CFLAGS) $(SDFS_CFLAGS) $^ -o $@

# The class library's rules come later in the Makefile: it is made from the recipe.
.PHONY: bench-sdfs
bench-sdfs: $(SDFS_BENCH_BIN) $(SD_MKFS)
	@$(MAKE) --no-print-directory $(CLASSLIB_STAMP) >/dev/null
	@mkdir -p $(BUILD)/bench $(SDFS_OBJDIR)/bench
	@{ $(SDFS_BENCH_BIN) $(SDFS_OBJDIR)/bench; \
	   t0=$$(date +%s%N); \
	   $(SD_MKFS) -o $(SDFS_OBJDIR)/bench/classlib.img $(CLASSLIB_CLASSES):/classlib >/dev/null; \
	   t1=$$(date +%s%N); \
	   echo "sd-mkfs $(CLASSLIB_CLASSES) ($$(du -sb $(CLASSLIB_CLASSES) | cut -f1) bytes in" \
	        "$$(find $(CLASSLIB_CLASSES) -type f | wc -l) files): $$(stat -c %s $(SDFS_OBJDIR)/bench/classlib.img)" \
	        "bytes image, $$(xz -9 -c $(SDFS_OBJDIR)/bench/classlib.img | wc -c) xz'd, $$(( (t1 - t0) / 1000000 )) ms"; \
	 } > $(BUILD)/bench/sdfs.txt
	@cat $(BUILD)/bench/sdfs.txt

BENCH_TARGETS += bench-sdfs
