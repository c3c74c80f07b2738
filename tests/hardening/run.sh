#!/bin/sh
# Hardening scenarios that need inputs a golden case cannot hold: binary
# bytes, invalid UTF-8, tens of megabytes generated at run time, other
# users' permissions, a full disk, a run killed while it writes.  Nothing
# big is committed: every input is made here, in a temporary folder that is
# removed at the end.
#
#   tests/hardening/run.sh BINARY [SCENARIO...]     (from anywhere)
#   tests/hardening/run.sh --list
#
# Each scenario prints "PASS name", "SKIP name: why" or "FAIL name: why"
# and the script exits 0 when nothing failed, 1 otherwise, and 77 when every
# scenario asked for was skipped.  tests/unit/test_hardening.c runs one
# scenario per cmocka test.  No timing is asserted: the big inputs only have
# to finish (with the warnings the limits promise).
set -u

root=$(cd "$(dirname "$0")/../.." && pwd)

scenarios="nul_byte nul_byte_in_folder invalid_utf8 invalid_utf8_truncated
invalid_utf8_surrogate invalid_utf8_skip invalid_utf8_replace utf16_le utf16_be
utf8_bom_ok big_line_50mb million_numbers deep_nesting unbalanced_quotes
limit_file_size limit_sentence_tokens limit_mentions unreadable_file
unreadable_folder unwritable_report_folder report_to_fifo report_to_dev_full
manifest_symlink_escape folder_symlink_loop lost_report_disk_full
lost_report_killed lost_update_disk_full lost_update_killed
lost_update_readonly lost_update_foreign lost_report_sigkill
stdout_to_dev_full extract_write_error report_never_replaced
term_removes_temporary progress_on_terminal"

self="$root/tests/hardening/run.sh"
if [ "${1:-}" = "--list" ]; then
  for s in $scenarios; do echo "$s"; done
  exit 0
fi
one=""
if [ "${1:-}" = "--one" ]; then # internal: see the driver at the end
  one=$2; shift 2
