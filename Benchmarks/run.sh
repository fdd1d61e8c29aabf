#!/usr/bin/env bash
# rulec's scale benchmark: `lint`, `compile -o` and `check` at 1,000, 100,000
# and 1,000,000 instances, each beside libyaml's bare event scan of the same
# files in the same run. See docs/performance.md for the method and figures.
#
#   Benchmarks/run.sh                        # every size, a Markdown table
#   SIZES="0 1k 100k" Benchmarks/run.sh      # some sizes only (0 first: the fixed costs)
#   RUNS=3 Benchmarks/run.sh                 # best of 3 (default 1)
#   FORMATS="text json" Benchmarks/run.sh    # check's formats (default all six)
#   CALLGRIND=1 SIZES=1k Benchmarks/run.sh   # also count instructions
#   RULEC=/path/to/rulec Benchmarks/run.sh   # another build (no swift build)
#
# The last row times the bundled plan's `check` of its example snapshot,
# process start included: the fastest and the median of 20 runs.
#
# For each size the plan is written twice by make-plan.py: "many" (10
# obligation files) and "one" (every obligation in one file), and the
# snapshot by make-snapshot.py: one file, and the same entries in 10 files.
# Every row is the best of RUNS runs: elapsed seconds (bash's clock, to the
# millisecond), user seconds and peak memory (max RSS) from /usr/bin/time,
# microseconds per instance, the same net of the command's fixed cost (its
# time at size 0: a plan without obligations, an empty snapshot), and the
# ratio of elapsed and of user time to libyaml's scan of the same inputs (on
# a busy machine the user-time ratio is the steadier; below 50 ms of scan it
# is left out, as it would compare process starts). Each row also shows the
# command's phases (RULEC_PHASES=1), elapsed/processor seconds: for `check`
# loading the rules, reading the snapshot, evaluating, the progress summary,
# writing the report; for `compile -o` the rules and writing the graph. The
# loading of the rules is split into steps (·files: reading and building
# the rule files; ·declarations: the table, references, order, quotes,
# bodies and classes; ·expansion: lowering beside expanding the instances;
# ·enforcement: the enforcement checks, beside sorting the instances when
# the graph is read), shown before the phase they belong to; `lint` shows
# only its steps.
#
# Needs: swift, python3, a C compiler and libyaml-dev, GNU /usr/bin/time;
# valgrind for CALLGRIND=1. Inputs are cached in $WORK (/tmp/rulec-bench).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=${WORK:-/tmp/rulec-bench}
sizes=${SIZES:-0 1k 100k 1m}
runs=${RUNS:-1}
formats=${FORMATS:-text json markdown sarif junit github}
mkdir -p "$work"

cc -O2 -o "$work/libyaml-scan" "$root/Benchmarks/libyaml-scan.c" -lyaml
if [ -z "${RULEC:-}" ]; then
  # The build for use (README, "Building for use"): on Linux the Swift
  # runtime and Foundation are linked in, so that the process starts sooner.
  static=()
  [ "$(uname)" = Linux ] && static=(--static-swift-stdlib)
  (cd "$root" && swift build -c release --product rulec "${static[@]}" --build-path .build-static 2>&1 \
    | tail -1) >&2
  rulec="$root/.build-static/release/rulec"
else
  rulec=$RULEC
fi

# Writes the plans and snapshots of one size (10 x PER_FILE obligations of 10
# bodies each) unless they exist.
prepare() {
  local dir=$1 per_file=$2
  if [ ! -f "$dir/many/snapshot.json" ]; then
    python3 "$root/Benchmarks/make-plan.py" "$dir/many" --obligations "$per_file"
    python3 "$root/Benchmarks/make-snapshot.py" "$dir/many" --obligations "$per_file" --split 10
  fi
  if [ ! -d "$dir/one/rules" ]; then
    python3 "$root/Benchmarks/make-plan.py" "$dir/one" --files 1 --obligations $((per_file * 10))
  fi
}

# Runs a command RUNS times; sets elapsed, user, peak (MB) and phases of the
# fastest run. Standard output goes to /dev/null.
measure() {
  elapsed="" user="" peak="" phases=""
  local run line
  for run in $(seq "$runs"); do
    # check exits 1 when it finds escalations; anything else is a failure.
    # Elapsed by bash's clock, to the millisecond (/usr/bin/time counts
    # hundredths, too coarse for the small sizes); user time and peak
    # memory by /usr/bin/time.
    local status=0 start=$EPOCHREALTIME
    RULEC_PHASES=1 /usr/bin/time -o "$work/time" -f "%e %U %M" "$@" >/dev/null 2>"$work/stderr" \
      || status=$?
    local end=$EPOCHREALTIME
    if [ "$status" -gt 1 ]; then
      echo "failed ($status): $*" >&2
      head -5 "$work/stderr" >&2
      exit 1
    fi
    line=$(tail -1 "$work/time")
    local e u m
    read -r e u m <<<"$line"
    e=$(awk "BEGIN { printf \"%.3f\", $end - $start }")
    if [ -z "$elapsed" ] || awk "BEGIN { exit !($e < $elapsed) }"; then
      elapsed=$e user=$u peak=$((m / 1024))
      # A step (·files) is part of the phase whose line follows it (rules).
      phases=$(grep -E '^(phase|step) ' "$work/stderr" \
        | sed -E -e 's/^phase ([a-z]+): ([0-9.]+) s, ([0-9.]+) s cpu$/\1 \2\/\3/' \
          -e 's/^step ([a-z]+): ([0-9.]+) s, ([0-9.]+) s cpu$/·\1 \2\/\3/' \
        | paste -sd ' ' || true)
    fi
  done
}

