#!/bin/sh
# Install what claimcheck needs from Debian's packages, only when missing.
# Does nothing (and needs no network) when everything is already there.
set -e
need="make gcc libcsv-dev uthash-dev libcmocka-dev libutf8proc-dev libjansson-dev tzdata gcovr pkg-config valgrind libxml2-utils"
# optional: `make asan` builds with clang when it can link sanitized
# programs (its UBSan checks NULL + 0, gcc's does not), else with gcc
optional="clang libclang-rt-14-dev"
installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}
missing=""
for p in $need; do
  installed "$p" || missing="$missing $p"
done
opt_missing=""
for p in $optional; do
  installed "$p" || opt_missing="$opt_missing $p"
done
[ -z "$missing$opt_missing" ] && exit 0
echo "deps: installing$missing$opt_missing" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
[ -z "$missing" ] ||
  $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
# shellcheck disable=SC2086
[ -z "$opt_missing" ] ||
  $SUDO apt-get install -y -qq --no-install-recommends $opt_missing \
    >/dev/null 2>&1 ||
  echo "deps: could not install$opt_missing (optional: make asan uses gcc)" >&2
