# tests/bench: JVM benchmarks (make bench); results in build/bench/jvm.txt
#
#   make bench-jvm [BENCH_JVM_RUNS=3]
# Each benchmark runs under stardust-java, java -Xint and java; see tests/bench/run.sh.

DEBIAN_PACKAGES += openjdk-17-jdk-headless time
BENCH_TARGETS   += bench-jvm

BENCH_JVM_RUNS ?= 1

.PHONY: bench-jvm
bench-jvm: java-test-needs
	@mkdir -p $(BUILD)/bench
	@tests/bench/run.sh --runs $(BENCH_JVM_RUNS) --out $(BUILD)/bench/jvm.txt
