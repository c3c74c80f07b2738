#!/bin/sh
# bench.sh [SIZE_MB...] - the throughput benchmark behind `make bench`.
#
# For each size (default: 10 100; add 1000 for the 1 GB run) it generates a
# corpus of invented stories with planted discrepancies (bench/gen.c) in a
# temporary folder, then times, on the same corpus in the same run:
#   wc -w    `wc -w` over every file (the reference speed)
#   extract  `claimcheck extract` (every mention, JSON lines)
#   claims   `claimcheck extract --claims` (the map stage of a sharded run)
#   check    `claimcheck check --story-per-folder` (the whole pipeline)
# and prints MB/s, documents/s, claims/s, peak RSS and the speed ratio to
# wc -w by wall and by CPU time (1.00 or more: at least as fast as
# wc -w), then the
# planted-discrepancy recall of the check run (bench/recall.c).  On the
# largest size up to 100 MB, check also runs with --jobs 1 and --jobs 2
# (and the two reports are compared).  A last table gives check's time per
# MB at every size, to show it stays flat.
#
# Environment:
#   BENCH_DIR      work folder, kept afterwards (default: a fresh temporary
#                  folder, removed at the end)
#   BENCH_REPEAT   rounds per size (default 3): each round runs wc -w and
#                  every stage once, in turn, and each one's fastest run
#                  is kept.  Taking turns means a burst of load from
#                  other users of a shared machine hits wc -w and
#                  claimcheck alike instead of one of them.
#   BENCH_STAGES   which claimcheck runs to time (default
#                  "extract claims check"; recall needs check)
#   BENCH_JOBS     --jobs for those runs (default: claimcheck's own, one
#                  thread per core)
#   BENCH_REAL     folder of real news to time as well, one story or topic
#                  per subfolder (default: ../shared/corpus/bbc and
#                  ../shared/corpus/basil when present; "none" skips it).
#                  Read in place, never copied.  Real articles are shorter
#                  and hold fewer claims than the generated ones, so this
#                  row shows what an archive run costs.
#   BENCH_COLD     1: drop the page cache before every timed run (root
#                  only: writes /proc/sys/vm/drop_caches), so that each
#                  run reads its files from disk, as the first pass over
#                  an archive does; wc -w then reads one file at a time
#                  and claimcheck's threads overlap the waits with work.
#                  Default 0: the files are cached, as after any recent
#                  read (the ratio the target is measured by): every
#                  timed run is preceded by a read of the folder it
#                  times (not timed), because some machines give idle
#                  page cache back within a minute (this one's kernel
#                  does, with DAMON), and at 1 GB a round outlasts that:
#                  the later runs of a round then read part of their
#                  files from disk, and which ones did varied by run.
#   CLAIMCHECK_BIN, CLAIMCHECK_RULES  the binary and rules to time
#                  (default: this tree's build/claimcheck and rules/)
#   CC             compiler for the helper programs (default cc)
# Nothing here is a test: no time is asserted.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${CLAIMCHECK_BIN:-"$root/build/claimcheck"}
[ -x "$bin" ] || { echo "bench: build first (make)" >&2; exit 2; }
sizes=${*:-"10 100"}
stages=${BENCH_STAGES:-"extract claims check"}
cc=${CC:-cc}

cold=${BENCH_COLD:-0}
case "$cold" in 0|1) ;; *)
  echo "bench: BENCH_COLD must be 0 or 1, not '$cold'" >&2; exit 2 ;; esac
if [ "$cold" = 1 ] && ! { : > /proc/sys/vm/drop_caches; } 2>/dev/null; then
  echo "bench: BENCH_COLD=1 needs to write /proc/sys/vm/drop_caches" \
       "(run as root, outside a container that hides it)" >&2
  exit 2
fi
if [ -n "${BENCH_DIR:-}" ]; then
  work=$BENCH_DIR; mkdir -p "$work"; keep=1
else
  work=$(mktemp -d "${TMPDIR:-/tmp}/claimcheck-bench.XXXXXX"); keep=0
fi
cleanup() { [ "$keep" = 1 ] || rm -rf "$work"; }
trap cleanup EXIT INT TERM

# helpers: generator, timer (wait4 rusage: wall, CPU, peak RSS), recall
$cc -O2 -std=c11 -o "$work/gen" "$root/bench/gen.c"
$cc -O2 -std=c11 -o "$work/measure" "$root/bench/measure.c"
$cc -O2 -std=c11 -o "$work/recall" "$root/bench/recall.c" -ljansson

