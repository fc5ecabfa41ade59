# builder back end: from a checked manifest to image.sd (builder/build.h, builder/image_sd.h).
# Included from builder/builder.mk (BACK END block), so BUILDER_* of that file are defined.
#
#   IMAGE_SD_SRCS / IMAGE_SD_LIBS   what a tool that reads or writes image.sd compiles and links
#                                  (stardust-deploy, stardust-agent): -Ibuilder, image_sd.h
#   make check-builder-image       builder/tests: image.sd, class path, main class, link check,
#                                  reproducible builds -> build/results/builder-image.txt
#   make check-builder-boot        the examples' images booted in the Xen sandbox
#                                  -> build/results/builder-boot.txt (~30 s of sandbox)
#   make bench-build               build/bench/build.txt: hello build wall time, image sizes
# Details: builder/BACK-END.md.

IMAGE_SD_SRCS := builder/image_sd.c
IMAGE_SD_LIBS := $(shell pkg-config --libs libarchive json-c libcrypto 2>/dev/null)
DEBIAN_PACKAGES += libarchive-dev libjson-c-dev libssl-dev check binutils time openjdk-17-jdk-headless

# The back end's own files, and the VM's class file parser and verifier (host build; they
# stand alone: runtime/jvm/classfile.h).
BACKEND_OWN_SRCS := $(addprefix builder/, build.c classpath.c classworld.c linkcheck.c \
                      classlib_closure.c vm_roots.c maincheck.c rootfs.c kernel_link.c msglist.c \
                      image_sd.c)
BUILDER_BACKEND_SRCS += $(BACKEND_OWN_SRCS) $(JVM_CLASSFILE_SRCS)
BUILDER_BACKEND_LIBS += $(SDFS_HOST_LIB) $(shell pkg-config --libs libcrypto 2>/dev/null)
BUILDER_CFLAGS       += -Iruntime/jvm

# ---- check-builder-image ------------------------------------------------------------------------
BI_TEST_DIR   := $(BUILD)/tests/builder-image
BI_CHECK_LIBS := $(shell pkg-config --libs check libarchive json-c libcrypto 2>/dev/null)
BI_CHECK_CFLAGS := $(HOST_CFLAGS) -Ibuilder $(shell pkg-config --cflags check libarchive json-c 2>/dev/null)
CHECK_SUITES  += check-builder-image

$(BI_TEST_DIR)/check-image-sd: builder/tests/check_image_sd.c $(IMAGE_SD_SRCS) builder/image_sd.h
	@mkdir -p $(@D)
	$(CC) $(BI_CHECK_CFLAGS) -o $@ builder/tests/check_image_sd.c $(IMAGE_SD_SRCS) $(BI_CHECK_LIBS)

# The back end's unit tests: class path, main class, link check, closure, java.conf.
BI_FIXTURES      := $(BI_TEST_DIR)/fixtures
BI_BACK_END_TEST := $(BI_TEST_DIR)/check-back-end
BI_TEST_SRCS     := $(BACKEND_OWN_SRCS) $(JVM_CLASSFILE_SRCS) $(BUILDER_MANIFEST_SRCS)
BI_TEST_CFLAGS   := $(BI_CHECK_CFLAGS) -Iruntime/jvm -Iruntime/fs/include

