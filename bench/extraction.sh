#!/usr/bin/env bash
# Article extraction on the ScrapingHub/Zyte benchmark (../shared/data/extraction/aeb):
# the benchmark's word-shingle F1 for chorus and for the whole-page-text
# baseline (the scorer's check: it must give 0.665-0.666, as html-text does in
# the published table), and the time to extract all 181 pages (pages already
# in memory; median of RUNS runs).
# usage: bench/extraction.sh [BUILD_DIR] [RUNS] [DATA_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}; runs=${2:-7}; data=${3:-../shared/data/extraction/aeb}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
bin="$build/bench/bench_extraction"
score="python3 bench/extraction_score.py $data/index.jsonl"

"$bin" "$data" "$tmp/whole.jsonl" --whole-page 2>/dev/null
echo "baseline (whole page text): $($score "$tmp/whole.jsonl")"
"$bin" "$data" "$tmp/chorus.jsonl" 2>/dev/null
echo "chorus:                     $($score "$tmp/chorus.jsonl")"
echo "title/date: $(python3 bench/extraction_score.py --labels tests/fixtures/aeb_labels.jsonl "$tmp/chorus.jsonl")"
for r in $(seq "$runs"); do
  "$bin" "$data" "$tmp/t.jsonl" 2>&1 >/dev/null | awk '/extracted/ {print $5}'
done | sort -n > "$tmp/times"
echo "time for all pages, runs: $(tr '\n' ' ' < "$tmp/times")s"
echo "median: $(awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}' "$tmp/times") s"