# The elapsed seconds of each command at size 0 (a plan without obligations,
# an empty snapshot): its fixed cost (the process's start, the plan's own
# files), taken off the other sizes' time for the time per instance net of it.
declare -A fixed

row() {  # row SIZE LABEL INSTANCES SCAN_ELAPSED SCAN_USER
  local size=$1 label=$2 instances=$3 scan=$4 scan_user=$5
  local per net ratio ratio_user
  if [ "$instances" -eq 0 ]; then
    fixed[$label]=$elapsed
    per=- net=-
  else
    per=$(awk "BEGIN { printf \"%.2f\", $elapsed * 1e6 / $instances }")
    net=$(awk "BEGIN { f = \"${fixed[$label]:-}\"; if (f == \"\") print \"-\"; else printf \"%.2f\", ($elapsed - f) * 1e6 / $instances }")
  fi
  # Below 50 ms of scan a ratio would compare process starts, not work.
  ratio=$(awk "BEGIN { if ($scan >= 0.05) printf \"%.1f×\", $elapsed / $scan; else print \"-\" }")
  ratio_user=$(awk "BEGIN { if ($scan_user >= 0.05) printf \"%.1f×\", $user / $scan_user; else print \"-\" }")
  printf '| %s · %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' \
    "$size" "$label" "$elapsed" "$user" "$peak" "$per" "$net" "$ratio" "$ratio_user" "${phases:--}"
}

echo "rulec: $rulec ($(git -C "$root" rev-parse --short HEAD)); $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| size · command | elapsed s | user s | peak MB | µs per instance | µs per instance, net of size 0 | × scan | × scan, user | phases (·steps of the rules): elapsed/cpu s |"
echo "|---|---|---|---|---|---|---|---|---|"
for size in $sizes; do
  case "$size" in
    0) per_file=0 ;;
    1k) per_file=10 ;;
    100k) per_file=1000 ;;
    1m) per_file=10000 ;;
    *) echo "unknown size $size (0, 1k, 100k, 1m)" >&2; exit 2 ;;
  esac
  instances=$((per_file * 100))
  dir="$work/$size"
  prepare "$dir" "$per_file"
  for layout in many one; do
    rules="$dir/$layout/rules"
    files="obligations in $([ "$layout" = many ] && echo 10 files || echo 1 file)"
    measure "$work/libyaml-scan" "$rules"/*.yaml
    scan=$elapsed scan_user=$user
    row "$size" "libyaml scan, $files" "$instances" "$scan" "$scan_user"
    measure "$rulec" lint --rules "$rules"
    row "$size" "lint, $files" "$instances" "$scan" "$scan_user"
    measure "$rulec" compile --rules "$rules" -o "$work/graph.json"
    row "$size" "compile -o, $files" "$instances" "$scan" "$scan_user"
  done
  rules="$dir/many/rules"
  measure "$work/libyaml-scan" "$dir/many/snapshot.json"
  scan=$elapsed scan_user=$user
  row "$size" "libyaml scan, snapshot" "$instances" "$scan" "$scan_user"
  for format in $formats; do
    measure "$rulec" check --rules "$rules" --format "$format" "$dir/many/snapshot.json"
    row "$size" "check --format $format" "$instances" "$scan" "$scan_user"
  done
  measure "$work/libyaml-scan" "$dir/many/split"/*.json
  scan=$elapsed scan_user=$user
  row "$size" "libyaml scan, snapshot in 10 files" "$instances" "$scan" "$scan_user"
  measure "$rulec" check --rules "$rules" "$dir/many/split"
  row "$size" "check, snapshot in 10 files" "$instances" "$scan" "$scan_user"
done

# The bundled plan: rulec check of the example snapshot, process start
# included, timed to the millisecond (/usr/bin/time counts hundredths) by
# bash's own clock, so that no other process starts inside the measure.
bundled=()
cd "$root"
for run in $(seq 20); do
  start=$EPOCHREALTIME
  "$rulec" check examples/snapshots/2017-10-15.json >/dev/null || true
  bundled+=("$start $EPOCHREALTIME")
done
cd - >/dev/null
read -r fastest median < <(printf '%s\n' "${bundled[@]}" \
  | awk '{ printf "%.1f\n", ($2 - $1) * 1000 }' | sort -n \
  | awk '{ v[NR] = $1 } END { print v[1], v[int((NR + 1) / 2)] }')
echo "| bundled plan · check examples/snapshots/2017-10-15.json, 20 runs | fastest $fastest ms, median $median ms | | | | | | | |"
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ -n "${CALLGRIND:-}" ]; then
  echo
  echo "| size · command | instructions |"
  echo "|---|---|"
  count() {  # count NAME COMMAND...
    local name=$1
    shift
    local refs
    # check exits 1 when it finds escalations: not a failure here.
    refs=$( (valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" "$@" 2>&1 >/dev/null \
      || true) | sed -n 's/.*refs: *//p')
    echo "| $name | $refs |"
  }
  for size in $sizes; do
    dir="$work/$size"
    rules="$dir/many/rules"
    count "$size · libyaml scan, rule files" "$work/libyaml-scan" "$rules"/*.yaml
    count "$size · lint" "$rulec" lint --rules "$rules"
    count "$size · compile -o" "$rulec" compile --rules "$rules" -o "$work/graph.json"
    count "$size · libyaml scan, snapshot" "$work/libyaml-scan" "$dir/many/snapshot.json"
    count "$size · check" "$rulec" check --rules "$rules" "$dir/many/snapshot.json"
  done
fi
