# claimcheck - plain Makefile.  `make help` lists the targets.
VERSION    := 0.1.0
PREFIX     ?= /usr/local
DESTDIR    ?=
BUILD      ?= build
CC         ?= cc

CWARNS     := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
              -Wpointer-arith -Wformat=2 -Wno-format-nonliteral
CSTD       := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
OPT        ?= -O2 -g
CFLAGS     ?=
XCFLAGS    := $(CSTD) $(OPT) $(CWARNS) -Iinclude -Isrc -MMD -MP \
              -DCC_VERSION='"$(VERSION)"' \
              -DCC_RULES_DIR='"$(PREFIX)/share/claimcheck/rules"' $(CFLAGS)
LDFLAGS    ?=
LIBS       := -lcsv -lutf8proc -ljansson -lpthread -lm

# `make V=1` shows the full compiler lines.
ifeq ($(V),1)
Q :=
SAY := @true
else
Q := @
SAY := @printf '  %-6s %s\n'
endif

LIB_SRC    := $(filter-out src/main.c,$(wildcard src/*.c))
LIB_OBJ    := $(LIB_SRC:src/%.c=$(BUILD)/obj/%.o)
LIB        := $(BUILD)/libclaimcheck.a
BIN        := $(BUILD)/claimcheck
TEST_SRC   := $(wildcard tests/unit/test_*.c)
TEST_BIN   := $(TEST_SRC:tests/unit/%.c=$(BUILD)/tests/%)
FUZZ_SRC   := $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_SECONDS ?= 60

.PHONY: all deps test unit golden installcheck demo coverage asan inert valgrind fuzz bench \
        install uninstall clean help lint

all: $(BIN) claimcheck

help:
	@echo "make            build ./claimcheck"
	@echo "make demo       install missing deps, build, check examples/"
	@echo "make test       install missing deps, run unit and golden tests"
	@echo "make coverage   line coverage of src/ (gcovr)"
	@echo "make asan       tests under AddressSanitizer + UBSan"
	@echo "make inert      tests with the recognizer and rule skips checked"
	@echo "make valgrind   golden tests under valgrind memcheck"
	@echo "make fuzz       libFuzzer harnesses, FUZZ_SECONDS each"
	@echo "make bench      throughput benchmark (SIZES=10 100 1000 MB)"
	@echo "make install    PREFIX=$(PREFIX) DESTDIR="

deps:
	@sh scripts/deps.sh

$(BUILD)/obj/%.o: src/%.c
	@mkdir -p $(dir $@)
	$(SAY) CC $<
	$(Q)$(CC) $(XCFLAGS) -c $< -o $@

$(LIB): $(LIB_OBJ)
	@rm -f $@
	$(SAY) AR $@
	$(Q)ar rcs $@ $^

$(BIN): $(BUILD)/obj/main.o $(LIB)
	$(SAY) LINK $@
	$(Q)$(CC) $(XCFLAGS) $(LDFLAGS) -o $@ $^ $(LIBS)

# Convenience copy at the top of the tree (the README's commands use it).
claimcheck: $(BIN)
	@if [ "$(BUILD)" = "build" ]; then cp $(BIN) claimcheck.tmp && mv -f claimcheck.tmp claimcheck; fi

$(BUILD)/tests/%: tests/unit/%.c tests/unit/cc_test.h $(LIB)
	@mkdir -p $(dir $@)
	$(SAY) LINK $@
	$(Q)$(CC) $(XCFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LIBS) -lcmocka

unit: $(TEST_BIN)
	@sh tests/run_unit.sh $(BUILD)/tests $(TEST_BIN)

golden: $(BIN)
	@sh tests/golden.sh $(BIN)

installcheck: all
	@sh tests/install.sh

test: deps
	@$(MAKE) --no-print-directory all
	@$(MAKE) --no-print-directory all unit golden installcheck

demo: deps
	@$(MAKE) --no-print-directory all
	./claimcheck check --rules rules --show all examples/ || test $$? -eq 1

coverage: deps
	@rm -rf build/cov
	@# atomic counters: the engine's threads update them at once
	@$(MAKE) --no-print-directory BUILD=build/cov \
	    OPT="-O0 -g --coverage -fprofile-update=atomic" \
	    LDFLAGS="--coverage" all unit golden
	@# a run cut short on purpose (ulimit -f, kill -9) can leave a counter
	@# file truncated: skip its unreadable lines rather than fail
	gcovr -r . --object-directory build/cov/obj --filter src/ \
	    --gcov-ignore-parse-errors --print-summary --txt -

# clang's UndefinedBehaviorSanitizer also checks pointer arithmetic on
# NULL (NULL + 0), which gcc's does not: fuzzing found two such bugs that
# gcc's build passed (notes/HARDENING.md).  scripts/deps.sh installs clang
# and its sanitizer runtimes when it can; where clang cannot link a
# sanitized program, or with ASAN_CC=gcc, the build is gcc's.
ASAN_CC ?= $(shell echo 'int main(void){return 0;}' | clang -fsanitize=address,undefined -x c - -o /dev/null >/dev/null 2>&1 && echo clang || echo $(CC))
asan: deps
	@$(MAKE) --no-print-directory BUILD=build/asan CC=$(ASAN_CC) \
	    OPT="-O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" \
	    LDFLAGS="-fsanitize=address,undefined" all unit golden

# The recognizers' and rule matcher's skips, checked: a build whose skipped
# paths run anyway and abort when one of them would have found a mention
# or matched a rule (see notes/PERFORMANCE.md), over the unit and golden
# tests.
inert: deps
	@$(MAKE) --no-print-directory BUILD=build/inert \
	    OPT="-O2 -DCC_RECOG_CHECK_INERT -DCC_RULES_CHECK_PROBE" all unit golden

valgrind: deps
	@$(MAKE) --no-print-directory all
	@VALGRIND="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite" \
	    sh tests/golden.sh $(BIN)

fuzz: deps
	@sh tests/fuzz/run.sh $(FUZZ_SECONDS)

bench: deps
	@$(MAKE) --no-print-directory all
	@sh bench/bench.sh $(SIZES)

lint:
	cppcheck --quiet --enable=warning,performance,portability -Iinclude src

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/claimcheck
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/claimcheck
	rm -rf $(DESTDIR)$(PREFIX)/share/claimcheck/rules
	cp -R rules $(DESTDIR)$(PREFIX)/share/claimcheck/rules
	@if [ -f man/claimcheck.1 ]; then \
	    install -d $(DESTDIR)$(PREFIX)/share/man/man1 && \
	    install -m 644 man/claimcheck.1 $(DESTDIR)$(PREFIX)/share/man/man1/; fi

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/claimcheck $(DESTDIR)$(PREFIX)/share/man/man1/claimcheck.1
	rm -rf $(DESTDIR)$(PREFIX)/share/claimcheck

clean:
	rm -rf build claimcheck

-include $(LIB_OBJ:.o=.d) $(BUILD)/obj/main.d
