#!/usr/bin/env bash
# Sets up and builds toets, runs the whole test suite, then builds the tests again with
# AddressSanitizer and UndefinedBehaviorSanitizer and runs them once more. Exits non-zero
# when anything fails. TOETS_SKIP_SANITIZE=1 skips the second build. Last, the fuzz targets
# run for 60 s each (scripts/fuzz.sh); TOETS_SKIP_FUZZ=1 skips them.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

bash scripts/setup.sh
ctest --test-dir build --output-on-failure --parallel "$jobs"

if [ "${TOETS_SKIP_SANITIZE:-0}" != 1 ]; then
  echo "== the same tests under AddressSanitizer and UndefinedBehaviorSanitizer"
  TOETS_BUILD_DIR=build-asan TOETS_BUILD_TYPE=Debug bash scripts/setup.sh -DTOETS_SANITIZE=ON
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-asan --output-on-failure --parallel "$jobs"
fi

if [ "${TOETS_SKIP_FUZZ:-0}" != 1 ]; then
  echo "== the fuzz targets, 60 s each (scripts/fuzz.sh)"
  bash scripts/fuzz.sh 60
fi
