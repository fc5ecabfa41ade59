# builder: make rules for stardust-build (see the top-level Makefile for the shared lists)
#
#   build/bin/stardust-build        the tool (builder/README.md)
#   build/manifests/NAME/           the example services, compiled (manifests/README.md)
#   make check-builder              tests/builder: every manifest error, the command line
#
# Back end (H5): builder/back-end.mk, included in the BACK END block below, adds its sources
# and link inputs, one `+=` per line, e.g.
#     BUILDER_BACKEND_SRCS += builder/build.c
#     BUILDER_BACKEND_LIBS += $(SDFS_HOST_LIB)
# Sources may live anywhere in the tree (runtime/jvm/classfile.c too): each is compiled to
# build/builder/obj/<its path>.o with BUILDER_CFLAGS. Extra -I flags go to BUILDER_CFLAGS.

BUILDER_BIN    := $(BUILD)/bin/stardust-build
BUILDER_OBJDIR := $(BUILD)/builder/obj
BUILDER_PKGS   := yaml-0.1 libarchive json-c
BUILDER_CFLAGS := $(HOST_CFLAGS) -Ibuilder -Iruntime/fs/include \
                  $(shell pkg-config --cflags $(BUILDER_PKGS) 2>/dev/null)
BUILDER_LIBS   := $(shell pkg-config --libs $(BUILDER_PKGS) 2>/dev/null)

# Front end: the command line and the manifest (owner: issue 5 front end).
BUILDER_FRONT_SRCS := $(addprefix builder/, main.c cli_options.c msg.c cmd_build.c cmd_inspect.c \
                        cmd_init.c manifest.c manifest_schema.c manifest_network.c manifest_values.c \
                        manifest_json.c suggest.c)
BUILDER_MANIFEST_SRCS := $(addprefix builder/, manifest.c manifest_schema.c manifest_network.c \
                           manifest_values.c manifest_json.c suggest.c)

# ---- BACK END (H5): sources and link inputs --------------------------------------------------
BUILDER_BACKEND_SRCS :=
BUILDER_BACKEND_LIBS :=
include builder/back-end.mk
# ---- end of BACK END ---------------------------------------------------------------------------

