# tests/fuzz: fuzzing the class-file parser (runtime/jvm/classfile.c, which stands alone)
#
#   make fuzz [FUZZ_SECONDS=60]   libFuzzer run (clang); summary in build/fuzz/fuzz.txt
#   make check-fuzz-replay        the seeds, tests/fuzz/regressions/ and the corpus grown by
#                                 earlier `make fuzz` runs (if any), through a gcc build

DEBIAN_PACKAGES += clang libclang-rt-14-dev check openjdk-17-jdk-headless
CHECK_SUITES    += check-fuzz-replay

FUZZ_SECONDS ?= 60
FUZZ_DIR     := $(BUILD)/fuzz
# The parser's sources as runtime/jvm/jvm.mk lists them (classfile.c stands alone, libc only).
FUZZ_PARSER_SRCS = $(or $(JVM_CLASSFILE_SRCS),runtime/jvm/classfile.c)
FUZZ_PARSER      = $(FUZZ_PARSER_SRCS) runtime/jvm/classfile.h
# Test programs whose class files make good seeds: lambdas (invokedynamic, bootstrap methods),
# inner classes, enums, switches, exception tables, wide locals, every constant kind.
FUZZ_SEED_JAVA := $(addprefix tests/java/,Lambdas.java MethodRefs.java InnerClasses.java \
                  Enums.java SwitchStrings.java SwitchInts.java TryWithResources.java \
                  WideLocals.java Constants.java Generics.java FieldDefaults.java)
FUZZ_SANITIZE := -fsanitize=address,undefined -fno-sanitize-recover=undefined

.PHONY: fuzz check-fuzz-replay

$(FUZZ_DIR)/seeds/.stamp: tests/fuzz/make-seeds.sh $(wildcard tests/fuzz/seeds/*.hex) $(FUZZ_SEED_JAVA)
	@tests/fuzz/make-seeds.sh $(FUZZ_DIR)/seeds $(FUZZ_SEED_JAVA)
	@touch $@

$(FUZZ_DIR)/replay_test: tests/fuzz/replay_test.c tests/fuzz/fuzz_classfile.c $(FUZZ_PARSER)
	@mkdir -p $(@D)
	$(CC) $(HOST_CFLAGS) $(FUZZ_SANITIZE) -Iruntime/jvm -o $@ tests/fuzz/replay_test.c \
	  tests/fuzz/fuzz_classfile.c $(FUZZ_PARSER_SRCS) $(shell pkg-config --cflags --libs check)

$(FUZZ_DIR)/fuzz_classfile: tests/fuzz/fuzz_classfile.c $(FUZZ_PARSER)
	@mkdir -p $(@D)
	clang -std=gnu11 -g -O1 -Wall -Wextra -fsanitize=fuzzer $(FUZZ_SANITIZE) -Iruntime/jvm -o $@ \
	  tests/fuzz/fuzz_classfile.c $(FUZZ_PARSER_SRCS)

check-fuzz-replay: $(FUZZ_DIR)/replay_test $(FUZZ_DIR)/seeds/.stamp
	@mkdir -p $(BUILD)/results && rm -f $(BUILD)/results/check-fuzz-replay.txt
	@tests/lib/run-check.sh $(BUILD)/results/check-fuzz-replay.txt $(FUZZ_DIR)/replay_test \
	  $(sort $(wildcard $(FUZZ_DIR)/seeds/*.class $(FUZZ_DIR)/seeds/*.bin) $(wildcard tests/fuzz/regressions/*) \
	         $(wildcard $(FUZZ_DIR)/corpus/*))

fuzz: $(FUZZ_DIR)/fuzz_classfile $(FUZZ_DIR)/seeds/.stamp
	@tests/fuzz/fuzz.sh $< $(FUZZ_DIR)/seeds $(FUZZ_SECONDS)
