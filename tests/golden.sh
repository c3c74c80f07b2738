#!/bin/sh
# Data-driven golden tests: every tests/cases/*.t is one case.
#
#   # comment lines at the top describe the case
#   args: check --date 2025-08-15 --format csv    (arguments; required;
#                                                 several args: lines run
#                                                 the same input several
#                                                 ways, each must give the
#                                                 expected output)
#   exit: 1                                      (expected status; default 0)
#   copy: examples                               (repo folders to copy in)
#   stdin: a.txt                                 (file fed to stdin)
#   --- file: NAME                               (an input file, verbatim)
#   --- expect                                   (expected stdout, exact)
#   --- stderr                                   (expected stderr, exact;
#                                                 optional)
#
# The command runs in a fresh temporary folder holding the files, with
# CLAIMCHECK_RULES pointing at the repo's rules.  Adding a case adds no C.
# Usage: tests/golden.sh BINARY [CASE...]; $VALGRIND prefixes the binary.
# GOLDEN_UPDATE=1 rewrites a failing case's expected stdout (and stderr,
# when the case has that part) with what its first args: line printed:
# for a change that is meant to alter output; review the diff with git.
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1"); shift
root=$(cd "$(dirname "$0")/.." && pwd)
export CLAIMCHECK_RULES="$root/rules"
export NO_COLOR=1
[ $# -gt 0 ] || set -- "$root"/tests/cases/*.t
pass=0; fail=0; failed=""
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Run the case's command once with args; compare status and output.
run_once() {
  args=$1
  (cd "$t/in" && eval "${VALGRIND:-} \"\$bin\" $args" < "$stdin_file" \
      > "$t/stdout" 2> "$t/stderr")
  got_exit=$?
  one=1
  if [ "$got_exit" != "$want_exit" ]; then
    echo "FAIL $case_file [$args]: exit $got_exit, expected $want_exit"; one=0
    sed 's/^/  stderr: /' "$t/stderr" | head -20
  fi
  if ! diff -u "$t/expect" "$t/stdout" > "$t/diff"; then
    echo "FAIL $case_file [$args]: stdout differs"; sed 's/^/  /' "$t/diff" | head -60; one=0
  fi
  if [ -f "$t/stderr_expect" ] && ! diff -u "$t/stderr_expect" "$t/stderr" > "$t/diff"; then
    echo "FAIL $case_file [$args]: stderr differs"; sed 's/^/  /' "$t/diff" | head -30; one=0
  fi
  return $((1 - one))
}

run_case() {
  case_file=$1
  t="$work/case"; rm -rf "$t"; mkdir -p "$t/in"
  # split the case into its parts
  awk -v dir="$t" '
    BEGIN { out = dir "/header" }
    /^--- file: / {
      out = dir "/in/" substr($0, 11)
      d = out; sub(/\/[^\/]*$/, "", d); system("mkdir -p \"" d "\"")
      printf "" > out; next }
    /^--- expect$/ { out = dir "/expect"; printf "" > out; next }
    /^--- stderr$/ { out = dir "/stderr_expect"; printf "" > out; next }
    { print > out }
  ' "$case_file"
  want_exit=$(sed -n 's/^exit: //p' "$t/header" | head -1)
  [ -n "$want_exit" ] || want_exit=0
  # -n: a file the case wrote itself stands in for the copied one
  for c in $(sed -n 's/^copy: //p' "$t/header"); do cp -R -n "$root/$c" "$t/in/"; done
  stdin_file=$(sed -n 's/^stdin: //p' "$t/header" | head -1)
  [ -n "$stdin_file" ] || stdin_file=/dev/null
  [ -f "$t/expect" ] || : > "$t/expect"
  ok=1
  sed -n 's/^args: //p' "$t/header" > "$t/argslist"
  if [ ! -s "$t/argslist" ]; then echo "FAIL $case_file: no args: line"; return 1; fi
  while IFS= read -r args; do
    run_once "$args" || ok=0
    [ "$ok" = 0 ] && [ "${GOLDEN_UPDATE:-}" = 1 ] && { update_case; return 1; }
  done < "$t/argslist"
  return $((1 - ok))
}

# Rewrite the case's expect (and stderr) part with the last run's output.
update_case() {
  awk '{ print } /^--- expect$/ { exit }' "$case_file" > "$t/new"
  cat "$t/stdout" >> "$t/new"
  if [ -f "$t/stderr_expect" ]; then
    echo "--- stderr" >> "$t/new"
    cat "$t/stderr" >> "$t/new"
  fi
  cp "$t/new" "$case_file"
  echo "UPDATED $case_file"
}

for f in "$@"; do
  if run_case "$f"; then pass=$((pass + 1)); else fail=$((fail + 1)); failed="$failed $(basename "$f")"; fi
done
echo "golden: $pass passed, $fail failed"
[ "$fail" -eq 0 ] || { echo "failed:$failed"; exit 1; }
