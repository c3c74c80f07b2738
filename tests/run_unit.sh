#!/bin/sh
# Run every cmocka unit test binary; print one summary line.
dir=$1; shift
pass=0; fail=0; failed=""
for t in "$@"; do
  if (cd "$(dirname "$0")/.." && "$t") >"$t.log" 2>&1; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1)); failed="$failed $t"
    cat "$t.log"
  fi
done
echo "unit: $pass passed, $fail failed"
[ -z "$failed" ] || { echo "failed:$failed"; exit 1; }