fi
[ $# -ge 1 ] || { echo "usage: $0 BINARY [SCENARIO...]" >&2; exit 2; }
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1"); shift
[ -x "$bin" ] || { echo "SKIP all: no binary $bin (build it first)"; exit 77; }
[ $# -gt 0 ] || set -- $scenarios

export CLAIMCHECK_RULES="$root/rules"
export NO_COLOR=1
if [ -z "$one" ]; then
  work=$(mktemp -d "${TMPDIR:-/tmp}/cc_hardening.XXXXXX")
  chmod 755 "$work" # other users (the unreadable-file scenarios) must enter
  trap 'chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"' EXIT INT TERM
fi

# ---- helpers ------------------------------------------------------------------

why=""
fail() { why="$*"; return 1; }

# run ARGS...: the binary in the scenario's folder; sets $rc, $out, $err
run() {
  "$bin" "$@" > out.txt 2> err.txt
  rc=$?
  out=$(cat out.txt); err=$(cat err.txt)
}

# A sanitizer report (under make asan) fails the scenario whatever the
# exit status.
clean_run() {
  ! grep -qE 'ERROR: (Address|Leak)Sanitizer|runtime error:' err.txt ||
    fail "sanitizer report: $(grep -m1 -E 'Sanitizer|runtime error' err.txt)"
}

expect_rc() {
  clean_run || return 1
  [ "$rc" = "$1" ] || fail "exit $rc, expected $1; stderr: $(head -c 600 err.txt)"
}

# expect_err TEXT: stderr is exactly TEXT (one line)
expect_err() {
  [ "$err" = "$1" ] || fail "stderr was '$(head -c 600 err.txt)', expected '$1'"
}

# expect_err_has TEXT: stderr contains TEXT
expect_err_has() {
  grep -qF -- "$1" err.txt || fail "stderr lacks '$1': $(head -c 600 err.txt)"
}

expect_out_has() {
  grep -qF -- "$1" out.txt || fail "stdout lacks '$1': $(head -c 300 out.txt)"
}

same_file() { # same_file A B: byte-identical
  cmp -s "$1" "$2" || fail "$2 changed: $(cmp "$1" "$2" 2>&1 | head -1)"
}

no_temporaries() { # no_temporaries DIR: no .NAME.tmp.* left behind
  left=$(ls -a "$1" | grep '\.tmp\.' || true)
  [ -z "$left" ] || fail "temporary file left in $1: $left"
}

# as_other_user CMD...: run CMD as an unprivileged user.  Permission bits
# mean nothing to root, so as root the command runs as nobody (setpriv);
# as anyone else it runs as is.  Returns 77 when root cannot switch.
as_other_user() {
  if [ "$(id -u)" != 0 ]; then
    "$@"
  elif command -v setpriv >/dev/null 2>&1; then
    # a coverage build's counters are not writable by that user: drop the
    # runtime's "profiling:" complaints, keep everything else on stderr
    drop_err=$(mktemp)
    setpriv --reuid=65534 --regid=65534 --clear-groups -- "$@" 2> "$drop_err"
    drop_rc=$?
    grep -v '^profiling:' "$drop_err" >&2
    rm -f "$drop_err"
    return $drop_rc
  else
    return 77
  fi
}

# can_drop: 0 when as_other_user can give a user whom permissions bind
can_drop() {
  [ "$(id -u)" != 0 ] || command -v setpriv >/dev/null 2>&1
}

# a corpus that gives a report of several kilobytes: the examples
examples() { cp -R "$root/examples" ex; }

# the reviewed CSV a desk would keep: statuses and notes typed in by hand
make_reviewed() {
  run check --format csv --show all -o reviewed.csv ex
  [ "$rc" -le 1 ] || fail "making the reviewed CSV: exit $rc: $err" || return 1
  cr=$(printf '\r')
  sed -e "2s/\"\",\"\"$cr\$/\"confirmed\",\"checked with the desk, \"\"twice\"\"\"$cr/" \
      -e "3s/\"\",\"\"$cr\$/\"false_positive\",\"a style choice, not an error\"$cr/" \
      reviewed.csv > r.tmp && mv r.tmp reviewed.csv
  grep -q confirmed reviewed.csv || fail "could not mark a status in the reviewed CSV"
}

# ---- encodings -------------------------------------------------------------------

s_nul_byte() {
  printf 'Hello\000world.\n' > bin.txt
  run check bin.txt
  expect_rc 2 && expect_err "claimcheck: bin.txt: NUL byte at byte 5: binary file, not text"
}

s_nul_byte_in_folder() {
  mkdir docs && printf 'It cost 25%%.\n' > docs/a.txt
  head -c 3000 /bin/sh > docs/b.txt
  printf '\000' >> docs/b.txt
  run check docs
  expect_rc 2 && expect_err_has "claimcheck: docs/b.txt: " &&
    expect_err_has "binary file, not text"
}

s_invalid_utf8() {
  printf 'Caf\351 au lait cost 5%%.\n' > bad.txt
  run check bad.txt
  expect_rc 2 && expect_err "claimcheck: bad.txt: invalid UTF-8 at byte 3 (0xE9); claimcheck reads UTF-8 text only (see --invalid-utf8)"
}

s_invalid_utf8_truncated() {
  printf 'It cost 5%% at the caf\303' > bad.txt
  run check bad.txt
  expect_rc 2 && expect_err_has "bad.txt: invalid UTF-8 at byte 21 (0xC3)"
}

s_invalid_utf8_surrogate() {
  # U+D800 encoded in UTF-8 (CESU-style) is not valid UTF-8
  printf 'Ok.\n\355\240\200 no.\n' > bad.txt
  run check bad.txt
  expect_rc 2 && expect_err_has "bad.txt: invalid UTF-8 at byte 4 (0xED)"
}

s_invalid_utf8_skip() {
  printf 'Caf\351.\n' > bad.txt
  printf 'It cost 25%%.\n' > good.txt
  run extract --format text --invalid-utf8 skip bad.txt good.txt
  expect_rc 0 && expect_err_has "warning: bad.txt: invalid UTF-8 at byte 3" &&
    expect_err_has "(file skipped)" && expect_out_has 'good.txt:1:9: percent 25'
}

s_invalid_utf8_replace() {
  printf 'Caf\351 \351 cost 25%%.\n' > bad.txt
  run extract --format text --invalid-utf8 replace bad.txt
  # the column of "25%" is unchanged: each bad byte became one '?'
  expect_rc 0 &&
    expect_err "claimcheck: warning: bad.txt: 2 invalid UTF-8 byte(s) replaced with '?'" &&
    expect_out_has 'bad.txt:1:13: percent 25'
}

s_utf16_le() {
  printf '\377\376I\000t\000 \0002\0005\000%%\000.\000\n\000' > u16.txt
  run check u16.txt
  expect_rc 2 && expect_err "claimcheck: u16.txt: UTF-16 text (byte-order mark at byte 0); convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8"
}

s_utf16_be() {
  printf '\376\377\000I\000t\000 \0002\0005\000%%\000.\000\n' > u16.md
  run check u16.md
  expect_rc 2 && expect_err_has "u16.md: UTF-16 text (byte-order mark at byte 0)"
}

s_utf8_bom_ok() {
  printf '\357\273\277It cost 25%%.\r\n' > bom.txt
  run extract --format text bom.txt
  expect_rc 0 && expect_out_has 'bom.txt:1:9: percent 25'
}

# ---- size and shape ---------------------------------------------------------------

# 50 MB in one line, no sentence end: the token limit must split it.  The
# words are ones no recognizer takes (the million-number scenario covers
# dense mentions), so the run is quick enough for CI even under ASan;
# HARDENING_DENSE=1 uses prose with numbers instead (minutes, not seconds:
# see notes/HARDENING.md).
s_big_line_50mb() {
  line='lorem ipsum dolor sit amet consectetur adipiscing elit sed do'
  [ -z "${HARDENING_DENSE:-}" ] ||
    line='The ministers met for 9 hours and agreed on 25% of the text and'
  yes "$line" | head -c 52428800 | tr '\n' ' ' > big.txt
  [ "$(wc -c < big.txt)" -eq 52428800 ] || fail "could not make 50 MB" || return 1
  run check --date 2025-08-15 big.txt
  clean_run || return 1
  [ "$rc" -le 1 ] || fail "exit $rc: $(head -c 600 err.txt)" || return 1
  expect_err_has "big.txt:1: sentence longer than 2000 tokens was split (--max-sentence-tokens)"
}

s_million_numbers() {
  { printf 'The counts were'; seq 1 1000000 | tr '\n' ' '; printf 'in all.\n'; } > nums.txt
  run check nums.txt
  expect_rc 0 &&
    expect_err_has "nums.txt:1: sentence longer than 2000 tokens was split" &&
    expect_err_has "nums.txt:1: more than 256 mentions in one sentence; the rest are skipped"
}

s_deep_nesting() {
  # 100,000 levels of brackets and quotes around one sentence
  yes '([{"' | head -n 100000 | tr -d '\n' > deep.txt
  printf ' It cost 25%%. ' >> deep.txt
  yes '"}])' | head -n 100000 | tr -d '\n' >> deep.txt
  printf '\nIt cost 30%%.\n' >> deep.txt
  run extract --format text deep.txt
  expect_rc 0 && expect_out_has 'deep.txt:2:9: percent 30'
}

s_unbalanced_quotes() {
  # quotes and brackets that open and never close, over many lines
  yes 'He said "it (was [the 3rd of May, ' | head -n 50000 > q.txt
  printf 'It cost 30%%.\n' >> q.txt
  run extract --format text q.txt
  expect_rc 0 && expect_out_has 'q.txt:50001:9: percent 30'
}

# ---- limits ------------------------------------------------------------------------

s_limit_file_size() {
  head -c 2000000 /dev/zero | tr '\0' 'a' > huge.txt
  printf 'It cost 25%%.\n' > small.txt
  run extract --format text --max-file-size 1000000 huge.txt small.txt
  expect_rc 0 &&
    expect_err "claimcheck: warning: huge.txt: 2000000 bytes, larger than the limit of 1000000 bytes (--max-file-size); file skipped" &&
    expect_out_has 'small.txt:1:9: percent 25'
}

s_limit_sentence_tokens() {
  { printf 'The counts were'; seq 1 5000 | tr '\n' ' '; printf 'in all.\n'; } > nums.txt
  run extract --format text --max-sentence-tokens 100 --max-mentions 100000 nums.txt
  expect_rc 0 &&
    expect_err "claimcheck: warning: nums.txt:1: sentence longer than 100 tokens was split (--max-sentence-tokens)" &&
    expect_out_has '"5000"'
}

s_limit_mentions() {
  { printf 'The counts were'; seq 1 500 | tr '\n' ' '; printf 'in all.\n'; } > nums.txt
  run extract --format text --max-mentions 10 nums.txt
  n=$(grep -c ' number ' out.txt)
  expect_rc 0 &&
    expect_err "claimcheck: warning: nums.txt:1: more than 10 mentions in one sentence; the rest are skipped" &&
    { [ "$n" -eq 10 ] || fail "$n mentions kept, expected 10"; }
}

# ---- permissions --------------------------------------------------------------------

s_unreadable_file() {
  can_drop || { why="root without setpriv: permissions cannot be tested"; return 77; }
  printf 'It cost 25%%.\n' > a.txt && chmod 000 a.txt
  as_other_user "$bin" check a.txt > out.txt 2> err.txt; rc=$?; err=$(cat err.txt)
  expect_rc 2 && expect_err "claimcheck: a.txt: cannot open: Permission denied"
}

s_unreadable_folder() {
  can_drop || { why="root without setpriv: permissions cannot be tested"; return 77; }
  mkdir -p docs/locked && printf 'It cost 25%%.\n' > docs/a.txt
  printf 'It cost 5%%.\n' > docs/locked/b.txt && chmod 000 docs/locked
  as_other_user "$bin" check docs > out.txt 2> err.txt; rc=$?; err=$(cat err.txt)
  expect_rc 2 && expect_err "claimcheck: docs/locked: cannot open directory: Permission denied"
}

s_unwritable_report_folder() {
  can_drop || { why="root without setpriv: permissions cannot be tested"; return 77; }
  printf 'It cost 25%%.\n' > a.txt
  mkdir ro && printf 'old report\n' > ro/r.csv && cp ro/r.csv r.orig && chmod 555 ro
  as_other_user "$bin" check --format csv -o ro/r.csv a.txt > out.txt 2> err.txt
  rc=$?; err=$(cat err.txt)
  expect_rc 2 &&
    expect_err "claimcheck: ro/r.csv: cannot write: folder 'ro' is not writable (Permission denied)" &&
    same_file r.orig ro/r.csv
}

# -o on a pipe writes into it; the pipe must not be replaced by a file
# (the same code path would replace /dev/null when run as root).
s_report_to_fifo() {
  command -v mkfifo >/dev/null || { why="no mkfifo"; return 77; }
  printf 'It cost 25%%.\n' > a.txt && mkfifo pipe
  cat pipe > got.csv &
  reader=$!
  run check --format csv -o pipe a.txt
  # If the run failed before it opened the pipe, the reader still waits for
  # a writer: open and close one (O_RDWR never blocks) so it sees the end.
  (exec 3<>pipe) 2>/dev/null
  wait $reader
  expect_rc 0 && { [ -p pipe ] || fail "the pipe was replaced by a regular file"; } &&
    { grep -q '^id,severity' got.csv || fail "the report did not arrive through the pipe"; }
}

s_report_to_dev_full() {
  [ -c /dev/full ] || { why="no /dev/full"; return 77; }
  can_drop || { why="root without setpriv (refusing to risk /dev/full)"; return 77; }
  printf 'It cost 25%%.\n' > a.txt
  as_other_user "$bin" check --format csv -o /dev/full a.txt > out.txt 2> err.txt
  rc=$?; err=$(cat err.txt)
  expect_rc 2 && expect_err "claimcheck: /dev/full: write error: No space left on device" &&
    { [ -c /dev/full ] || fail "/dev/full is no longer a device"; }
}

# Whatever a command prints to stdout, a write that fails is exit 2 with
# the reason: help, version and rules lists too (printf's errors are only
# sticky, so they are checked at exit).
s_stdout_to_dev_full() {
  [ -c /dev/full ] || { why="no /dev/full"; return 77; }
  for args in --help --version "help check" "check --help" "rules --list" \
      "rules --lint" "review --help"; do
    "$bin" $args > /dev/full 2> err.txt
    rc=$?; err=$(cat err.txt)
    expect_rc 2 &&
      expect_err "claimcheck: <stdout>: write error: No space left on device" ||
      { why="$args: $why"; return 1; }
  done
}

# ---- paths ---------------------------------------------------------------------------

s_manifest_symlink_escape() {
  mkdir -p m outside && printf 'It cost 25%%.\n' > outside/a.txt
  ln -s ../outside m/link
  printf 'path,date\nlink/a.txt,2025-08-15\n' > m/m.csv
  run check --manifest m/m.csv
  expect_rc 2 && expect_err_has "claimcheck: m/m.csv:2: path 'link/a.txt' leaves the manifest's folder (it resolves to '"
}

s_folder_symlink_loop() {
  mkdir -p docs/a && printf 'It cost 25%%.\n' > docs/a/x.txt
  ln -s .. docs/a/up
  run extract --format text docs
  expect_rc 0 &&
    expect_err "claimcheck: warning: docs/a/up: a link back to a folder already being read (skipped)" &&
    expect_out_has 'docs/a/x.txt:1:9: percent 25'
}

# ---- nothing lost ---------------------------------------------------------------------
#
# A report or a reviewed CSV is replaced only by a complete new file.  The
# file-size limit (ulimit -f) makes write(2) fail half way, like a full
# disk: with SIGXFSZ ignored the write returns EFBIG and claimcheck must
# stop with exit 2; with SIGXFSZ at its default the kernel kills the run in
# the middle of the write.  Either way the old file must be byte-identical.

# limited MODE CMD...: run CMD with writes capped at 1-2 KB.  MODE is
# "fail" (SIGXFSZ ignored: write fails) or "kill" (SIGXFSZ kills).
limited() {
  mode=$1; shift
  # A coverage build (make coverage) writes its counter files at exit,
  # under the same cap: they would be cut short and every later run would
  # fail to merge into them ("Merge mismatch"), printing that on stderr.
  # The capped runs write theirs in this scratch folder instead.
  GCOV_PREFIX=$PWD/gcov-capped; export GCOV_PREFIX
  if [ "$mode" = fail ]; then
    (trap '' XFSZ; ulimit -f 2; exec "$@") > out.txt 2> err.txt
  else
    # in the background, so the shell prints no "File size limit
    # exceeded" notice of its own
    (ulimit -f 2; exec "$@") > out.txt 2> err.txt &
    wait $! 2>/dev/null
  fi
  rc=$?
  # (there, too, a counter file longer than the cap is cut short, and
  # libgcov says so on stderr, after claimcheck's own lines: its lines,
  # the last one perhaps itself cut short by the cap, are not claimcheck's)
  err=$(awk -v g='libgcov profiling error:' \
    '!($0 != "" && (index($0, g) == 1 || index(g, $0) == 1))' err.txt)
  unset GCOV_PREFIX
}

s_lost_report_disk_full() {
  examples
  run check --format csv --show all -o report.csv ex
  [ "$(wc -c < report.csv)" -gt 2048 ] || fail "report too small for the test" || return 1
  printf 'x' >> report.csv && cp report.csv report.orig # differs from a fresh one
  limited fail "$bin" check --format csv --show all -o report.csv ex
  expect_rc 2 && expect_err_has "report.csv: write error: File too large" &&
    expect_err_has "('report.csv' was left as it was)" &&
    same_file report.orig report.csv && no_temporaries .
}

s_lost_report_killed() {
  examples
  run check --format csv --show all -o report.csv ex
  printf 'x' >> report.csv && cp report.csv report.orig
  limited kill "$bin" check --format csv --show all -o report.csv ex
  # killed by SIGXFSZ: the shell reports 128 + 25
  { [ "$rc" -gt 128 ] || fail "the run was not killed (exit $rc)"; } &&
    same_file report.orig report.csv
}

s_lost_update_disk_full() {
  examples && make_reviewed || return 1
  [ "$(wc -c < reviewed.csv)" -gt 2048 ] || fail "reviewed CSV too small" || return 1
  cp reviewed.csv reviewed.orig
  limited fail "$bin" check --update reviewed.csv ex
  expect_rc 2 && expect_err_has "write error: File too large" &&
    same_file reviewed.orig reviewed.csv && no_temporaries .
}

s_lost_update_killed() {
  examples && make_reviewed || return 1
  cp reviewed.csv reviewed.orig
  limited kill "$bin" check --update reviewed.csv ex
  { [ "$rc" -gt 128 ] || fail "the run was not killed (exit $rc)"; } &&
    same_file reviewed.orig reviewed.csv
}

s_lost_update_readonly() {
  can_drop || { why="root without setpriv: permissions cannot be tested"; return 77; }
  examples && make_reviewed || return 1
  mkdir desk && mv reviewed.csv desk/ && cp desk/reviewed.csv reviewed.orig
  chmod 555 desk
  as_other_user "$bin" check --update desk/reviewed.csv ex > out.txt 2> err.txt
  rc=$?; err=$(cat err.txt)
  expect_rc 2 && expect_err_has "desk/reviewed.csv: cannot write: folder 'desk' is not writable" &&
    same_file reviewed.orig desk/reviewed.csv
}

s_lost_update_foreign() {
  examples
  printf 'File,Line,Column,Severity,Message\r\nsrc/a.c,3,4,warning,"unused ""x"""\r\n' > lint.csv
  cp lint.csv lint.orig
  run check --update lint.csv ex
  expect_rc 2 && expect_err_has "lint.csv:1: row 1: 5 columns, expected the 18" &&
    same_file lint.orig lint.csv && no_temporaries .
}

# SIGKILL at an arbitrary moment of a long run: whenever it lands, the old
# report is whole (a temporary may be left; the report never half-written).
s_lost_report_sigkill() {
  examples
  run check --format csv -o report.csv ex
  printf 'x' >> report.csv && cp report.csv report.orig
  yes 'The talks began at 9 a.m. (16:00 GMT) and lasted 8 hours, 25% longer.' |
    head -c 20000000 > ex/long.txt
  "$bin" check --format csv -o report.csv ex > out.txt 2> err.txt &
  pid=$!
  sleep 1
  kill -9 $pid 2>/dev/null
  wait $pid 2>/dev/null
  same_file report.orig report.csv
}

# A write that fails in the middle of extract names the output and the
# reason (not the engine's bare "stopped"), exits 2, and an existing -o
# file keeps its bytes.  Output of several 64 kB buffers, over many files,
# so the failure lands between documents.
s_extract_write_error() {
  mkdir docs
  for i in $(seq 1 40); do
    yes 'The carmaker is recalling 680,000 cars; fares rose by 25% to $3.50.' |
      head -n 100 > docs/a$i.txt
  done
  printf 'old output\n' > out.jsonl && cp out.jsonl out.orig
  limited fail "$bin" extract -o out.jsonl docs
  expect_rc 2 &&
    expect_err "claimcheck: out.jsonl: write error: File too large ('out.jsonl' was left as it was)" &&
    same_file out.orig out.jsonl && no_temporaries . || return 1
  limited fail "$bin" extract --claims -o new.csv docs
  expect_rc 2 &&
    expect_err "claimcheck: new.csv: write error: File too large ('new.csv' was not created)" &&
    { [ ! -e new.csv ] || fail "new.csv was created"; } && no_temporaries . || return 1
  [ -c /dev/full ] || return 0
  "$bin" extract docs > /dev/full 2> err.txt
  rc=$?; err=$(cat err.txt)
  expect_rc 2 && expect_err "claimcheck: <stdout>: write error: No space left on device"
}

# --report names the file by the second: a report of this second (and of
# the next few, should the clock tick) already there is never replaced;
# the new one gets -2.
s_report_never_replaced() {
  printf -- '---\ndate: 2024-09-17\n---\nIt cost 25%%.\n' > a.md
  mkdir reports
  now=$(date -u +%s)
  for k in 0 1 2 3 4 5; do
    stamp=$(date -u -d "@$((now + k))" +%Y%m%dT%H%M%SZ) ||
      { why="date -d is not GNU date"; return 77; }
    printf 'old %s\n' "$k" > "reports/$stamp.csv"
  done
  run check --report --fail-on none a.md
  expect_rc 0 || return 1
  new=$(ls reports | grep -e '-2\.csv$')
  [ -n "$new" ] || fail "no numbered report among: $(ls reports)" || return 1
  expect_err_has "claimcheck: report written to reports/$new" || return 1
  grep -q '^id,severity' "reports/$new" || fail "reports/$new is not the report" ||
    return 1
  for f in reports/*Z.csv; do
    grep -q '^old ' "$f" || fail "$f was replaced" || return 1
  done
}

# SIGTERM (a CI time-out) or SIGHUP while extract writes -o: the run dies
# of that signal, the old output is whole and its temporary is gone.
s_term_removes_temporary() {
  examples
  yes 'The talks began at 9 a.m. (16:00 GMT) and lasted 8 hours, 25% longer.' |
    head -c 20000000 > ex/long.txt
  printf 'old output\n' > out.jsonl && cp out.jsonl out.orig
  for sig in TERM HUP; do
    "$bin" extract -o out.jsonl ex > out.txt 2> err.txt &
    pid=$!
    n=0 # wait for the temporary: the run is writing
    until ls -a | grep -q '\.tmp\.' || [ $n -ge 300 ]; do
      sleep 0.1; n=$((n + 1))
    done
    kill -s $sig $pid
    wait $pid 2>/dev/null # (no "Terminated" notice)
    rc=$?
    [ "$rc" -gt 128 ] || fail "SIG$sig: the run was not killed (exit $rc)" ||
      return 1
    same_file out.orig out.jsonl && no_temporaries . || return 1
  done
}

# On a terminal (script(1) gives one): extract's records to the terminal
# get no progress line to run into; with -o the progress line ends with a
# newline before the summary.
s_progress_on_terminal() {
  command -v script >/dev/null 2>&1 || { why="no script(1)"; return 77; }
  script -qec true /dev/null > /dev/null 2>&1 || { why="script(1) cannot run"; return 77; }
  mkdir docs && printf 'The levy rose by 25%%.\n' > docs/a.txt
  printf 'The levy rose by 30%%.\n' > docs/b.txt
  script -qec "'$bin' extract --format text docs" /dev/null > tty.txt 2>&1
  tr -d '\r' < tty.txt > out.txt
  first=$(head -1 out.txt)
  [ "$first" = 'docs/a.txt:1:18: percent 25 "25%" [25, 25] %' ] ||
    fail "first line on the terminal: '$first'" || return 1
  ! grep -q 'files, ' out.txt || fail "a progress line among the records" ||
    return 1
  script -qec "'$bin' check -o r.txt docs" /dev/null > tty.txt 2>&1
  # the progress line, rewritten with \r, then a newline, then the summary
  last=$(tr -d '\r' < tty.txt | sed -n '$p')
  case "$last" in
    "0 discrepancies"*) ;;
    *) fail "the summary does not start its own line: '$last'" ;;
  esac
}

# ---- driver ---------------------------------------------------------------------------

# --one SCENARIO: run one scenario in the current folder (the driver calls
# this under timeout(1)); prints why it failed or was skipped.
if [ "$one" ]; then
  "s_$one"
  st=$?
  [ $st -eq 0 ] || echo "$why"
  exit $st
fi

failed=0; skipped=0; ran=0
limit=${HARDENING_TIMEOUT:-900} # seconds; ASan runs are slow
for s in "$@"; do
  case " $(echo $scenarios) " in
    *" $s "*) ;;
    *) echo "FAIL $s: no such scenario"; failed=$((failed + 1)); continue ;;
  esac
  mkdir "$work/$s" && chmod 755 "$work/$s"
  # A hang is a failure, not a stuck CI job: timeout(1) stops the scenario
  # and every process it started (it signals its process group).
  if command -v timeout >/dev/null 2>&1; then
    (cd "$work/$s" && timeout "$limit" sh "$self" --one "$s" "$bin") > "$work/$s.why"
  else
    (cd "$work/$s" && sh "$self" --one "$s" "$bin") > "$work/$s.why"
  fi
  st=$?
  why=$(cat "$work/$s.why")
  [ $st -ne 124 ] || why="timed out after ${limit}s (a hang?)"
  ran=$((ran + 1))
  if [ $st -eq 0 ]; then
    echo "PASS $s"
  elif [ $st -eq 77 ]; then
    echo "SKIP $s: $why"; skipped=$((skipped + 1))
  else
    echo "FAIL $s: ${why:-status $st}"; failed=$((failed + 1))
  fi
  chmod -R u+rwx "$work/$s" 2>/dev/null; rm -rf "$work/$s"
done
[ $failed -eq 0 ] || exit 1
[ $skipped -lt $ran ] || exit 77
exit 0
