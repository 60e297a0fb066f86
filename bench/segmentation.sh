#!/usr/bin/env bash
# Sentence-splitter accuracy on the development sets of ../shared/data/segmentation:
# exact-match counts on the Golden Rules sets, sentence and boundary F1 on UD GUM/EWT.
# usage: bench/segmentation.sh [BUILD_DIR] [DATA_DIR]   (-v as first argument lists failures)
set -euo pipefail
cd "$(dirname "$0")/.."
verbose=0; [ "${1:-}" = -v ] && { verbose=1; shift; }
build=${1:-build}; data=${2:-../shared/data/segmentation}
bin="$build/bench/bench_segment"
[ -x "$bin" ] || { echo "segmentation.sh: $bin not built (cmake --build $build)" >&2; exit 1; }
for f in golden_rules_en pragmatic_extra_en pysbd_regression_en; do
  out=$("$bin" exact "$data/$f.jsonl")
  [ "$verbose" = 1 ] && grep -v '^exact:' <<< "$out" || true
  printf '%-22s %s   failed: %s\n' "$f" "$(grep '^exact:' <<< "$out")" \
    "$(grep -o '^FAIL [^:]*' <<< "$out" | cut -c6- | tr '\n' ' ')"
done
for f in ud_gum_traindev ud_ewt_traindev; do
  "$bin" f1 "$data/$f.jsonl" | sed "s/^/$f  /"
done