export CLAIMCHECK_RULES="${CLAIMCHECK_RULES:-$root/rules}"
jobs_opt=""
[ -n "${BENCH_JOBS:-}" ] && jobs_opt="--jobs $BENCH_JOBS"
cpu=$(sed -n 's/^model name[^:]*: *//p' /proc/cpuinfo 2>/dev/null | head -1)
ncpu=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo "?")
echo "claimcheck bench: $($bin --version), ${cpu:-unknown CPU}, $ncpu cores," \
     "locale ${LC_ALL:-${LC_CTYPE:-${LANG:-C}}}"
echo "work folder: $work"
[ "$cold" = 1 ] && echo "page cache: dropped before every timed run (BENCH_COLD=1)"

has_stage() { case " $stages " in *" $1 "*) return 0 ;; esac; return 1; }

# measure NAME OUTFILE CMD...: one run; $work/m.NAME keeps the fastest
# of the runs so far (by wall time)
measure() {
  name=$1; out=$2; shift 2
  if [ "$cold" = 1 ]; then
    sync
    echo 1 > /proc/sys/vm/drop_caches
  else
    find "$timed" -type f -print0 | xargs -0 cat > /dev/null
  fi
  "$work/measure" -n 1 -o "$out" -- "$@" > "$work/m.run"
  read -r wall _u _s _r status < "$work/m.run"
  if [ "$status" -gt 1 ]; then
    echo "bench: $name failed (exit $status): $*" >&2
    exit 2
  fi
  if [ -f "$work/m.$name" ]; then
    read -r best _rest < "$work/m.$name"
    awk -v a="$wall" -v b="$best" 'BEGIN { exit !(a < b) }' || return 0
  fi
  mv "$work/m.run" "$work/m.$name"
}

# rounds FUNC: run FUNC (one round of measurements) $repeat times
rounds() {
  r=0
  while [ "$r" -lt "$repeat" ]; do "$@"; r=$((r + 1)); done
}

# row LABEL NAME: one table row from $work/m.NAME
row() {
  read -r wall user sys rss _status < "$work/m.$2"
  awk -v label="$1" -v wall="$wall" -v user="$user" -v sys="$sys" \
      -v rss="$rss" -v bytes="$bytes" -v docs="$docs" -v claims="$([ "$2" = wc ] || echo "$claims")" \
      -v wcwall="$wc_wall" -v wccpu="$wc_cpu" 'BEGIN {
    mbs = bytes / 1e6 / wall; wcmbs = bytes / 1e6 / wcwall
    cpu = user + sys
    cps = claims == "" ? "-" : sprintf("%.0f", claims / wall)
    rcpu = (cpu > 0) ? wccpu / cpu : 0
    printf "%-10s %8.2f %8.2f %8.2f %9.0f %10s %8.1f %8.3f %8.3f\n", label,
      wall, cpu, mbs, docs / wall, cps, rss / 1024, mbs / wcmbs, rcpu
  }'
}

# "vs wc": MB/s over wc -w's MB/s, by wall time and by CPU time (steadier
# on a shared machine; a multi-threaded run can be ahead on wall time only)
header() {
  printf "%-10s %8s %8s %8s %9s %10s %8s %8s %8s\n" "stage" "wall s" \
    "cpu s" "MB/s" "docs/s" "claims/s" "RSS MB" "vs wc" "wc cpu"
}

# one round over the generated corpus in the current folder: wc -w, then
# each stage
gen_round() {
  timed=corpus
  measure wc /dev/null sh -c 'find corpus -type f -print0 | xargs -0 wc -w'
  has_stage claims &&
    measure claims "$dir/claims.csv" "$bin" extract --claims $jobs_opt corpus
  has_stage extract && measure extract /dev/null "$bin" extract $jobs_opt corpus
  has_stage check && measure check "$dir/check.out" "$bin" check \
    --story-per-folder $jobs_opt --format jsonl -o "$dir/findings.jsonl" corpus
  if has_stage check && [ "$size" = "$largest_le_100" ]; then
    measure check1 /dev/null "$bin" check --story-per-folder --jobs 1 \
      --format jsonl -o "$dir/findings1.jsonl" corpus
    measure check2 /dev/null "$bin" check --story-per-folder --jobs 2 \
      --format jsonl -o "$dir/findings2.jsonl" corpus
  fi
  return 0
}

largest_le_100=""
for s in $sizes; do
  [ "$(awk -v s="$s" 'BEGIN{print (s <= 100)}')" = 1 ] && largest_le_100=$s
done
: > "$work/per_mb"

