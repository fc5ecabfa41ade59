# tests/java: make rules (see the top-level Makefile for the shared lists)
#
#   make check-java [JAVA_TESTS="Enums Lambdas"]   conformance: OpenJDK 17 vs stardust-java
#   make check-java-negative                       damaged / incompatible classes
#   make java-validate                             the tests themselves, on OpenJDK only
#
# Both suites need the VM and the class library; they are built first when their fragments
# list them in ALL_TARGETS (anything whose name holds "stardust-java" or "classlib"). When
# either is missing the runners still run and report every test as FAIL with the reason.

DEBIAN_PACKAGES += openjdk-17-jdk-headless gcc
CHECK_SUITES    += check-java check-java-negative

JAVA_TESTS      ?=
JAVA_TEST_NEEDS  = $(foreach t,$(ALL_TARGETS),$(if $(or $(findstring stardust-java,$(t)),$(findstring classlib,$(t))),$(t)))

.PHONY: check-java check-java-negative java-validate java-test-needs

# Build what the tests run on without making the suite depend on it: a broken VM build must
# still yield a results file full of FAIL lines rather than no results at all.
java-test-needs:
	@$(if $(strip $(JAVA_TEST_NEEDS)),$(MAKE) --no-print-directory $(JAVA_TEST_NEEDS) \
	  || echo "check-java: the VM or class library did not build; the tests will fail",true)

check-java: java-test-needs
	@mkdir -p $(BUILD)/results && rm -f $(BUILD)/results/check-java.txt
	@tests/java/run.sh --results $(BUILD)/results/check-java.txt $(JAVA_TESTS)

check-java-negative: java-test-needs
	@mkdir -p $(BUILD)/results && rm -f $(BUILD)/results/check-java-negative.txt
	@tests/java/negative/run.sh --results $(BUILD)/results/check-java-negative.txt

java-validate:
	@tests/java/run.sh --validate --results $(BUILD)/tests/java-validate/results.txt $(JAVA_TESTS)

include tests/fuzz/fuzz.mk tests/bench/bench.mk
