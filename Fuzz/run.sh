#!/usr/bin/env bash
# Builds the fuzz targets and runs each for a given time, one after the
# other, at low priority. Not run in CI.
#
#   Fuzz/run.sh SECONDS [TARGET...]     (default: every target)
#   UNIT_TIMEOUT=30 Fuzz/run.sh ...      (seconds one input may take; default 10)
#
# Each target starts from its seed corpus (Fuzz/Corpus/<target>, made by
# seed.sh) and grows a working corpus in Fuzz/.build/corpus/<target>;
# crashes, leaks and timeouts are written to Fuzz/.build/findings/<target>/,
# and the last lines of each run (executions, coverage) to
# Fuzz/.build/logs/<target>.log.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:?usage: Fuzz/run.sh SECONDS [TARGET...]}"
shift
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(FuzzYAMLLoader FuzzRuleBuilder FuzzWhen FuzzDeadlinePhrase FuzzSnapshotReader FuzzLedgerReader)
fi
nice -n 19 swift build -c release -Xswiftc -sanitize=fuzzer,address 2>&1 | grep -v 'Cannot export' | tail -n 2
[ -d Corpus/FuzzYAMLLoader ] || ./seed.sh
bin="$(swift build -c release --show-bin-path)"
for target in "${targets[@]}"; do
  mkdir -p ".build/corpus/$target" ".build/findings/$target" .build/logs
  set +e
  ASAN_OPTIONS=detect_leaks=0 nice -n 19 "$bin/$target" ".build/corpus/$target" "Corpus/$target" \
    -max_total_time="$seconds" -timeout="${UNIT_TIMEOUT:-10}" -rss_limit_mb=4096 -max_len=65536 \
    -artifact_prefix=".build/findings/$target/" -print_final_stats=1 \
    > ".build/logs/$target.log" 2>&1
  status=$?
  set -e
  runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' ".build/logs/$target.log" | grep -Eo '[0-9]+$' || echo '?')
  echo "$target: exit $status, $runs executions, $(ls ".build/findings/$target" | wc -l) findings"
done
