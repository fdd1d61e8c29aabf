#!/usr/bin/env bash
# Times `rulec lint` and `rulec compile` on a synthetic plan of 100,000
# obligations (1,000,000 instances), next to libyaml's own scan of the same
# files. See docs/performance.md for the method and the figures.
#
#   Benchmarks/run.sh                 # the full plan, 3 runs each
#   SCALE=tenth Benchmarks/run.sh     # 10,000 obligations (100,000 instances)
#   RUNS=5 Benchmarks/run.sh
#   CALLGRIND=1 SCALE=tenth Benchmarks/run.sh   # also count instructions
#
# Needs: swift, python3, a C compiler and libyaml-dev; /usr/bin/time (GNU);
# valgrind for CALLGRIND=1.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=${WORK:-/tmp/rulec-bench}
scale=${SCALE:-full}
runs=${RUNS:-3}
timing="%e s elapsed, %U s user, %S s system, %M KB max RSS"

case "$scale" in
  full) per_file=10000 ;;
  tenth) per_file=1000 ;;
  *) echo "SCALE is full or tenth" >&2; exit 2 ;;
esac

mkdir -p "$work"
plan="$work/$scale"
if [ ! -d "$plan/rules" ]; then
  python3 "$root/Benchmarks/make-plan.py" "$plan" --obligations "$per_file"
fi
echo "plan: $plan ($(du -sh "$plan/rules" | cut -f1) of YAML in $(ls "$plan/rules" | wc -l) files)"

cc -O2 -o "$work/libyaml-scan" "$root/Benchmarks/libyaml-scan.c" -lyaml
(cd "$root" && swift build -c release --product rulec 2>&1 | tail -1)
rulec="$root/.build/release/rulec"

measure() {
  local name=$1
  shift
  for run in $(seq "$runs"); do
    /usr/bin/time -f "$name: $timing" "$@" >/dev/null
  done
}

measure "libyaml scan" "$work/libyaml-scan" "$plan"/rules/*.yaml
measure "rulec lint" "$rulec" lint --rules "$plan/rules"
measure "rulec compile" "$rulec" compile --rules "$plan/rules" -o "$work/graph-$scale.json"
echo "graph: $(du -h "$work/graph-$scale.json" | cut -f1)"

if [ -n "${CALLGRIND:-}" ]; then
  for command in lint compile; do
    arguments=("$command" --rules "$plan/rules")
    if [ "$command" = compile ]; then arguments+=(-o "$work/graph-$scale.json"); fi
    valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.$command.$scale" \
      "$rulec" "${arguments[@]}" 2>&1 | grep "refs" \
      | sed "s/^==[0-9]*==/rulec $command instructions:/" || true
  done
  valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.libyaml.$scale" \
    "$work/libyaml-scan" "$plan"/rules/*.yaml 2>&1 | grep "refs" \
    | sed "s/^==[0-9]*==/libyaml scan instructions:/" || true
  echo "profiles: callgrind_annotate --inclusive=yes $work/callgrind.lint.$scale | head -60"
fi
