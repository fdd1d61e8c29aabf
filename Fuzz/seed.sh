#!/usr/bin/env bash
# Fills Fuzz/Corpus/<target>/ with seed inputs taken from the rules, the
# examples and the test fixtures. Run from anywhere; idempotent.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$root/Fuzz/Corpus"
copy() { # target files...
  local target="$1"; shift
  mkdir -p "$corpus/$target"
  for file in "$@"; do
    [ -f "$file" ] || continue
    [ "$(stat -c %s "$file")" -le 65536 ] || continue
    cp "$file" "$corpus/$target/$(echo "${file#"$root"/}" | tr '/' '_')"
  done
}
shopt -s nullglob globstar
copy FuzzYAMLLoader "$root"/rules/**/*.yaml "$root"/Tests/Fixtures/YAML/*.yaml
copy FuzzRuleBuilder "$root"/rules/**/*.yaml "$root"/Tests/Fixtures/CLI/*/rules/*.yaml
copy FuzzSnapshotReader "$root"/examples/snapshots/*.json "$root"/Tests/Fixtures/CLI/*/*.json
copy FuzzLedgerReader "$root"/examples/ledger/*.csv "$root"/Tests/Fixtures/CLI/*/*.csv
# One seed per condition and per time phrase written in the rules.
mkdir -p "$corpus/FuzzWhen" "$corpus/FuzzDeadlinePhrase"
grep -rhoE '^\s*when: .*' "$root"/rules | sed -E 's/^\s*when: //' | sort -u | head -n 200 |
  while IFS= read -r line; do printf '%s' "$line" > "$corpus/FuzzWhen/$(printf '%s' "$line" | md5sum | cut -c1-16)"; done
grep -rhoE '^\s*(due|every|within|report_within|publish_within|by|from|until): .*' "$root"/rules |
  sed -E 's/^\s*[a-z_]+: //' | sort -u | head -n 200 |
  while IFS= read -r line; do printf '%s' "$line" > "$corpus/FuzzDeadlinePhrase/$(printf '%s' "$line" | md5sum | cut -c1-16)"; done
for target in "$corpus"/*; do echo "$(basename "$target"): $(ls "$target" | wc -l) seeds"; done
