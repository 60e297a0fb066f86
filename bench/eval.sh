#!/usr/bin/env bash
# chorus eval speed: 5,000 summary/reference pairs of about 300 words,
# built from ../shared/data/mds into a temporary directory, scored with
# `-n 4 -2 4 -u -m` (ROUGE-1..4, ROUGE-L, ROUGE-SU4, stemming). Reports the
# wall time of RUNS runs (start-up included) and their median, pairs per
# second, and peak memory.
# usage: bench/eval.sh [BUILD_DIR] [RUNS] [PAIRS] [WORDS]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}; runs=${2:-5}; pairs=${3:-5000}; words=${4:-300}
data=../shared/data/mds
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
python3 bench/eval_pairs.py "$tmp" "$pairs" "$words" "$data"/*/clusters.jsonl
echo "input: $pairs pairs of $words words ($(du -sh "$tmp" | cut -f1)), flags -n 4 -2 4 -u -m"
for r in $(seq "$runs"); do
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$build/chorus" eval "$tmp/refs.jsonl" "$tmp/summaries.jsonl" \
    -n 4 -2 4 -u -m > "$tmp/out"
  cat "$tmp/time"
done | sort -n > "$tmp/times"
echo "runs (s): $(awk '{printf "%s ", $1}' "$tmp/times")"
med=$(awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}' "$tmp/times")
echo "median: $med s, $(awk -v p="$pairs" -v t="$med" 'BEGIN {printf "%.0f", p / t}') pairs/s"
echo "peak memory: $(awk '{print $2}' "$tmp/times" | sort -n | tail -1) KB"
grep -E "ROUGE-(1|L|SU4) Average_F" "$tmp/out"
