#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz/ with clang (build-fuzz/, AddressSanitizer and
# UndefinedBehaviorSanitizer, warnings not errors: clang warns where GCC does not) and runs
# each for SECONDS (default 60), one after the other. Fails when any target finds a crash, a
# leak, a timeout (-timeout=10) or runs out of memory (-rss_limit_mb=1024); the input that did
# it is kept in build-fuzz/fuzz/findings/TARGET/. The seeds are copied from rules/, examples/,
# tests/golden/, tests/cli/ and tests/data/ on every run; what a run discovers stays in
# build-fuzz/fuzz/corpus/TARGET/ and is read again by the next run.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]      TARGET: fuzz_rules fuzz_json fuzz_csv fuzz_eval
#   TOETS_FUZZ_BUILD_DIR=dir   another build directory
#   TOETS_FUZZ_JOBS=n          n fuzzing processes per target (libFuzzer -fork), default 1
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_rules fuzz_json fuzz_csv fuzz_eval)
build_dir=${TOETS_FUZZ_BUILD_DIR:-build-fuzz}
work=$build_dir/fuzz

command -v clang++ >/dev/null || { echo "toets fuzz: clang++ is missing (scripts/setup.sh installs it)" >&2; exit 1; }
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-g -O1" \
   -DCMAKE_CXX_COMPILER=clang++ -DTOETS_FUZZ=ON -DTOETS_TESTS=OFF -DTOETS_WERROR=OFF >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)" --target "${targets[@]}"

# Seeds: every file of the repository that the target reads, under a name made of its path,
# copied afresh for each target run (another run may be using another target's).
seed() {  # seed TARGET FILE...
   local dir=$work/seeds/$1 file
   shift
   for file in "$@"; do
      cp "$file" "$dir/$(echo "$file" | tr '/' '_')"
   done
}
# Whole cases for fuzz_eval and fuzz_json: each NDJSON line of tests/data/, and each example
# folder's application and report joined into one case.
seed_cases() {  # seed_cases TARGET
   python3 - "$work/seeds/$1" <<'PY'
import json, pathlib, sys
out = pathlib.Path(sys.argv[1])
lines = pathlib.Path("tests/data/cases.ndjson").read_text(encoding="utf-8").splitlines()
for n, line in enumerate((l for l in lines if l.strip()), 1):
    (out / f"case-ndjson-{n}.json").write_text(line, encoding="utf-8")
for folder in sorted(pathlib.Path("examples").glob("*/*")):
    case = {}
    for key, name in (("aanvraag", "aanvraag.json"), ("rapport", "rapport.json"), ("vorig_rapport", "vorig-rapport.json")):
        if (folder / name).is_file():
            case[key] = json.loads((folder / name).read_text(encoding="utf-8"))
    if case:
        text = json.dumps(case, ensure_ascii=False)
        (out / f"case-{folder.parent.name}-{folder.name}.json").write_text(text, encoding="utf-8")
PY
}
mapfile -t rule_files < <(find rules examples tests/golden tests/cli tests/testing -name '*.toets' | sort)
mapfile -t json_files < <(find examples tests/golden tests/cli tests/data tests/report -name '*.json' ! -name 'expected*' | sort)  # not the goldens' output
mapfile -t csv_files < <(find examples tests/golden tests/data -name '*.csv' | sort)
make_seeds() {  # make_seeds TARGET
   rm -rf "$work/seeds/$1"
   mkdir -p "$work/seeds/$1" "$work/corpus/$1" "$work/findings/$1" "$work/logs"
   case $1 in
      fuzz_rules) seed "$1" "${rule_files[@]}" ;;
      fuzz_json | fuzz_eval) seed "$1" "${json_files[@]}"; seed_cases "$1" ;;
      fuzz_csv) seed "$1" "${csv_files[@]}" ;;
   esac
}

# Dictionaries: the rule language's keywords in both languages, from their one table.
mkdir -p "$work"
{
   grep -o '"[^"]*"' dsl/keywords.hpp | sort -u
   printf '"%s"\n' ':' '-' '*' '(' ')' '%' '\xe2\x82\xac' '\x0a   ' '\x0a      ' '#' '\x22' '..' 'ja' 'nee' 'yes' 'no'
} > "$work/rules.dict"
printf '"%s"\n' '{' '}' '[' ']' ':' ',' 'null' 'true' 'false' '\x22' '\\u' '1e999' '-0' '1.5' > "$work/json.dict"
printf '"%s"\n' ';' ',' '\x22' '\x0d\x0a' '\x0a' 'veld;waarde' 'id;' 'rapport.' 'aanvraag.' 'vorig_rapport.' '\xe2\x82\xac' '%' > "$work/csv.dict"
# Longest input: libFuzzer's default is the longest seed, and the CSV seeds are a few hundred
# bytes; the rule and JSON seeds are long enough.
max_len_of() {
   case $1 in
      fuzz_csv) echo 8192 ;;
      fuzz_rules | fuzz_json | fuzz_eval) echo 0 ;;
   esac
}
dict_of() {
   case $1 in
      fuzz_rules) echo "$work/rules.dict" ;;
      fuzz_json | fuzz_eval) echo "$work/json.dict" ;;
      fuzz_csv) echo "$work/csv.dict" ;;
   esac
}

failed=()
for t in "${targets[@]}"; do
   echo "== $t for ${seconds} s"
   make_seeds "$t"
   args=(-max_total_time="$seconds" -rss_limit_mb=1024 -timeout=10 -print_final_stats=1
         -max_len="$(max_len_of "$t")" -dict="$(dict_of "$t")" -artifact_prefix="$work/findings/$t/")
   if [ "${TOETS_FUZZ_JOBS:-1}" -gt 1 ]; then
      args+=(-fork="$TOETS_FUZZ_JOBS")
   fi
   if ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      "$build_dir/tests/fuzz/$t" "${args[@]}" "$work/corpus/$t" "$work/seeds/$t" >"$work/logs/$t.log" 2>&1; then
      grep -E '^stat::number_of_executed_units|^Done [0-9]+ runs' "$work/logs/$t.log" | sed "s/^/   /" || true
      echo "   corpus: $(find "$work/corpus/$t" -type f | wc -l) files"
   else
      failed+=("$t")
      tail -n 60 "$work/logs/$t.log"
      echo "toets fuzz: $t found a problem; the input is in $work/findings/$t/, the log in $work/logs/$t.log" >&2
   fi
done
if [ ${#failed[@]} -gt 0 ]; then
   echo "toets fuzz: FAILED: ${failed[*]}" >&2
   exit 1
fi
echo "toets fuzz: no findings in ${targets[*]}"
