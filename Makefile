# Stardust: top-level build. Each directory adds its own rules in a make fragment (*.mk) that
# appends to the lists below; this file holds only what they share.
#
#   make run     set up, build the example service and run it (on the local Xen sandbox)
#   make check   set up, build everything and run every test suite
#   make bench   figures (sizes, times), written to build/bench/
#   make deps    set-up only: Debian packages (needs root) and the guest's newlib, once

SHELL        := /bin/bash
.DEFAULT_GOAL := all
.DELETE_ON_ERROR:

BUILD        := build
CC           := gcc
JAVAC        := javac
HOST_CFLAGS  := -std=gnu11 -O2 -g -Wall -Wextra -Wno-unused-parameter
# Flags for everything that runs in the guest, newlib included: no red zone (Xen delivers events
# on the current stack), no PIE, frame pointers for backtraces.
GUEST_CFLAGS := -std=gnu11 -O2 -g -Wall -Wextra -Wno-unused-parameter -mno-red-zone -fno-pic \
                -fno-pie -fno-stack-protector -ffreestanding -fno-asynchronous-unwind-tables \
                -fno-omit-frame-pointer -ffunction-sections -fdata-sections
NEWLIB       := $(BUILD)/deps/newlib

# Lists the fragments append to.
DEBIAN_PACKAGES := gcc make binutils pkg-config xz-utils check openjdk-17-jdk-headless
DEPS_TARGETS    :=   # built once by `make deps` (fetched sources, toolchains)
ALL_TARGETS     :=   # what `make` builds
CHECK_SUITES    :=   # phony targets; each writes build/results/<suite>.txt (PASS/FAIL lines)
BENCH_TARGETS   :=   # phony targets; each writes build/bench/<name>.txt

include kernel/kernel.mk
include runtime/fs/fs.mk
include runtime/libc/libc.mk
include runtime/jvm/jvm.mk
include runtime/classlib/classlib.mk
include builder/builder.mk
include deploy/deploy.mk
include tests/unit/unit.mk
include tests/java/java.mk
include tests/system/system.mk

.PHONY: all deps deps-packages check check-suites bench run clean
all: $(ALL_TARGETS)

deps:
	@$(MAKE) --no-print-directory deps-packages
	@$(MAKE) --no-print-directory $(DEPS_TARGETS)

# Installs only what is missing, so a second run is quick.
deps-packages:
	@missing=$$(for p in $(sort $(DEBIAN_PACKAGES)); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; \
	  done); \
	if [ -n "$$missing" ]; then \
	  echo "deps: installing Debian packages:" $$missing; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	    apt-get install -y -qq --no-install-recommends $$missing >$(BUILD)/apt.log 2>&1 \
	    || { mkdir -p $(BUILD); echo "deps: apt-get failed, see $(BUILD)/apt.log"; exit 1; }; \
	fi

check:
	@mkdir -p $(BUILD) && $(MAKE) --no-print-directory deps
	@rm -rf $(BUILD)/results && mkdir -p $(BUILD)/results
	@$(MAKE) --no-print-directory -k check-suites; tests/lib/summary.sh $(BUILD)/results

check-suites: $(CHECK_SUITES)

bench:
	@mkdir -p $(BUILD) && $(MAKE) --no-print-directory deps
	@mkdir -p $(BUILD)/bench && $(MAKE) --no-print-directory $(BENCH_TARGETS)
	@cat $(BUILD)/bench/*.txt

clean:
	rm -rf $(BUILD)/kernel $(BUILD)/runtime $(BUILD)/bin $(BUILD)/guests $(BUILD)/results \
	       $(BUILD)/classlib $(BUILD)/tests $(BUILD)/bench $(BUILD)/builder $(BUILD)/manifests \
	       $(BUILD)/guest $(BUILD)/lib
