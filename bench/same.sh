#!/bin/sh
# same.sh save|compare DIR - prove that a speed change changed no output.
#
#   bench/same.sh save DIR      run the current build over the test corpora
#                               and keep every output in DIR
#   bench/same.sh compare DIR   run again and diff against DIR; exit 1 and
#                               print the first differences when anything
#                               differs
#
# The corpora: examples/, ../shared/seeds, ../shared/corpus (BBC and BASIL,
# read in place, never copied) and a generated 10 MB bench corpus
# (bench/gen.c, kept in DIR/gen).  For each: `extract` (every mention,
# JSON lines), `extract --claims` (CSV) and `check` (JSON lines, and the
# text and CSV reports with --show all; --story-per-folder for the
# archives).  Output is compared byte for byte.
#
# Environment: CLAIMCHECK_BIN (default build/claimcheck), CC, SAME_MB
# (size of the generated corpus, default 10).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${CLAIMCHECK_BIN:-"$root/build/claimcheck"}
mode=${1:-}; dir=${2:-}
case "$mode" in save|compare) ;; *)
  echo "usage: bench/same.sh save|compare DIR" >&2; exit 2 ;; esac
[ -n "$dir" ] || { echo "same.sh: missing DIR" >&2; exit 2; }
[ -x "$bin" ] || { echo "same.sh: build first (make)" >&2; exit 2; }
export CLAIMCHECK_RULES="${CLAIMCHECK_RULES:-$root/rules}"
shared=$(cd -P "$root/../shared" 2>/dev/null && pwd -P || echo "$root/../shared")
mkdir -p "$dir/gen"
dir=$(cd "$dir" && pwd)
if [ ! -f "$dir/gen/.done" ]; then
  ${CC:-cc} -O2 -std=c11 -o "$dir/gen/gen" "$root/bench/gen.c"
  "$dir/gen/gen" "$dir/gen/corpus" "${SAME_MB:-10}" > /dev/null
  touch "$dir/gen/.done"
fi

out=$dir/$mode
rm -rf "$out"; mkdir -p "$out"

# run NAME ARGS...: one claimcheck run, stdout and exit code kept
run() {
  rname=$1; shift
  set +e
  "$bin" "$@" > "$out/$rname" 2> "$out/$rname.err"
  echo "exit $?" >> "$out/$rname.err"
  set -e
}

# corpus NAME GROUPING ARGS...: GROUPING is --story-per-folder for an
# archive (check only: extract has no stories and refuses the option) or -
corpus() {
  cname=$1; grp=$2; shift 2
  [ "$grp" = - ] && grp=
  run "$cname.extract" extract --jobs 1 --format jsonl "$@"
  run "$cname.claims" extract --jobs 1 --claims --format csv "$@"
  run "$cname.check" check $grp --fail-on none --format jsonl "$@"
  # the reports as a reader sees them (text is the default format)
  run "$cname.text" check $grp --fail-on none --show all "$@"
  run "$cname.csv" check $grp --fail-on none --show all --format csv "$@"
}

# relative, so that outputs from different checkouts compare equal
(cd "$root" && corpus examples - examples)
[ -d "$shared/seeds" ] && corpus seeds - "$shared/seeds"
if [ -d "$shared/corpus/bbc" ]; then
  corpus bbc --story-per-folder --invalid-utf8 replace "$shared/corpus/bbc"
fi
if [ -d "$shared/corpus/basil" ]; then
  corpus basil --story-per-folder --invalid-utf8 replace "$shared/corpus/basil"
fi
(cd "$dir/gen" && corpus gen --story-per-folder corpus)

[ "$mode" = save ] && { echo "saved to $out"; exit 0; }
status=0
for f in "$dir/save"/*; do
  b=$(basename "$f")
  # stderr carries timings and progress only on terminals; compare it too
  if ! cmp -s "$f" "$out/$b"; then
    echo "DIFFERS: $b"
    diff "$f" "$out/$b" | head -20
    status=1
  fi
done
[ "$status" = 0 ] && echo "same: every output identical ($(ls "$out" | wc -l) files)"
exit "$status"
