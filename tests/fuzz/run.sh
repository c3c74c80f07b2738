#!/bin/sh
# Build tests/fuzz/fuzz_*.c with clang's libFuzzer, ASan and UBSan and run
# each for $1 seconds (default 60) on its seeds (tests/fuzz/seeds/NAME)
# plus a working corpus (tests/fuzz/corpus-NAME, not committed).
#
#   tests/fuzz/run.sh [SECONDS [NAME...]]     e.g. run.sh 600 rules review
#
# NAME picks harnesses (fuzz_NAME.c); default all, one after another (the
# machine is shared: run two at a time at most, in separate calls).  A
# crash leaves crash-* in build/fuzz/NAME/: turn it into a regression test
# (tests/unit/test_hardening.c) before fixing it.  Every harness's log is
# build/fuzz/fuzz_NAME.log; the execution count is printed at the end.
# FUZZ_FLAGS adds libFuzzer flags, e.g. FUZZ_FLAGS=-detect_leaks=0 while a
# known leak waits for its fix; FUZZ_CFLAGS adds compiler flags, e.g.
# FUZZ_CFLAGS=-fno-sanitize=float-cast-overflow to look past a known one.
set -eu
secs=${1:-60}
[ $# -gt 0 ] && shift
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
if ! command -v clang >/dev/null; then
  apt-get install -y -qq clang libclang-rt-14-dev >/dev/null
fi
out=build/fuzz; mkdir -p "$out"
flags="-std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -g -O1 -Iinclude -Isrc \
  -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined ${FUZZ_CFLAGS:-}"
lib=$(ls src/*.c | grep -v src/main.c)
export CLAIMCHECK_RULES="$root/rules"
if [ $# -gt 0 ]; then
  harnesses=""
  for n in "$@"; do harnesses="$harnesses tests/fuzz/fuzz_$n.c"; done
else
  harnesses=$(ls tests/fuzz/fuzz_*.c)
fi
status=0
for h in $harnesses; do
  [ -f "$h" ] || { echo "fuzz: no harness $h"; status=1; continue; }
  name=$(basename "$h" .c); short=${name#fuzz_}
  echo "fuzz: building $name"
  clang $flags "$h" $lib -o "$out/$name" -lcsv -lutf8proc -ljansson -lpthread -lm
  mkdir -p "tests/fuzz/corpus-$short" "tests/fuzz/seeds/$short" "$out/$short"
  echo "fuzz: running $name for ${secs}s"
  if ! "$out/$name" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$out/$short/" ${FUZZ_FLAGS:-} \
        "tests/fuzz/corpus-$short" "tests/fuzz/seeds/$short" \
        > "$out/$name.log" 2>&1; then
    echo "fuzz: $name FAILED, see $out/$name.log"; tail -30 "$out/$name.log"; status=1
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|stat::new_units_added" \
    "$out/$name.log" | sed "s/^/  $name /"
done
exit $status
