# runtime/libc: make rules (see the top-level Makefile for the shared lists)
#
# What other fragments use (all defined below):
#   GUEST_APP_CFLAGS  compile flags for C code that runs in the guest on newlib: GUEST_CFLAGS,
#                     newlib's headers, gcc's own freestanding headers (stddef.h, stdarg.h, ...)
#                     and no glibc ones, the kernel API (kernel/include) and runtime/libc's own
#                     (runtime/libc/include: <sdc/thread.h>).
#   GUEST_APP_LIBS    the libraries a C guest links, in order: libsdc.a (this directory: the
#                     syscall layer, locks, per-thread errno, sd_main), newlib's libc.a and
#                     libm.a. No compiler runtime: newlib's libraries need none of libgcc
#                     (checked by check-libc-link); code using __int128 division or the like
#                     must bring its own, since the host libgcc.a uses the red zone.
#   $(call sd_link_c_app,OUT.elf,APP_OBJECTS)
#                     link a C application into a Xen PV guest: the arch engineer's
#                     sd_link_guest (kernel/xen/xen.mk, which puts every object and library in
#                     one group with the kernel: libc.a, libsdc.a and the kernel call each other)
#                     with GUEST_APP_LIBS appended. The rule using it should depend on
#                     $(GUEST_APP_LIBS) and $(KERNEL_XEN_DEPS).

# ---- newlib, built once from Debian's newlib-source ------------------------------------------
# Target flags: the guest's, without warnings (newlib is not ours to keep -Wall clean).
NEWLIB_CFLAGS := $(filter-out -W%,$(GUEST_CFLAGS))
NEWLIB_WORK   := $(BUILD)/deps/newlib-build
NEWLIB_JOBS   ?= 2

DEBIAN_PACKAGES += newlib-source
DEPS_TARGETS    += $(NEWLIB)/.built

# The flags are part of the cache key: the stamp is rewritten only when they change.
$(BUILD)/deps/newlib-cflags.txt: FORCE_NEWLIB_FLAGS
	@mkdir -p $(@D)
	@echo '$(NEWLIB_CFLAGS)' | cmp -s - $@ || echo '$(NEWLIB_CFLAGS)' >$@
.PHONY: FORCE_NEWLIB_FLAGS

$(NEWLIB)/.built: runtime/libc/build-newlib.sh $(BUILD)/deps/newlib-cflags.txt
	@runtime/libc/build-newlib.sh $(NEWLIB) $(NEWLIB_WORK) $(NEWLIB_JOBS) $(NEWLIB_CFLAGS)
	@touch $@

# ---- flags and libraries for C guests ----------------------------------------------------------
GCC_INCLUDE      := $(shell $(CC) -print-file-name=include)
LIBSDC           := $(BUILD)/runtime/libc/libsdc.a
GUEST_APP_CFLAGS := $(GUEST_CFLAGS) -nostdinc -isystem $(NEWLIB)/include -isystem $(GCC_INCLUDE) \
                    -Ikernel/include -Iruntime/libc/include
GUEST_APP_LIBS   := $(LIBSDC) $(NEWLIB)/lib/libc.a $(NEWLIB)/lib/libm.a

sd_link_c_app = $(call sd_link_guest,$(1),$(2) $(GUEST_APP_LIBS))

# ---- libsdc.a ----------------------------------------------------------------------------------
LIBC_SRCS := $(wildcard runtime/libc/*.c)
LIBC_OBJS := $(patsubst runtime/libc/%.c,$(BUILD)/runtime/libc/%.o,$(LIBC_SRCS))

# Objects of C guests: newlib's headers must exist first (and a rebuilt newlib recompiles).
$(BUILD)/runtime/libc/%.o: runtime/libc/%.c $(NEWLIB)/.built
	@mkdir -p $(@D)
	$(CC) $(GUEST_APP_CFLAGS) -MMD -MP -c $< -o $@

$(LIBSDC): $(LIBC_OBJS)
	@rm -f $@
	ar rcs $@ $^

ALL_TARGETS += $(LIBSDC)
-include $(LIBC_OBJS:.o=.d)

# ---- C guests: the example application and the libc test guest -------------------------------
HELLO_C_ELF   := $(BUILD)/guests/hello-c.elf
LIBC_TEST_ELF := $(BUILD)/guests/libc-test.elf

$(BUILD)/runtime/libc/guests/%.o: $(NEWLIB)/.built
	@mkdir -p $(@D)
	$(CC) $(GUEST_APP_CFLAGS) -MMD -MP -c $(filter %.c,$^) -o $@
$(BUILD)/runtime/libc/guests/hello-c.o: manifests/hello-c/hello.c
$(BUILD)/runtime/libc/guests/libc-test.o: tests/system/guests/libc-test.c

$(HELLO_C_ELF): $(BUILD)/runtime/libc/guests/hello-c.o $(GUEST_APP_LIBS) $(KERNEL_XEN_DEPS)
	$(call sd_link_c_app,$@,$<)
$(LIBC_TEST_ELF): $(BUILD)/runtime/libc/guests/libc-test.o $(GUEST_APP_LIBS) $(KERNEL_XEN_DEPS)
	$(call sd_link_c_app,$@,$<)

-include $(BUILD)/runtime/libc/guests/hello-c.d $(BUILD)/runtime/libc/guests/libc-test.d

# Guests need the arch engineer's link function; until it exists only the library is built.
ifneq ($(value sd_link_guest),)
ALL_TARGETS += $(HELLO_C_ELF) $(LIBC_TEST_ELF)
endif
