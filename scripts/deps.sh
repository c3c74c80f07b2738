#!/bin/sh
# Install what claimcheck needs from Debian's packages, only when missing.
# Does nothing (and needs no network) when everything is already there.
set -e
need="make gcc libcsv-dev uthash-dev libcmocka-dev libutf8proc-dev libjansson-dev tzdata gcovr pkg-config valgrind libxml2-utils clang"
missing=""
for p in $need; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0
echo "deps: installing$missing" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
