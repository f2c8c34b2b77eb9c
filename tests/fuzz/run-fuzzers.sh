#!/usr/bin/env bash
# run-fuzzers.sh: build the libFuzzer harnesses and run each for a while.
#
#   tests/fuzz/run-fuzzers.sh [SECONDS] [HARNESS...]
#
# SECONDS per harness (default: $FUZZ_SECONDS, else 60).  HARNESS: plan-load,
# consent-xml, catalogue-load (default: all that are built).  The build folder
# is $FUZZ_BUILD (default build-fuzz), set up with clang-14 on first use:
#
#   CC=clang-14 meson setup build-fuzz -Dfuzzing=true \
#     -Db_sanitize=address,undefined -Db_lundef=false
#
# The corpus each harness grows is kept in build-fuzz/fuzz-corpus/NAME, so
# the next run starts where this one stopped; the seeds (tests/data, the
# malformed files, tests/fuzz/seeds, the kept regressions) are read from
# the source tree every run.  A crash leaves its input in
# build-fuzz/fuzz-artifacts/NAME/ and makes the script exit 1: fix the bug,
# then keep the input in tests/fuzz/regressions/NAME/ (docs-fuzz.md).
# Exit 0: every harness ran its time without a crash, leak or broken property.
set -uo pipefail

cd "$(dirname "$0")/../.."
root=$(pwd)

seconds=${FUZZ_SECONDS:-60}
if [ $# -gt 0 ] && [[ $1 =~ ^[0-9]+$ ]]; then
  seconds=$1
  shift
fi
build=${FUZZ_BUILD:-build-fuzz}
cc=${FUZZ_CC:-clang-14}

if [ ! -f "$build/build.ninja" ]; then
  echo "== Setting up $build with $cc (libFuzzer, ASan, UBSan)"
  CC=$cc meson setup "$build" -Dfuzzing=true \
    -Db_sanitize=address,undefined -Db_lundef=false || exit 1
elif ! meson introspect --buildoptions "$build" | grep -q '"name": "fuzzing", "value": true'; then
  echo "run-fuzzers: $build exists but was not set up with -Dfuzzing=true" >&2
  exit 2
fi

# Seeds of each harness: folders and files, copied flat into one folder.
seeds_of() {
  case $1 in
    plan-load|consent-xml)
      echo tests/fuzz/seeds/plans tests/data tests/data/malformed ;;
    catalogue-load)
      echo tests/fuzz/seeds/catalogues data/catalogue.json data/exempel-katalog-sjostad.json ;;
  esac
}
dict_of() {
  case $1 in
    catalogue-load) echo tests/fuzz/catalogue.dict ;;
    *) echo tests/fuzz/hamtplan.dict ;;
  esac
}

all=(plan-load consent-xml catalogue-load)
if [ $# -gt 0 ]; then
  harnesses=("$@")
else
  harnesses=()
  for h in "${all[@]}"; do
    # catalogue-load exists once the catalogue loader is on the branch.
    [ -f "tests/fuzz/fuzz-$h.c" ] && harnesses+=("$h")
  done
fi

targets=()
for h in "${harnesses[@]}"; do targets+=("tests/fuzz/fuzz-$h"); done
echo "== Building ${targets[*]}"
ninja -C "$build" "${targets[@]}" || exit 1

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/lsan.supp}
export LC_ALL=C.UTF-8
export G_DEBUG=gc-friendly

failed=()
for h in "${harnesses[@]}"; do
  corpus=$build/fuzz-corpus/$h
  seeds=$build/fuzz-seeds/$h
  artifacts=$build/fuzz-artifacts/$h
  rm -rf "$seeds"
  mkdir -p "$corpus" "$seeds" "$artifacts"
  for s in $(seeds_of "$h") "tests/fuzz/regressions/$h"; do
    if [ -d "$s" ]; then
      find "$s" -maxdepth 1 -type f ! -name 'meson.build' ! -name '*.expected' ! -name '.*' \
        -exec sh -c 'for f; do cp "$f" "$0/$(echo "$f" | tr / _)"; done' "$seeds" {} +
    elif [ -f "$s" ]; then
      cp "$s" "$seeds/$(echo "$s" | tr / _)"
    fi
  done

  echo "== fuzz-$h: ${seconds} s, $(ls "$seeds" | wc -l) seeds, $(ls "$corpus" | wc -l) in corpus"
  log=$build/fuzz-$h.log
  "$build/tests/fuzz/fuzz-$h" \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
      -dict="$(dict_of "$h")" -artifact_prefix="$artifacts/" -print_final_stats=1 \
      ${FUZZ_ARGS:-} "$corpus" "$seeds" >"$log" 2>&1
  status=$?
  grep -E '^(stat::number_of_executed_units|stat::new_units_added|stat::peak_rss_mb)' "$log" | sed 's/^/   /'
  if [ $status -ne 0 ]; then
    echo "!! fuzz-$h failed (exit $status); log: $log"
    grep -E 'ERROR: |hp-fuzz: property broken|Test unit written to' "$log" | head -5 | sed 's/^/   /'
    failed+=("$h")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "== FAILED: ${failed[*]}  (reproduce: $build/tests/fuzz/fuzz-NAME ARTIFACT)"
  exit 1
fi
echo "== All harnesses ran ${seconds} s without a crash"
