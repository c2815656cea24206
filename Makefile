# Vigie — a thin wrapper over CMake and CTest for people and CI.
#   make play    install missing Debian packages, build (Release), play the shipped levels
#   make test    install, build a normal and an ASan+UBSan configuration, run every test
#   make test-loaded  `make test` LOADED_RUNS times in a row (3) with both cores kept busy by two
#                busy loops, as on a shared CI runner: no verdict may depend on the machine's speed
#   make bench   measure Vigie against a minimal SDL program and LÖVE (see bench/README.md)
#   make bench-class  the live classroom under load: 100, 500 and 1,000 phones (bench/README.md)
#   make golden  accept the current screenshots as the new references (review them first!)
#   make deb     the Debian package of the Release build (CPack), in build/: lintian-clean
#   make screenshots  the AppStream screenshots again, with `vigie shot` (packaging/screenshots/)
#   make format  reformat the C sources with .clang-format (make test checks it)
# The build itself is plain CMake: cmake -B build && cmake --build build && ctest --test-dir build

BUILD      ?= build
ASAN_BUILD ?= build-asan
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)

# What the build, the tests and the game need from Debian 12.
DEBS = cmake make gcc libc6-dev pkg-config \
       libsdl2-dev libsdl2-ttf-dev libsdl2-image-dev liblua5.4-dev libjansson-dev \
       libsqlite3-dev libutf8proc-dev \
       libwebsockets-dev libqrencode-dev libespeak-ng-dev libarchive-dev \
       libcriterion-dev fonts-dejavu-core fonts-opendyslexic

# The package's tests (tests/package/) and `make deb`: lintian, the desktop entries' and
# AppStream's validators, dpkg-shlibdeps (dpkg-dev) and file for CPack, man for the man page.
PKG_DEBS = lintian desktop-file-utils appstream dpkg-dev file man-db

FUZZ_TIME  ?= 60
FUZZ_SEED  ?= 1
# make test's libFuzzer run: a count (about the 20 s it replaces, on a busy 2-core machine)
TEST_FUZZ_RUNS ?= 15000
# fuzz_db opens a whole database per input, some 8 times slower than a level: a third as many
TEST_FUZZ_DB_RUNS ?= 5000
LOADED_RUNS ?= 3
FUZZ_DEBS   = clang libclang-rt-14-dev sqlite3
FORMAT_DEBS = clang-format
C_SOURCES   = $(shell git ls-files '*.c' '*.h' 2>/dev/null || find engine tests bench -name '*.[ch]')

.PHONY: all deps build play test test-loaded test-asan bench golden deb screenshots clean fuzz \
        format format-check crash node-deps bench-class

all: build

