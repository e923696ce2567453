#!/usr/bin/env bash
# Installs what toets needs from Debian's packages (only what is missing), then configures
# and builds it into build/ (Debug unless TOETS_BUILD_TYPE says otherwise; bench/run.sh makes its own
# Release build). Safe to run again: it does nothing that is already done.
set -euo pipefail
cd "$(dirname "$0")/.."

# nettle-dev: SHA-256 for the receipt; python3-jsonschema and chromium: the tests that
# validate the JSON reports against docs/json-output.schema.json and render the HTML report;
# clang and libclang-rt-14-dev (libFuzzer): the fuzz targets that scripts/fuzz.sh builds.
packages=(build-essential cmake ninja-build pkg-config tao-pegtl-dev libfmt-dev libspdlog-dev
          catch2 nlohmann-json3-dev libcli11-dev libsimdjson-dev nettle-dev python3-jsonschema chromium
          clang libclang-rt-14-dev)
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
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=${TOETS_BUILD_TYPE:-Debug} "$@" >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)"
