#!/usr/bin/env bash
# The toets benchmark, in one command:   bench/run.sh
# Builds toets and the benchmark programs (Release, in build-bench/), installs the peers' node
# packages into bench/peers/node_modules, writes the corpora to bench/corpus/, runs every
# measurement and writes bench/results/latest.json and latest.txt. See bench/README.md.
#   BENCH_SIZES="1000 100000 1000000"   corpus sizes (1000 is always written: the latency case)
#   BENCH_ZEN_LIMIT, BENCH_JRE_LIMIT, BENCH_CLIPS_LIMIT   most cases a peer runs (200000, 20000, 200000)
#   BENCH_ARCH_FLAGS                     compiler flags for the Release build (default: x86-64-v3 and PCLMUL when the CPU has them)
#   BENCH_DIFF_SIZE                      cases for the `toets diff` timing (100000; 0 skips it)
#   BENCH_SEED                           the corpus seed (2019)
#   BENCH_NO_BUILD=1                     use the programs already in the build directory
set -euo pipefail

bench=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$bench")
build=${TOETS_BENCH_BUILD:-$root/build-bench}
sizes=${BENCH_SIZES:-1000 100000}
seed=${BENCH_SEED:-2019}

for tool in cmake ninja node npm taskset /usr/bin/time; do
   command -v "$tool" > /dev/null || { echo "bench/run.sh: needs $tool (Debian: apt-get install cmake ninja-build nodejs npm util-linux time)" >&2; exit 2; }
done
command -v hyperfine > /dev/null || echo "bench/run.sh: hyperfine not found (apt-get install hyperfine); timing latency without it" >&2

# simdjson's On Demand parser (toets's bulk reader, bench/floor.cpp) is compiled into the code
# that includes it, for the instruction set the compiler may assume: for plain x86-64 that is
# simdjson's portable `fallback` kernel, whatever the CPU; with AVX2, BMI and PCLMUL it is its
# `haswell` kernel (x86-64-v3 alone lacks PCLMUL). The library's run-time dispatch does not
# reach this code. So the benchmark's build, and only it, targets this machine's SIMD when it
# has it; the default builds stay portable. BENCH_ARCH_FLAGS overrides ("" for none).
arch=${BENCH_ARCH_FLAGS-auto}
if [ "$arch" = auto ]; then
   arch=
   if grep -qw avx2 /proc/cpuinfo && grep -qw bmi2 /proc/cpuinfo && grep -qw pclmulqdq /proc/cpuinfo && grep -qw fma /proc/cpuinfo; then
      arch="-march=x86-64-v3 -mpclmul"
   fi
fi

# Release build. Warnings stay warnings here: the benchmark measures, the normal builds enforce.
if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then
   cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTOETS_BENCH=ON -DTOETS_TESTS=OFF -DTOETS_WERROR=OFF "-DCMAKE_CXX_FLAGS=$arch" > /dev/null
   cmake --build "$build" --parallel "${BENCH_BUILD_JOBS:-2}" --target toets toets_bench_generate toets_bench_floor >&2
fi

# The peers, at the exact versions of bench/peers/package-lock.json.
if [ ! -d "$bench/peers/node_modules" ] || [ "$bench/peers/package-lock.json" -nt "$bench/peers/node_modules/.package-lock.json" ]; then
   (cd "$bench/peers" && npm ci --no-audit --no-fund --loglevel=error)
fi

# The corpora: rewritten when missing or when the generator changed.
mkdir -p "$bench/corpus"
for n in $(echo 1000 $sizes | tr ' ' '\n' | sort -nu); do
   file="$bench/corpus/cases-$n.ndjson"
   if [ ! -s "$file" ] || [ "$build/bench/generate_corpus" -nt "$file" ]; then
      echo "writing $n cases (seed $seed)" >&2
      "$build/bench/generate_corpus" cases "$n" "$file" "$seed"
   fi
done

export TOETS_BIN="$build/toets" FLOOR_BIN="$build/bench/floor" GENERATE_BIN="$build/bench/generate_corpus" BENCH_SIZES="$sizes" BENCH_ARCH_FLAGS="$arch"
exec node "$bench/bench.js"
