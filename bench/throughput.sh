#!/usr/bin/env bash
# Pipeline throughput (read + clean + split + tokenise + stem) on all the
# articles of ../shared/data/mds, one core. Reports the median of RUNS runs
# and the peak memory of one run, for two ways of reading the same articles:
#   text   the articles concatenated as plain text, one story per line in the
#          Multi-News layout (articles separated by |||||) - the acceptance
#          measure of issue 2;
#   jsonl  the clusters.jsonl files themselves, so JSON parsing (jansson) of
#          the articles and of the reference summaries is included.
# usage: bench/throughput.sh [BUILD_DIR] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}; runs=${2:-5}
data=../shared/data/mds
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# The corpus is small (about 7 MB of articles); repeat it so one run takes
# long enough to time.
for i in 1 2 3 4 5; do cat "$data"/*/clusters.jsonl; done > "$tmp/all.jsonl"
python3 - "$tmp/all.jsonl" "$tmp/all.text" <<'PY'
import json, sys
with open(sys.argv[1]) as f, open(sys.argv[2], "w") as out:
    for line in f:
        docs = json.loads(line)["docs"]
        out.write(" ||||| ".join(d["text"].replace("\n", " NEWLINE_CHAR ") for d in docs) + "\n")
PY
for kind in text jsonl; do
  in=$tmp/all.$kind
  for r in $(seq "$runs"); do
    "$build/bench/bench_pipeline" "$in" | awk '/throughput/ {print $5}'
  done | sort -n > "$tmp/mbps"
  echo "== $kind"
  echo "runs: $(tr '\n' ' ' < "$tmp/mbps")MB/s"
  echo "median: $(awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}' "$tmp/mbps") MB/s"
  "$build/bench/bench_pipeline" "$in" | head -1
  /usr/bin/time -v "$build/bench/bench_pipeline" "$in" 2>&1 >/dev/null | awk -F: '/Maximum resident/ {print "peak memory:" $2 " KB"}'
done