$(BI_BACK_END_TEST): builder/tests/check_back_end.c $(BI_TEST_SRCS) $(wildcard builder/*.h) $(SDFS_HOST_LIB)
	@mkdir -p $(@D)
	$(CC) $(BI_TEST_CFLAGS) -o $@ builder/tests/check_back_end.c $(BI_TEST_SRCS) $(SDFS_HOST_LIB) \
	  $(BI_CHECK_LIBS) $(shell pkg-config --libs yaml-0.1 2>/dev/null)

$(BI_FIXTURES)/.built: builder/tests/make-fixtures.sh $(shell find builder/tests/java -type f 2>/dev/null) \
                       $(CLASSLIB_STAMP)
	builder/tests/make-fixtures.sh $(BI_FIXTURES) $(CLASSLIB_CLASSES)
	@touch $@

# End to end: build_image on the fixtures with the components of `make components`.
BI_BUILD_TEST := $(BI_TEST_DIR)/check-build
$(BI_BUILD_TEST): builder/tests/check_build.c $(BI_TEST_SRCS) $(wildcard builder/*.h) $(SDFS_HOST_LIB)
	@mkdir -p $(@D)
	$(CC) $(BI_TEST_CFLAGS) -o $@ builder/tests/check_build.c $(BI_TEST_SRCS) $(SDFS_HOST_LIB) \
	  $(BI_CHECK_LIBS) $(shell pkg-config --libs yaml-0.1 2>/dev/null)

.PHONY: check-builder-image
# The end-to-end tests need `make components` (the kernel and VM for the guest); when that
# fails, they are recorded as one FAIL and the other tests still run.
check-builder-image: $(BI_TEST_DIR)/check-image-sd $(BI_BACK_END_TEST) $(BI_BUILD_TEST) \
                     $(BI_FIXTURES)/.built
	@mkdir -p $(BUILD)/results && rm -f $(BUILD)/results/builder-image.txt
	@st=0; tests/lib/run-check.sh $(BUILD)/results/builder-image.txt $(BI_TEST_DIR)/check-image-sd || st=1; \
	  SD_BI_FIXTURES=$(BI_FIXTURES) SD_CLASSLIB=$(CLASSLIB_CLASSES) SD_JVM_DIR=$(JVM_DIR) \
	    tests/lib/run-check.sh $(BUILD)/results/builder-image.txt $(BI_BACK_END_TEST) || st=1; \
	  if $(MAKE) --no-print-directory $(COMPONENTS_DIR)/.stamp; then \
	    SD_BI_FIXTURES=$(BI_FIXTURES) SD_COMPONENTS=$(COMPONENTS_DIR) \
	      tests/lib/run-check.sh $(BUILD)/results/builder-image.txt $(BI_BUILD_TEST) || st=1; \
	  else echo "FAIL builder/tests/check_build.c (make components failed)" >> $(BUILD)/results/builder-image.txt; st=1; fi; \
	  exit $$st

# ---- check-builder-boot: the examples' images boot in the Xen sandbox ----------------------------
# Builds each example with stardust-build, unpacks kernel.elf and rootfs.img (tar), boots them
# all in one sandbox run (tests/system/harness) and checks the consoles (builder/tests/check_boot.c).
# What it needs is made in the recipe, so a failure there is one FAIL line, not a missing suite.
BI_BOOT_DIR  := $(BUILD)/tests/builder-boot
BI_BOOT_TEST := $(BI_TEST_DIR)/check-boot
BI_BOOT_EXAMPLES := hello multi resource
CHECK_SUITES += check-builder-boot

$(BI_BOOT_TEST): builder/tests/check_boot.c
	@mkdir -p $(@D)
	$(CC) $(BI_CHECK_CFLAGS) -o $@ $< $(BI_CHECK_LIBS)

.PHONY: check-builder-boot
check-builder-boot: $(BI_BOOT_TEST)
	@mkdir -p $(BUILD)/results && rm -f $(BUILD)/results/builder-boot.txt
	@$(MAKE) --no-print-directory $(BUILDER_BIN) $(COMPONENTS_DIR)/.stamp $(SYSTEM_HARNESS_DEPS) \
	    $(BI_BOOT_EXAMPLES:%=$(BUILD)/manifests/%/.built) \
	  || { echo "FAIL builder/tests/check_boot.c (prerequisites failed to build)" \
	         >> $(BUILD)/results/builder-boot.txt; exit 1; }
	@rm -rf $(BI_BOOT_DIR) && mkdir -p $(BI_BOOT_DIR)
	@set -e; for e in $(BI_BOOT_EXAMPLES); do \
	  $(BUILDER_BIN) -q -o $(BI_BOOT_DIR)/$$e.sd $(BUILD)/manifests/$$e/service.yaml; \
	  mkdir -p $(BI_BOOT_DIR)/$$e && tar -C $(BI_BOOT_DIR)/$$e -xf $(BI_BOOT_DIR)/$$e.sd; \
	  echo "$$e $(BI_BOOT_DIR)/$$e/kernel.elf 32 timeout 200 ramdisk $(BI_BOOT_DIR)/$$e/rootfs.img"; \
	done > $(BI_BOOT_DIR)/plan
	-timeout 900 tests/system/harness/run-guests.sh $(BI_BOOT_DIR)/out $(BI_BOOT_DIR)/plan
	tests/lib/run-check.sh $(BUILD)/results/builder-boot.txt $(BI_BOOT_TEST) $(BI_BOOT_DIR)/out

# ---- bench-build -------------------------------------------------------------------------------
BENCH_TARGETS += bench-build
.PHONY: bench-build
bench-build: $(BUILDER_BIN) $(BUILD)/manifests/hello/.built $(BUILD)/manifests/multi/.built \
             $(BUILD)/manifests/resource/.built $(COMPONENTS_DIR)/.stamp
	@mkdir -p $(BUILD)/bench
	builder/bench-build.sh $(BUILDER_BIN) $(BUILD)/manifests > $(BUILD)/bench/build.txt
