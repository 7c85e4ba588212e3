# Thin wrapper over the install script and CMake: `make demo`, `make test`,
# `make killtest`, `make bench`, `make bench-gui`, `make screenshots`, `make fuzz`. Each target installs what it needs,
# configures and builds.
BUILD ?= build
JOBS ?= 2
# The compiler cache, when installed, makes rebuilds in other folders (a
# second clone, the sanitizer builds of .ci/run) cheap.
CCACHE := $(if $(shell command -v ccache),-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CCACHE)
DEMO_DB ?= comptoir-demo.db

.PHONY: all deps build demo test killtest bench bench-gui screenshots fuzz clean format

all: build

deps:
	bash scripts/install-deps.sh

build: deps
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j$(JOBS)

# Demo books of 2025 in $(DEMO_DB) (recreated), then the 2025 summary.
demo: build
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BUILD)/cli/comptoir --db $(DEMO_DB) demo

test: build
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS)

# The real binary killed with SIGKILL at random moments (fixed seeds) in six
# kinds of write, KILL_ROUNDS times each (3 in `make test`): each time the
# book is as before or as after, `verify` passes, the next command works.
KILL_ROUNDS ?= 20
killtest: build
	cmake --build $(BUILD) -j$(JOBS) --target e2e_tests
	COMPTOIR_KILL_ROUNDS=$(KILL_ROUNDS) $(BUILD)/tests/e2e_tests --gtest_filter='KillTest.*'

# Benchmarks (Release build, ledger/hledger installed for comparison).
bench:
	bash scripts/install-deps.sh --bench
	cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DCOMPTOIR_BENCH=ON -DCOMPTOIR_TESTS=OFF -DCOMPTOIR_GUI=OFF
	cmake --build build-bench -j$(JOBS)
	build-bench/tests/bench/comptoir_bench $(BENCH_ARGS)

# The desktop app's recompute timing (Funding mix tab), a table of medians.
bench-gui: build
	cmake --build $(BUILD) -j$(JOBS) --target comptoir_gui_bench
	QT_QPA_PLATFORM=offscreen $(BUILD)/tests/comptoir_gui_bench $(BENCH_ARGS)

# A picture of each view of the desktop app in docs/ (the real app under Xvfb).
screenshots: build
	bash scripts/install-deps.sh --screenshots
	bash scripts/screenshots.sh $(BUILD)

# Every parser's fuzz target (tests/fuzz: clang's libFuzzer with ASan and
# UBSan) to FUZZ_RUNS executions each, one after another; a table of the
# runs, and a non-zero exit naming the saved input on any finding.
# FUZZ_TIME=S also stops each target after S seconds; FUZZ_TARGETS picks some.
FUZZ_RUNS ?= 1000000
FUZZ_TIME ?= 0
FUZZ_TARGETS ?=
fuzz:
	bash scripts/install-deps.sh --fuzz
	CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOMPTOIR_FUZZ=ON \
	  -DCOMPTOIR_TESTS=OFF -DCOMPTOIR_GUI=OFF
	cmake --build build-fuzz -j$(JOBS) --target comptoir_fuzz
	FUZZ_TIME=$(FUZZ_TIME) bash tests/fuzz/run_fuzz.sh build-fuzz $(FUZZ_RUNS) $(FUZZ_TARGETS)

format:
	git ls-files '*.cpp' '*.hpp' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD) build-bench build-fuzz