for size in $sizes; do
  dir="$work/$size"
  rm -rf "$dir"
  set -- $("$work/gen" "$dir" "$size")
  stories=$1; docs=$2; bytes=$3; plants=$4
  # the new files' write-back would otherwise run during the timings (at
  # 1 GB it made check's time per MB 30% worse in one run)
  sync
  repeat=${BENCH_REPEAT:-3}
  claims=""
  cd "$dir"
  echo
  echo "== $size MB: $bytes bytes, $docs documents, $stories stories," \
       "$plants planted discrepancies (best of $repeat rounds)"
  rm -f "$work"/m.*
  rounds gen_round
  read -r wc_wall wc_user wc_sys _rest < "$work/m.wc"
  wc_cpu=$(awk -v u="$wc_user" -v s="$wc_sys" 'BEGIN { print u + s }')
  if has_stage claims; then
    # records, not lines: a quoted field may hold a line break
    claims=$(awk '{ q += gsub(/"/, "\""); if (q % 2 == 0) { n++; q = 0 } }
                  END { print n - 1 }' "$dir/claims.csv")
  fi
  header
  row "wc -w" wc
  for s in extract claims check check1 check2; do
    [ -f "$work/m.$s" ] || continue
    case $s in check1) label="check -j1" ;; check2) label="check -j2" ;;
               *) label=$s ;; esac
    row "$label" "$s"
  done
  [ -n "$claims" ] && echo "claims: $claims"
  if [ -f "$work/m.check1" ]; then
    if cmp -s "$dir/findings1.jsonl" "$dir/findings2.jsonl"; then
      echo "--jobs 1 and --jobs 2: identical reports"
    else
      echo "--jobs 1 and --jobs 2: DIFFERENT reports"
    fi
    awk -v a="$(cut -d' ' -f1 "$work/m.check1")" \
        -v b="$(cut -d' ' -f1 "$work/m.check2")" \
        'BEGIN { printf "--jobs 2 speed-up over --jobs 1: %.2fx\n", a / b }'
  fi
  if has_stage check; then
    "$work/recall" plants.csv findings.jsonl "$dir/misses.csv"
    read -r wall user sys _rss _st < "$work/m.check"
    echo "$size $bytes $wall $user $sys" >> "$work/per_mb"
  fi
  rm -f "$work"/m.extract "$work"/m.claims "$work"/m.check "$work"/m.check1 \
        "$work"/m.check2
  cd "$work"
  [ "$keep" = 1 ] || rm -rf "$dir"
done

# real news, when there is some: the same measurements, no recall (nothing
# is planted).  BBC has a few files in Latin-1, hence --invalid-utf8.
real=${BENCH_REAL:-}
if [ -z "$real" ]; then
  for d in "$root/../shared/corpus/bbc" "$root/../shared/corpus/basil"; do
    [ -d "$d" ] && real="$real $d"
  done
fi
[ "$real" = none ] && real=""
# one round over a folder of real news: wc -w, then the claims and check runs
real_round() {
  timed=$rdir
  measure wc /dev/null sh -c "find '$rdir' -type f \\( -name '*.txt' -o \
    -name '*.md' \\) -print0 | xargs -0 wc -w"
  measure claims "$work/real.csv" "$bin" extract --claims --invalid-utf8 \
    replace $jobs_opt "$rdir"
  measure check /dev/null "$bin" check --story-per-folder --invalid-utf8 \
    replace --fail-on none --format text $jobs_opt -o "$work/real.out" "$rdir"
}

for rdir in $real; do
  [ -d "$rdir" ] || { echo "bench: BENCH_REAL: no folder $rdir" >&2; exit 2; }
  rdir=$(cd "$rdir" && pwd)
  bytes=$(find "$rdir" -type f \( -name '*.txt' -o -name '*.md' \) -print0 |
          xargs -0 cat | wc -c)
  docs=$(find "$rdir" -type f \( -name '*.txt' -o -name '*.md' \) | wc -l)
  repeat=${BENCH_REPEAT:-3}
  echo
  echo "== real news: $rdir: $bytes bytes, $docs documents (best of $repeat rounds)"
  rm -f "$work"/m.*
  rounds real_round
  read -r wc_wall wc_user wc_sys _rest < "$work/m.wc"
  wc_cpu=$(awk -v u="$wc_user" -v s="$wc_sys" 'BEGIN { print u + s }')
  claims=$(awk '{ q += gsub(/"/, "\""); if (q % 2 == 0) { n++; q = 0 } }
                END { print n - 1 }' "$work/real.csv")
  header
  row "wc -w" wc
  row claims claims
  row check check
  rm -f "$work"/m.claims "$work"/m.check "$work/real.csv" "$work/real.out"
done

if [ -s "$work/per_mb" ]; then
  echo
  echo "check, time per MB (flat is linear scaling; the last column is each"
  echo "size's wall time per MB over the smallest size's):"
  printf "%8s %12s %12s %8s\n" "size MB" "wall s/MB" "cpu s/MB" "vs first"
  awk '{ w = $3 / ($2 / 1e6); c = ($4 + $5) / ($2 / 1e6)
         if (NR == 1) w0 = w
         printf "%8s %12.4f %12.4f %8.2f\n", $1, w, c, w / w0 }' \
    "$work/per_mb"
fi
