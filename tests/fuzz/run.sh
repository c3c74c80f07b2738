#!/bin/sh
# Build every tests/fuzz/fuzz_*.c with clang's libFuzzer, ASan and UBSan and
# run each for $1 seconds (default 60) on its seeds (tests/fuzz/seeds/NAME)
# plus a working corpus (tests/fuzz/corpus-NAME, not committed).  A crash
# leaves crash-* in the repo root: turn it into a regression case.
set -eu
secs=${1:-60}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
command -v clang >/dev/null || { apt-get install -y -qq clang libclang-rt-14-dev >/dev/null; }
out=build/fuzz; mkdir -p "$out"
flags="-std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -g -O1 -Iinclude -Isrc \
  -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined"
lib=$(ls src/*.c | grep -v src/main.c)
export CLAIMCHECK_RULES="$root/rules"
status=0
for h in tests/fuzz/fuzz_*.c; do
  name=$(basename "$h" .c); short=${name#fuzz_}
  echo "fuzz: building $name"
  clang $flags "$h" $lib -o "$out/$name" -lcsv -lutf8proc -ljansson -lpthread -lm
  mkdir -p "tests/fuzz/corpus-$short" "tests/fuzz/seeds/$short"
  echo "fuzz: running $name for ${secs}s"
  if ! "$out/$name" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 "tests/fuzz/corpus-$short" "tests/fuzz/seeds/$short" \
        > "$out/$name.log" 2>&1; then
    echo "fuzz: $name FAILED, see $out/$name.log"; tail -30 "$out/$name.log"; status=1
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$out/$name.log" | sed "s/^/  $name /"
done
exit $status
