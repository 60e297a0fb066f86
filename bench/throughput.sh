#!/usr/bin/env bash
# Pipeline throughput (read + clean + split + tokenise + stem) on all the
# articles of ../shared/data/mds, one core. Reports the median of RUNS runs
# and the peak memory of one run.
# usage: bench/throughput.sh [BUILD_DIR] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}; runs=${2:-5}
data=../shared/data/mds
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# The corpus is small (about 8 MB); repeat it so one run takes long enough to time.
for i in 1 2 3 4 5; do cat "$data"/*/clusters.jsonl; done > "$tmp/all.jsonl"
for r in $(seq "$runs"); do
  "$build/bench/bench_pipeline" "$tmp/all.jsonl" | awk '/throughput/ {print $5}'
done | sort -n > "$tmp/mbps"
echo "runs: $(tr '\n' ' ' < "$tmp/mbps")MB/s"
echo "median: $(awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}' "$tmp/mbps") MB/s"
"$build/bench/bench_pipeline" "$tmp/all.jsonl" | head -1
/usr/bin/time -v "$build/bench/bench_pipeline" "$tmp/all.jsonl" 2>&1 >/dev/null | awk -F: '/Maximum resident/ {print "peak memory:" $2 " KB"}'