BUILDER_HDRS := $(wildcard builder/*.h)
DEBIAN_PACKAGES += libyaml-dev libarchive-dev libjson-c-dev pkg-config groff-base bsdutils
ALL_TARGETS     += $(BUILDER_BIN)

# --init writes templates/: they are compiled into the tool, so it needs no data directory.
BUILDER_TEMPLATES     := templates/service.yaml templates/src/Hello.java
BUILDER_TEMPLATES_C   := $(BUILD)/builder/templates.c

$(BUILDER_TEMPLATES_C): $(BUILDER_TEMPLATES) builder/embed-templates.sh
	@mkdir -p $(@D)
	builder/embed-templates.sh templates $(BUILDER_TEMPLATES:templates/%=%) > $@.tmp && mv $@.tmp $@

BUILDER_ALL_SRCS := $(BUILDER_FRONT_SRCS) $(BUILDER_BACKEND_SRCS)
BUILDER_OBJS     := $(patsubst %.c,$(BUILDER_OBJDIR)/%.o,$(BUILDER_ALL_SRCS)) \
                    $(BUILDER_OBJDIR)/templates.o

# -MMD: each object also depends on the headers it really includes (runtime/ ones too).
$(BUILDER_OBJDIR)/%.o: %.c $(BUILDER_HDRS)
	@mkdir -p $(@D)
	$(CC) $(BUILDER_CFLAGS) -MMD -MP -c $< -o $@
-include $(BUILDER_OBJS:.o=.d)

$(BUILDER_OBJDIR)/templates.o: $(BUILDER_TEMPLATES_C)
	@mkdir -p $(@D)
	$(CC) $(BUILDER_CFLAGS) -c $< -o $@

$(BUILDER_BIN): $(BUILDER_OBJS) $(filter %.a,$(BUILDER_BACKEND_LIBS))
	@mkdir -p $(@D)
	$(CC) $(HOST_CFLAGS) -o $@ $(BUILDER_OBJS) $(BUILDER_BACKEND_LIBS) $(BUILDER_LIBS)

# ---- the example services: manifests/NAME -> build/manifests/NAME ----------------------------
# Each example is laid out like a service made by `stardust-build --init`: service.yaml, src/
# (Java), and classes/ once compiled. The rule mirrors the directory into build/manifests/NAME
# and compiles src/ into classes/ there (and lib-src/NAME/ into lib/NAME.jar), so the manifest's
# relative paths ("classes", "lib/text.jar") hold in the build tree; nothing compiled is
# committed. Build an image with: build/bin/stardust-build build/manifests/hello/service.yaml
BUILDER_EXAMPLES := hello multi resource
BUILDER_EXAMPLE_STAMPS := $(BUILDER_EXAMPLES:%=$(BUILD)/manifests/%/.built)
ALL_TARGETS += $(BUILDER_EXAMPLE_STAMPS)

define BUILDER_EXAMPLE_RULE
$(BUILD)/manifests/$(1)/.built: $(shell find manifests/$(1) -type f 2>/dev/null) \
                                builder/build-example.sh $(CLASSLIB_STAMP)
	builder/build-example.sh manifests/$(1) $(BUILD)/manifests/$(1) $(CLASSLIB_CLASSES)
	@touch $$@
endef
$(foreach e,$(BUILDER_EXAMPLES),$(eval $(call BUILDER_EXAMPLE_RULE,$(e))))

# ---- check-builder: tests/builder --------------------------------------------------------------
BUILDER_TEST_BIN  := $(BUILD)/tests/builder/check-builder
BUILDER_TEST_SRCS := tests/builder/check_builder.c tests/builder/check_manifest.c \
                     tests/builder/check_cli.c tests/builder/check_build.c
BUILDER_TEST_CFLAGS := $(BUILDER_CFLAGS) $(shell pkg-config --cflags check 2>/dev/null)
BUILDER_TEST_LIBS   := $(shell pkg-config --libs check 2>/dev/null)
CHECK_SUITES += check-builder

$(BUILDER_TEST_BIN): $(BUILDER_TEST_SRCS) tests/builder/check_builder.h \
                     $(BUILDER_MANIFEST_SRCS:%.c=$(BUILDER_OBJDIR)/%.o)
	@mkdir -p $(@D)
	$(CC) $(BUILDER_TEST_CFLAGS) -o $@ $(BUILDER_TEST_SRCS) \
	  $(BUILDER_MANIFEST_SRCS:%.c=$(BUILDER_OBJDIR)/%.o) $(BUILDER_LIBS) $(BUILDER_TEST_LIBS)

# The fixtures: manifests, data, and the classes and jars they name (compiled Java), laid out
# by tests/builder/make-fixtures.sh; the tests run the tool inside that directory.
BUILDER_FIXTURES := $(BUILD)/tests/builder/fixtures
BUILDER_FIXTURE_INPUTS := $(shell find tests/builder/manifests tests/builder/data tests/builder/java \
                            -type f 2>/dev/null)

$(BUILDER_FIXTURES)/.made: $(BUILDER_FIXTURE_INPUTS) tests/builder/make-fixtures.sh $(CLASSLIB_STAMP)
	tests/builder/make-fixtures.sh tests/builder $(BUILDER_FIXTURES) $(CLASSLIB_CLASSES)
	@touch $@

.PHONY: check-builder
check-builder: $(BUILDER_TEST_BIN) $(BUILDER_BIN) $(BUILDER_FIXTURES)/.made $(BUILDER_EXAMPLE_STAMPS) \
               $(COMPONENTS_DIR)/.stamp
	@mkdir -p $(BUILD)/results && rm -f $(BUILD)/results/builder.txt
	SD_BUILDER_BIN=$(BUILDER_BIN) SD_FIXTURES=$(BUILDER_FIXTURES) SD_EXAMPLES=$(BUILD)/manifests \
	  tests/lib/run-check.sh $(BUILD)/results/builder.txt $(BUILDER_TEST_BIN)
