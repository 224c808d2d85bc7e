#!/usr/bin/env bash
# Installs what natocorpus needs from Debian's packages, when it is missing.
# Running it again installs nothing.
#   scripts/install-deps.sh          build and use the extension
#   scripts/install-deps.sh --test   also what the tests need (clang for the fuzzers)
set -euo pipefail

packages=(g++ cmake make pkg-config binutils sqlite3 libsqlite3-dev libicu-dev libutf8proc-dev
          zlib1g-dev nlohmann-json3-dev)
if [ "${1:-}" = "--test" ]; then
  packages+=(libgtest-dev python3 clang libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
as_root=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
  as_root=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