# Installs only what is missing; does nothing (and needs no network) when all is there.
deps:
	@missing=""; \
	for p in $(DEBS) $(EXTRA_DEBS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  SUDO=; [ "$$(id -u)" -eq 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q --no-install-recommends $$missing; \
	fi

# The live classroom's node tests and load client (tests/class/package.json: ws and
# playwright-core, pinned in package-lock.json). Debian's nodejs and npm only when `node` or `npm`
# is missing: NodeSource's nodejs bundles npm and conflicts with Debian's npm package. Then
# `npm ci` only when node_modules is missing or older than package-lock.json, so that a machine
# that has it all needs no network.
CLASS_DIR = tests/class
E2E_DEBS  = chromium
node-deps:
	@need=""; command -v node > /dev/null 2>&1 || need="nodejs"; \
	command -v npm > /dev/null 2>&1 || need="$$need npm"; \
	if [ -n "$$need" ]; then $(MAKE) --no-print-directory deps EXTRA_DEBS="$$need"; fi
	@if [ ! -d $(CLASS_DIR)/node_modules ] || [ $(CLASS_DIR)/package-lock.json -nt $(CLASS_DIR)/node_modules ]; then \
	  echo "npm ci in $(CLASS_DIR)"; \
	  (cd $(CLASS_DIR) && npm ci --no-audit --no-fund) && touch $(CLASS_DIR)/node_modules; \
	fi

# The Release build is also the one packaged (make deb): installed under /usr, its binary looks
# for the shipped levels in /usr/share/vigie (VIGIE_DATADIR) when there is no ./levels.
build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr
	cmake --build $(BUILD) -j $(JOBS)

play: build
	./$(BUILD)/vigie --levels levels

test: build node-deps
	$(MAKE) --no-print-directory deps EXTRA_DEBS="$(E2E_DEBS) $(PKG_DEBS)"
	$(MAKE) --no-print-directory format-check
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)
	$(MAKE) --no-print-directory test-asan
	$(MAKE) --no-print-directory fuzz FUZZ_RUNS=$(TEST_FUZZ_RUNS) FUZZ_DB_RUNS=$(TEST_FUZZ_DB_RUNS)

# `make test` on a busy machine: two `yes` loads both cores while it runs, LOADED_RUNS times,
# stopping at the first failure. The loops end with the target, whether it passes or fails.
test-loaded:
	@yes > /dev/null & y1=$$!; yes > /dev/null & y2=$$!; \
	trap 'kill $$y1 $$y2 2>/dev/null' EXIT; trap 'exit 130' INT TERM; \
	i=1; while [ $$i -le $(LOADED_RUNS) ]; do \
	  echo "test-loaded: run $$i of $(LOADED_RUNS), both cores busy"; start=$$(date +%s); \
	  if ! $(MAKE) --no-print-directory test; then \
	    echo "test-loaded: run $$i of $(LOADED_RUNS) FAILED after $$(( $$(date +%s) - start )) s"; \
	    exit 1; \
	  fi; \
	  echo "test-loaded: run $$i of $(LOADED_RUNS) passed in $$(( $$(date +%s) - start )) s"; \
	  i=$$((i + 1)); \
	done; \
	echo "test-loaded: $(LOADED_RUNS) run(s) passed under load"

# The browser tests (label e2e) drive the Release build only: under the sanitizers the protocol
# tests (class_protocol) play the same network code through a real socket.
test-asan: deps
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DVIGIE_SANITIZE=ON
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ctest --test-dir $(ASAN_BUILD) --output-on-failure -j $(JOBS) -LE e2e

# libFuzzer on the level loader, then on the results database (fuzz_db: a crafted file and log
# opened, read, exported, purged), then on the picture header check (fuzz_picture: seeded with a
# tiny PNG and JPEG written here), then on the Moodle quiz readers (fuzz_gift: GIFT and Aiken,
# the level written must compile), then on vigie install (fuzz_pack: seeded with a pack made by
# the Release build's vigie pack; a refusal writes nothing); clang, ASan, UBSan; crashes land in
# build-fuzz/. FUZZ_TIME
# seconds, or FUZZ_RUNS inputs when set (FUZZ_DB_RUNS for fuzz_db, when set too): `make test`
# gives a count, so that a slow machine tries
# as many inputs as a fast one; FUZZ_SEED makes the inputs the same from run to run. -timeout
# only catches a hang (the level's own budgets stop a slow input in milliseconds).
fuzz: build
	$(MAKE) --no-print-directory deps EXTRA_DEBS="$(FUZZ_DEBS)"
	cmake -S . -B build-fuzz -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=Debug -DVIGIE_FUZZ=ON
	cmake --build build-fuzz -j $(JOBS) --target fuzz_level
	mkdir -p build-fuzz/corpus
	cd build-fuzz && { ./tests/fuzz_level $(if $(FUZZ_RUNS),-runs=$(FUZZ_RUNS),-max_total_time=$(FUZZ_TIME)) \
	  -seed=$(FUZZ_SEED) -timeout=60 -rss_limit_mb=2048 \
	  -max_len=16384 -print_final_stats=1 corpus ../levels/lycee ../tests/hostile ../docs/examples \
	  ../tests/data > fuzz.log 2>&1; st=$$?; tail -n 6 fuzz.log; \
	  echo "fuzz: exit $$st, seed $(FUZZ_SEED) (full log: build-fuzz/fuzz.log)"; exit $$st; }
	cmake --build build-fuzz -j $(JOBS) --target fuzz_db
	rm -rf build-fuzz/db-seeds && mkdir -p build-fuzz/db-seeds build-fuzz/db-corpus
	sqlite3 build-fuzz/db-seeds/seed.db < tests/fuzz/fuzz_db_seed.sql
	cd build-fuzz && { ./tests/fuzz_db $(if $(FUZZ_RUNS),-runs=$(or $(FUZZ_DB_RUNS),$(FUZZ_RUNS)),-max_total_time=$(FUZZ_TIME)) \
	  -seed=$(FUZZ_SEED) -timeout=60 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
	  db-corpus db-seeds > fuzz-db.log 2>&1; st=$$?; tail -n 6 fuzz-db.log; \
	  echo "fuzz_db: exit $$st, seed $(FUZZ_SEED) (full log: build-fuzz/fuzz-db.log)"; exit $$st; }
	cmake --build build-fuzz -j $(JOBS) --target fuzz_picture
	rm -rf build-fuzz/picture-seeds && mkdir -p build-fuzz/picture-seeds build-fuzz/picture-corpus
	printf '\211PNG\r\n\032\n\000\000\000\015IHDR\000\000\000\001\000\000\000\001\010\002\000\000\000\220wS\336\000\000\000\000IEND\256B`\202' \
	  > build-fuzz/picture-seeds/one.png
	printf '\377\330\377\340\000\020JFIF\000\001\001\000\000\001\000\001\000\000\377\300\000\021\010\000\002\000\003\003\001\021\000\002\021\001\003\021\001\377\331' \
	  > build-fuzz/picture-seeds/two-by-three.jpg
	cd build-fuzz && { ./tests/fuzz_picture $(if $(FUZZ_RUNS),-runs=$(FUZZ_RUNS),-max_total_time=$(FUZZ_TIME)) \
	  -seed=$(FUZZ_SEED) -timeout=60 -rss_limit_mb=2048 -max_len=4096 -print_final_stats=1 \
	  picture-corpus picture-seeds > fuzz-picture.log 2>&1; st=$$?; tail -n 6 fuzz-picture.log; \
	  echo "fuzz_picture: exit $$st, seed $(FUZZ_SEED) (full log: build-fuzz/fuzz-picture.log)"; exit $$st; }
	cmake --build build-fuzz -j $(JOBS) --target fuzz_gift
	mkdir -p build-fuzz/gift-corpus
	cd build-fuzz && { ./tests/fuzz_gift $(if $(FUZZ_RUNS),-runs=$(FUZZ_RUNS),-max_total_time=$(FUZZ_TIME)) \
	  -seed=$(FUZZ_SEED) -timeout=60 -rss_limit_mb=2048 -max_len=8192 -print_final_stats=1 \
	  gift-corpus ../tests/data/import > fuzz-gift.log 2>&1; st=$$?; tail -n 6 fuzz-gift.log; \
	  echo "fuzz_gift: exit $$st, seed $(FUZZ_SEED) (full log: build-fuzz/fuzz-gift.log)"; exit $$st; }
	cmake --build build-fuzz -j $(JOBS) --target fuzz_pack
	rm -rf build-fuzz/pack-seeds && mkdir -p build-fuzz/pack-seeds build-fuzz/pack-corpus
	VIGIE_LEVELS=/nonexistent ./$(BUILD)/vigie pack tests/data/kiosk-stand \
	  --out build-fuzz/pack-seeds/stand.vigie > /dev/null
	cd build-fuzz && { ./tests/fuzz_pack $(if $(FUZZ_RUNS),-runs=$(FUZZ_RUNS),-max_total_time=$(FUZZ_TIME)) \
	  -seed=$(FUZZ_SEED) -timeout=60 -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1 \
	  pack-corpus pack-seeds > fuzz-pack.log 2>&1; st=$$?; tail -n 6 fuzz-pack.log; \
	  echo "fuzz_pack: exit $$st, seed $(FUZZ_SEED) (full log: build-fuzz/fuzz-pack.log)"; exit $$st; }

format:
	$(MAKE) --no-print-directory deps EXTRA_DEBS="$(FORMAT_DEBS)"
	clang-format -i $(C_SOURCES)

# Fails, naming the lines, when a C file is not formatted as .clang-format says.
format-check:
	$(MAKE) --no-print-directory deps EXTRA_DEBS="$(FORMAT_DEBS)"
	clang-format --dry-run --Werror $(C_SOURCES)

bench: build
	cmake --build $(BUILD) --target vigie_bench_script vigie_bench_store vigie_bench_stand \
	  vigie_bench_speech
	./$(BUILD)/vigie_bench_script
	SDL_VIDEODRIVER=dummy ./$(BUILD)/vigie_bench_store
	./$(BUILD)/vigie_bench_stand
	./$(BUILD)/vigie_bench_speech
	@bash -c 'TIMEFORMAT="vigie check, its layout pass included (levels/lycee and an 8-question level): %U s user + %S s system of CPU"; time (env -u DISPLAY ./$(BUILD)/vigie check levels/lycee tests/data/fraude-president-level.lua > /dev/null 2>&1)'
	@bash -c 'TIMEFORMAT="vigie check levels/pme, its layout pass included (8 levels, 80 questions, 16 mock-ups): %U s user + %S s system of CPU"; time (env -u DISPLAY ./$(BUILD)/vigie check levels/pme > /dev/null 2>&1)'
	bench/run
	VIGIE_BIN=$(BUILD)/vigie bench/sharing
	VIGIE_BIN=$(BUILD)/vigie BENCH_STAND_DB=$(BUILD)/stand-bench.db bench/stand
	@cmake --build $(BUILD) --target test_kiosk_soak > /dev/null
	@SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy ./$(BUILD)/tests/test_kiosk_soak --jobs 1 2>&1 | grep 'kiosk soak'

# The live classroom under load: `vigie host --headless --auto` and 100, 500, 1,000 phones from
# node workers over loopback; a table, and bench/class/results.json. A thousand sockets on each
# side need more open files than a default shell gives: raised here, up to the hard limit.
BENCH_CLASS_ARGS ?=
bench-class: build node-deps
	ulimit -n 8192 2> /dev/null || ulimit -n $$(ulimit -Hn); \
	  VIGIE_BIN=$(BUILD)/vigie node bench/class/load.mjs $(BENCH_CLASS_ARGS)

# The crash tests' longer runs: 1,000 kills and 1,000 power cuts instead of the suite's 200 and 100.
crash: build
	VIGIE_CRASH_RUNS=1000 ./$(BUILD)/tests/test_crash --short-filename
	VIGIE_POWERLOSS_RUNS=1000 ./$(BUILD)/tests/test_powerloss --short-filename

golden: build
	VIGIE_UPDATE_GOLDEN=1 ctest --test-dir $(BUILD) -L render
	@echo "References updated in tests/golden/: review them with git diff before committing."

# The package of the Release build itself (no third build): build/vigie_VERSION_ARCH.deb, then
# lintian on it (tests/package/ fails on any error or warning; here it is shown).
deb: build
	$(MAKE) --no-print-directory deps EXTRA_DEBS="$(PKG_DEBS)"
	cd $(BUILD) && cpack -G DEB
	lintian --info $(BUILD)/vigie_*.deb 2> /dev/null || true

screenshots: build
	packaging/screenshots/make-screenshots.sh $(BUILD)/vigie

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) build-deb build-fuzz
