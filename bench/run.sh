#!/usr/bin/env bash
# The toets benchmark, in one command:   bench/run.sh
# Builds toets and the benchmark programs (Release, in build-bench/), installs the peers' node
# packages into bench/peers/node_modules, writes the corpora to bench/corpus/, runs every
# measurement and writes bench/results/latest.json and latest.txt. See bench/README.md.
#   BENCH_SIZES="1000 100000 1000000"   corpus sizes (1000 is always written: the latency case)
#   BENCH_ZEN_LIMIT, BENCH_JRE_LIMIT, BENCH_CLIPS_LIMIT   most cases a peer runs (200000, 20000, 200000)
#   BENCH_PER_CASE_LIMIT                 cases for toets without the bulk path (1000)
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

# Release build. Warnings stay warnings here: the benchmark measures, the normal builds enforce.
if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then
   cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTOETS_BENCH=ON -DTOETS_TESTS=OFF -DTOETS_WERROR=OFF > /dev/null
   cmake --build "$build" --parallel "${BENCH_BUILD_JOBS:-2}" --target toets toets_bench_generate toets_bench_floor toets_bench_eval_loop >&2
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

export TOETS_BIN="$build/toets" FLOOR_BIN="$build/bench/floor" GENERATE_BIN="$build/bench/generate_corpus" EVAL_LOOP_BIN="$build/bench/eval_loop" BENCH_SIZES="$sizes"
exec node "$bench/bench.js"
