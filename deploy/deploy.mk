# deploy: make rules (see the top-level Makefile for the shared lists)
#
#   build/sandbox/    the Xen sandbox: Debian's Xen, dom0 kernel and tools, fetched and unpacked
#                     here (never installed), plus the dom0 initramfs (deploy/sandbox/)
#   build/bin/sd-launch   boots one PV kernel through libxl, run inside dom0 (deploy/launch/)
#   make run          builds manifests/hello and deploys it to the sandbox host (stardust-deploy)

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

# make run: the README's first step. Builds the example Java service (manifests/hello) with
# stardust-build and deploys it with stardust-deploy to the sandbox host (Xen + a dom0 running
# stardust-agent, in QEMU), showing its console as it runs and then its JSON status. The sandbox
# stays up for further deploys until `build/bin/stardust-deploy sandbox stop`.
RUN_IMAGE := $(BUILD)/manifests/hello/image.sd
run:
	@$(MAKE) --no-print-directory deps
	@$(MAKE) --no-print-directory $(BUILD)/bin/stardust-build $(SD_DEPLOY) $(SANDBOX)/agent.cpio \
	    components $(BUILD)/manifests/hello/.built
	@mkdir -p $(BUILD)/run
	$(BUILD)/bin/stardust-build $(BUILD)/manifests/hello/service.yaml
	@echo "run: deploying hello to the sandbox host (its first boot takes a minute or so)"
	@echo "---- hello console ----"
	@$(SD_DEPLOY) --host sandbox --wait --console --json --timeout 600 $(RUN_IMAGE) \
	    > $(BUILD)/run/hello.json; st=$$?; \
	  echo "---- hello status ----"; cat $(BUILD)/run/hello.json; \
	  echo "run: the sandbox keeps running; stop it with: $(SD_DEPLOY) sandbox stop"; exit $$st

# Bench: creation -> console / main for hello-c, sd-launch against a raw `xl create`.
RUN_GUEST := $(BUILD)/guests/hello-c.elf
.PHONY: bench-boot-times
bench-boot-times: $(RUN_GUEST) $(SYSTEM_HARNESS_DEPS)
	tests/system/harness/bench-boot-times.sh $(BUILD)/system/bench-boot $(RUN_GUEST) \
	    $(BUILD)/bench/boot-times.txt 3
BENCH_TARGETS += bench-boot-times

# ---- stardust-deploy (deploy/cli, owner: H7) ---------------------------------------------------
#   build/bin/stardust-deploy   the deploy tool (deploy/cli/README.md, man/stardust-deploy.1)
#   make check-deploy           tests/deploy: end to end against the sandbox (one boot)
SD_DEPLOY := $(BUILD)/bin/stardust-deploy
DEPLOY_CLI_SRCS := $(addprefix deploy/cli/, main.c options.c msg.c hosts.c output.c target.c \
                     cmd_deploy.c cmd_service.c cmd_hosts.c sandbox.c remote.c agent_backend.c \
                     local_backend.c)
