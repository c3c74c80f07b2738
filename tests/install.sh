#!/bin/sh
# make install into a temporary PREFIX; the installed binary, run from
# another folder with no hint, must find its installed rules and man page.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
make -C "$root" --no-print-directory -s install PREFIX="$prefix" >/dev/null
test -f "$prefix/share/man/man1/claimcheck.1"
cd /
out=$(env -u CLAIMCHECK_RULES "$prefix/bin/claimcheck" rules --lint)
case "$out" in
  "$prefix/bin/../share/claimcheck/rules: "*OK) echo "install: 1 passed, 0 failed" ;;
  *) echo "install: unexpected output: $out"; echo "install: 0 passed, 1 failed"; exit 1 ;;
esac
