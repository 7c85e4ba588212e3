#!/usr/bin/env bash
# Runs the fuzz targets of a COMPTOIR_FUZZ build one after another (at
# `nice`: the runs take the machine's time, not its attention), each to RUNS
# executions from a fresh corpus seeded with the samples of tests/data, the
# shipped scenarios and tests/fuzz/seeds/<target>/. An input that takes more
# than 1 s, uses more than 2 GB, leaks, crashes or trips a sanitizer or a
# target's check is a finding: libFuzzer saves it under
# BUILD/fuzz/findings/<target>/ and the script names it. Prints a table:
# target, executions, time, executions per second, result. Exits 1 if
# anything was found.
# Usage: tests/fuzz/run_fuzz.sh BUILD [RUNS] [TARGET...]   (RUNS: 1000000;
# TARGET: fec, amount...; all by default). FUZZ_TIME=S stops each target
# after S seconds too (a busy machine): the table says how far it got.
set -uo pipefail

build=${1:?usage: run_fuzz.sh BUILD [RUNS] [TARGET...]}
runs=${2:-1000000}
shift $(($# < 2 ? $# : 2))
root=$(cd "$(dirname "$0")/../.." && pwd)
all_targets=(fec posting_csv posting_json z_report cafe_scenario funding_scenario camt053 ofx bank_csv siren amount date)
targets=("$@")
((${#targets[@]} == 0)) && targets=("${all_targets[@]}")

# The samples each target starts from, besides tests/fuzz/seeds/<target>/.
samples() {
  case $1 in
    fec) echo "$root"/tests/data/fec/* ;;
    camt053) echo "$root"/tests/data/bank/*.xml ;;
    ofx) echo "$root"/tests/data/bank/*.ofx ;;
    bank_csv) echo "$root"/tests/data/bank/*.csv ;;
    cafe_scenario) echo "$root"/forecast/scenarios/cafe-*.toml ;;
    funding_scenario) echo "$root"/forecast/scenarios/funding-*.toml ;;
  esac
}

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
work="$build/fuzz"
rows=()
findings=()
for target in "${targets[@]}"; do
  binary="$build/tests/fuzz/${target}_fuzz"
  if [[ ! -x $binary ]]; then
    echo "run_fuzz.sh: no $binary (build the comptoir_fuzz target)" >&2
    exit 2
  fi
  corpus="$work/corpus/$target"
  found="$work/findings/$target"
  log="$work/logs/$target.log"
  rm -rf "$corpus" "$found"
  mkdir -p "$corpus" "$found" "$(dirname "$log")"
  for seed in $(samples "$target") "$root"/tests/fuzz/seeds/"$target"/*; do
    [[ -f $seed ]] && cp "$seed" "$corpus/"
  done
  echo "fuzzing $target: $runs executions (log $log)"
  start=$(date +%s)
  nice -n 10 "$binary" -runs="$runs" -max_total_time="${FUZZ_TIME:-0}" -timeout=1 -rss_limit_mb=2048 -detect_leaks=1 -print_final_stats=1 \
    -artifact_prefix="$found/" "$corpus" >"$log" 2>&1
  status=$?
  seconds=$(($(date +%s) - start))
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  executions=${executions:-?}
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  artifact=$(find "$found" -type f | head -1)
  if ((status == 0)) && [[ -z $artifact ]]; then
    result=ok
  else
    kind=$(basename "${artifact:-failed-}" | cut -d- -f1)
    result="$kind (exit $status)"
    findings+=("$target: $kind: ${artifact:-see $log}")
  fi
  rows+=("$(printf '%-17s %12s %9s s %9s/s  %s' "$target" "$executions" "$seconds" "${rate:-?}" "$result")")
done

printf '\n%-17s %12s %11s %11s  %s\n' target executions time exec/s result
printf '%s\n' "${rows[@]}"
if ((${#findings[@]} > 0)); then
  printf '\nFindings (run the target on the file to reproduce):\n'
  printf '  %s\n' "${findings[@]}"
  exit 1
fi
