# runtime/classlib: make rules (see the top-level Makefile for the shared lists)
#
#   build/classlib/classes     the class library (VM-owned and library-owned classes), version 52
#   build/classlib/.built      stamp: rebuilt whenever any source changes
#   make check-classlib        the library against OpenJDK 17 (tests/classlib/run.sh), no VM needed
#   make bench-classlib        sizes: the whole library, and what hello world loads on the VM
#
# Every .java under src is compiled in one javac run against an empty boot class path, so no
# OpenJDK class can leak in: a missing class is a compile error here, not a surprise in the VM.

CLASSLIB_DIR     := runtime/classlib
CLASSLIB_SRC     := $(CLASSLIB_DIR)/src
CLASSLIB_OUT     := $(BUILD)/classlib
CLASSLIB_CLASSES := $(CLASSLIB_OUT)/classes
CLASSLIB_STAMP   := $(CLASSLIB_OUT)/.built
CLASSLIB_SRCS    := $(shell find $(CLASSLIB_SRC) -name '*.java' 2>/dev/null | LC_ALL=C sort)

DEBIAN_PACKAGES  += openjdk-17-jdk-headless strace
ALL_TARGETS      += $(CLASSLIB_STAMP)
CHECK_SUITES     += check-classlib
BENCH_TARGETS    += bench-classlib

# The source list can be long: hand it to javac in an argument file. javac writes into a
# fresh directory of its own (two builds may run at once) that is also the (empty) boot class
# path, so java.lang comes from -sourcepath; the finished tree then replaces the old one by
# renames, so programs running on the library meanwhile never see a half-built directory.
$(CLASSLIB_STAMP): $(CLASSLIB_SRCS) $(CLASSLIB_DIR)/classlib.mk
	@mkdir -p $(CLASSLIB_OUT)
	@set -e; new=$$(mktemp -d $(CLASSLIB_OUT)/classes.new.XXXXXX); chmod 755 $$new; list=$$new.sources; \
	  printf '%s\n' $(CLASSLIB_SRCS) > $$list; \
	  echo "$(JAVAC) -source 8 -target 8 ... -d $$new @$$list"; \
	  if ! $(JAVAC) -source 8 -target 8 -bootclasspath $$new -sourcepath $(CLASSLIB_SRC) -d $$new \
	       -encoding UTF-8 -nowarn -Xlint:-options @$$list; then rm -rf $$new $$list; exit 1; fi; \
	  old=$$(mktemp -d $(CLASSLIB_OUT)/classes.old.XXXXXX); \
	  { [ ! -d $(CLASSLIB_CLASSES) ] || mv $(CLASSLIB_CLASSES) $$old/; }; \
	  mv $$new $(CLASSLIB_CLASSES); rm -rf $$old $$list
	@touch $@

.PHONY: check-classlib bench-classlib
check-classlib:
	@mkdir -p $(BUILD)/results && rm -f $(BUILD)/results/classlib.txt
	@tests/classlib/run.sh $(BUILD)/results/classlib.txt

bench-classlib: $(CLASSLIB_STAMP)
	@mkdir -p $(BUILD)/bench
	@$(CLASSLIB_DIR)/measure.sh $(CLASSLIB_CLASSES) $(BUILD)/bin/stardust-java > $(BUILD)/bench/classlib.txt