# The local path runs deploy/lib's service layer (and the domain calls under it) in-process.
DEPLOY_CLI_LIB_SRCS := $(filter-out %_test.c,$(wildcard deploy/lib/*.c)) deploy/launch/domain.c \
                       deploy/launch/guest_data.c builder/image_sd.c
DEPLOY_CLI_PKGS := libcurl json-c libarchive libcrypto
DEBIAN_PACKAGES += libcurl4-openssl-dev libarchive-dev libssl-dev libxen-dev openssl

$(SD_DEPLOY): $(DEPLOY_CLI_SRCS) $(DEPLOY_CLI_LIB_SRCS) $(wildcard deploy/cli/*.h deploy/lib/*.h \
              deploy/launch/*.h) builder/image_sd.h
	@mkdir -p $(@D)
	$(CC) $(HOST_CFLAGS) -DSD_PROJECT_DIR='"$(CURDIR)"' -Ideploy/lib -Ideploy/launch -Ibuilder \
	    $$(pkg-config --cflags $(DEPLOY_CLI_PKGS)) -o $@ $(DEPLOY_CLI_SRCS) $(DEPLOY_CLI_LIB_SRCS) \
	    $$(pkg-config --libs $(DEPLOY_CLI_PKGS)) -lxenlight -lxentoollog -lxenstore -lpthread
ALL_TARGETS += $(SD_DEPLOY)

# Tests: mkimage packs the C test guests into image.sd (until stardust-build makes them);
# deploy_test (Check + json-c) asserts on stardust-deploy's JSON; run.sh boots the sandbox once.
DEPLOY_TEST_DIR  := $(BUILD)/tests/deploy
DEPLOY_MKIMAGE   := $(DEPLOY_TEST_DIR)/mkimage
DEPLOY_TEST_BIN  := $(DEPLOY_TEST_DIR)/deploy_test
DEPLOY_TEST_DEPS := $(SD_DEPLOY) $(DEPLOY_MKIMAGE) $(DEPLOY_TEST_BIN) $(SANDBOX)/agent.cpio \
                    $(BUILD)/guests/hello-c.elf $(BUILD)/guests/test-shutdown.elf \
                    $(BUILD)/guests/test-crash.elf $(BUILD)/bin/sd-mkfs tests/deploy/run.sh tests/deploy/dom0-local.sh \
                    deploy/sandbox/sandbox-host.sh deploy/sandbox/sandbox-dom0.sh

$(DEPLOY_MKIMAGE): tests/deploy/mkimage.c builder/image_sd.c builder/image_sd.h
	@mkdir -p $(@D)
	$(CC) $(HOST_CFLAGS) -Ibuilder $$(pkg-config --cflags json-c libarchive libcrypto) -o $@ \
	    tests/deploy/mkimage.c builder/image_sd.c $$(pkg-config --libs json-c libarchive libcrypto)

DEPLOY_UNIT_BIN := $(DEPLOY_TEST_DIR)/cli_unit_test
$(DEPLOY_UNIT_BIN): tests/deploy/cli_unit_test.c deploy/cli/hosts.c deploy/cli/options.c \
                    deploy/cli/msg.c $(wildcard deploy/cli/*.h)
	@mkdir -p $(@D)
	$(CC) $(HOST_CFLAGS) -Ideploy/cli $$(pkg-config --cflags check) -o $@ $(filter %.c,$^) \
	    $$(pkg-config --libs check)

$(DEPLOY_TEST_BIN): tests/deploy/deploy_test.c
	@mkdir -p $(@D)
	$(CC) $(HOST_CFLAGS) $$(pkg-config --cflags check json-c) $< -o $@ $$(pkg-config --libs check json-c)

.PHONY: check-deploy bench-deploy
check-deploy: $(DEPLOY_TEST_DEPS) $(DEPLOY_UNIT_BIN)
	@mkdir -p $(BUILD)/results && rm -f $(BUILD)/results/deploy.txt
	-tests/lib/run-check.sh $(BUILD)/results/deploy.txt $(DEPLOY_UNIT_BIN)
	@if [ -z "$$(groff -man -ww -z man/stardust-deploy.1 2>&1)" ]; then v=PASS; else v=FAIL; fi; \
	  echo "$$v man/stardust-deploy.1 renders without warnings" >> $(BUILD)/results/deploy.txt
	tests/deploy/run.sh check $(DEPLOY_TEST_DIR)/check $(CURDIR)/$(BUILD)/results/deploy.txt

bench-deploy: $(DEPLOY_TEST_DEPS)
	@mkdir -p $(BUILD)/bench
	tests/deploy/run.sh bench $(DEPLOY_TEST_DIR)/bench $(CURDIR)/$(BUILD)/bench/deploy.txt

ALL_TARGETS   += $(DEPLOY_MKIMAGE) $(DEPLOY_TEST_BIN) $(DEPLOY_UNIT_BIN)
CHECK_SUITES  += check-deploy
BENCH_TARGETS += bench-deploy
# ---- end of stardust-deploy --------------------------------------------------------------------

# ---- stardust-agent + deploy/lib (deploy/agent, deploy/lib; owner: the agent helper) ---------
#   build/bin/stardust-agent      the dom0 agent (deploy/agent/README.md, man/stardust-agent.8)
#   build/sandbox/agent.cpio      the agent, its libraries and start scripts for the sandbox's
#                                 dom0: appended after dom0.cpio only by runs that want it
#   make check-agent              tests/agent: unit tests (hosted) + the API against a sandbox
SD_AGENT        := $(BUILD)/bin/stardust-agent
SD_AGENT_CPIO   := $(SANDBOX)/agent.cpio
DEPLOY_LIB_SRCS := $(addprefix deploy/lib/, service.c record.c state_store.c image_store.c \
                     atomic_file.c digest.c) deploy/launch/domain.c deploy/launch/guest_data.c \
                   $(IMAGE_SD_SRCS)
DEPLOY_LIB_CFLAGS := -Ideploy/lib -Ideploy/launch -Ibuilder
DEPLOY_LIB_LIBS := -lxenlight -lxentoollog -lxenstore -lpthread \
                   $(shell pkg-config --libs json-c libarchive libcrypto 2>/dev/null)
AGENT_SRCS := $(addprefix deploy/agent/, main.c config.c auth.c http_server.c http_reply.c \
                routes.c api_health.c api_images.c api_domains.c api_console.c)
AGENT_HDRS := $(wildcard deploy/agent/*.h deploy/lib/*.h deploy/launch/*.h) builder/image_sd.h
DEBIAN_PACKAGES += libmicrohttpd-dev libgnutls28-dev libjson-c-dev libarchive-dev libssl-dev \
                   libcurl4-openssl-dev openssl
ALL_TARGETS += $(SD_AGENT)

$(SD_AGENT): $(AGENT_SRCS) $(DEPLOY_LIB_SRCS) $(AGENT_HDRS)
	@mkdir -p $(@D)
	$(CC) $(HOST_CFLAGS) -Ideploy/agent $(DEPLOY_LIB_CFLAGS) -o $@ $(AGENT_SRCS) $(DEPLOY_LIB_SRCS) \
	    -lmicrohttpd $(DEPLOY_LIB_LIBS)

$(SD_AGENT_CPIO): $(SD_AGENT) $(SANDBOX)/dom0.cpio deploy/sandbox/mkagent.sh \
                  deploy/sandbox/agent-net-up.sh deploy/sandbox/vif-stardust
	deploy/sandbox/mkagent.sh $(SANDBOX) $(SD_AGENT) $@

# Tests: unit (config, tokens, stores; no Xen needed) and the sandbox run (tests/agent/README.md).
AGENT_TEST_DIR  := $(BUILD)/tests/agent
AGENT_UNIT_BIN  := $(AGENT_TEST_DIR)/agent_unit_test
AGENT_SB_BIN    := $(AGENT_TEST_DIR)/agent_sandbox_test
AGENT_MKIMAGE   := $(DEPLOY_MKIMAGE)
AGENT_TEST_LIB  := $(filter-out deploy/launch/%,$(DEPLOY_LIB_SRCS)) deploy/agent/config.c \
                   deploy/agent/auth.c deploy/agent/routes.c

$(AGENT_UNIT_BIN): tests/agent/unit_test.c tests/agent/test_images.c tests/agent/test_images.h \
                   $(AGENT_TEST_LIB) $(AGENT_HDRS)
	@mkdir -p $(@D)
	$(CC) $(HOST_CFLAGS) -Ideploy/agent $(DEPLOY_LIB_CFLAGS) -Itests/agent $$(pkg-config --cflags check) \
	    -o $@ tests/agent/unit_test.c tests/agent/test_images.c $(AGENT_TEST_LIB) \
	    deploy/launch/domain.c deploy/launch/guest_data.c $$(pkg-config --libs check) $(DEPLOY_LIB_LIBS)

$(AGENT_SB_BIN): tests/agent/sandbox_test.c
	@mkdir -p $(@D)
	$(CC) $(HOST_CFLAGS) $$(pkg-config --cflags check json-c libcurl) -o $@ $< \
	    $$(pkg-config --libs check json-c libcurl) -lpthread

# The guests the sandbox test deploys, each packed into an image.sd with a one-file rootfs.
AGENT_IMAGES := $(AGENT_TEST_DIR)/images/.built
$(AGENT_IMAGES): $(AGENT_MKIMAGE) $(SD_MKFS) $(BUILD)/guests/hello-c.elf \
                 $(BUILD)/guests/test-crash.elf $(BUILD)/guests/test-shutdown.elf \
                 $(BUILD)/tests/system/spin-guest.elf tests/agent/make-images.sh
	tests/agent/make-images.sh $(AGENT_TEST_DIR)/images $(AGENT_MKIMAGE) $(SD_MKFS) $(BUILD)
	@touch $@

.PHONY: check-agent
check-agent: $(AGENT_UNIT_BIN) $(AGENT_SB_BIN) $(AGENT_IMAGES) $(SD_AGENT_CPIO) \
             deploy/sandbox/boot.sh tests/agent/run-sandbox.sh tests/agent/dom0-agent-job.sh \
             tests/agent/control.sh
	@mkdir -p $(BUILD)/results && rm -f $(BUILD)/results/agent.txt
	-tests/lib/run-check.sh $(BUILD)/results/agent.txt $(AGENT_UNIT_BIN)
	tests/lib/run-check.sh $(BUILD)/results/agent.txt tests/agent/run-sandbox.sh \
	    $(AGENT_TEST_DIR)/sandbox $(AGENT_SB_BIN) $(AGENT_TEST_DIR)/images
ALL_TARGETS  += $(AGENT_UNIT_BIN) $(AGENT_SB_BIN)
CHECK_SUITES += check-agent

# Figures: a raw `xl create` in dom0 against the agent's first and cached deploys, one boot.
.PHONY: bench-agent
bench-agent: $(AGENT_SB_BIN) $(AGENT_IMAGES) $(SD_AGENT_CPIO) deploy/sandbox/boot.sh \
             tests/agent/run-sandbox.sh tests/agent/dom0-agent-job.sh tests/agent/control.sh
	@mkdir -p $(BUILD)/bench
	SD_AGENT_BENCH=$(CURDIR)/$(BUILD)/bench/agent-deploy.txt SD_AGENT_TEST_LIMIT=400 \
	    tests/agent/run-sandbox.sh $(AGENT_TEST_DIR)/bench $(AGENT_SB_BIN) $(AGENT_TEST_DIR)/images
BENCH_TARGETS += bench-agent
# ---- end of stardust-agent -----------------------------------------------------------------------
