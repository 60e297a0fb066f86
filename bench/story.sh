#!/usr/bin/env bash
# Story card speed: the card of a 10-article story (DUC 2001/2002 stories
# cut to their first 10 articles; budget 50 ms) and all 307 NeuS validation
# stories (budget 3 s), one story of 300 articles, plus the alignment precision/recall on the labelled
# pairs. Medians of RUNS runs, one core.
# usage: bench/story.sh [BUILD_DIR] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}; runs=${2:-5}
data=../shared/data/mds
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cat "$data/duc2001/clusters.jsonl" "$data/duc2002/clusters.jsonl" > "$tmp/duc.jsonl"
"$build/bench/bench_story" ten "$tmp/duc.jsonl" "$runs"
"$build/bench/bench_story" all "$data/neus_val/clusters.jsonl" "$runs"
# The same through the command, end to end (read, card, JSON out).
start=$(date +%s.%N)
"$build/chorus" story --format json -q "$data/neus_val/clusters.jsonl" > /dev/null
echo "chorus story --format json neus_val (307 stories, one run): $(echo "$(date +%s.%N) - $start" | bc) s"
# One card of many articles (the first 300 of DUC 2001/2002's stories):
# how the card grows with the story.
python3 bench/big_story.py "$data/duc2001/clusters.jsonl" "$data/duc2002/clusters.jsonl" --articles 300 > "$tmp/big.jsonl"
start=$(date +%s.%N)
"$build/chorus" story --format json -q "$tmp/big.jsonl" > /dev/null
echo "chorus story, one story of 300 articles (one run): $(echo "$(date +%s.%N) - $start" | bc) s"
"$build/bench/bench_align" eval tests/fixtures/alignment_pairs.jsonl ../shared | tail -1
"$build/bench/bench_align" eval tests/fixtures/alignment_pairs_heldout.jsonl ../shared | tail -1
