#!/usr/bin/env bash
# Installs what toets needs from Debian's packages (only what is missing), then configures
# and builds it into build/. Safe to run again: it does nothing that is already done.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(build-essential cmake ninja-build pkg-config tao-pegtl-dev libfmt-dev libspdlog-dev
          catch2 nlohmann-json3-dev libcli11-dev libsimdjson-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "toets: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

build_dir=${TOETS_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=${TOETS_BUILD_TYPE:-Release} "$@" >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)"
