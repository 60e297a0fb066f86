#!/bin/bash
# chorus against other summarizers that install from Debian, on the same
# stories, budgets and ROUGE settings as bench/quality.sh:
#   lexrankr  CRAN's lexRankr (R; apt install r-cran-lexrankr), LexRank with
#             the package's defaults, every article a document; sentences in
#             rank order (bench/tools_lexrankr.R)
#   ots       the Open Text Summarizer (C; apt install ots), single-document,
#             run once per story on its articles joined, with the smallest
#             --ratio that gives the budget (ROUGE's -l cuts the rest)
# A tool that is not installed is skipped with a note. "words" is the mean
# length of the summaries before ROUGE's cut. Times are wall seconds for the
# whole set, start-up included: the median of RUNS runs for chorus and of
# TOOL_RUNS runs for the others, which take hundreds of times longer than the
# machine's noise (lexRankr about 4 minutes for the three sets); "x" is the
# time over chorus's default's.
#
# usage: bash bench/tools.sh [BUILD_DIR] [DATA_DIR] [RUNS] [TOOL_RUNS]
#   defaults: build, ../shared/data, 5, 1
#   SETS="duc2002 ..."  sets to run (default: duc2001 duc2002 multinews_dev)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
data=${2:-$here/../../shared/data}
runs=${3:-5}
tool_runs=${4:-1}
chorus=$build/chorus
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# shellcheck source=bench/common.sh
. "$here/common.sh"

have_lexrankr() { command -v Rscript >/dev/null && Rscript -e 'library(lexRankr)' >/dev/null 2>&1; }

# One text file per story (its articles joined by blank lines) and the
# --ratio, in percent of the words, that gives at least the budget.
ots_prepare() {
    python3 - "$1" "$2" "$tmp/ots" <<'PY'
import json, math, os, sys
src, words, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
os.makedirs(out, exist_ok=True)
with open(src) as f, open(os.path.join(out, "index.tsv"), "w") as idx:
    for n, line in enumerate(f):
        story = json.loads(line)
        text = "\n\n".join(d["text"] for d in story["docs"])
        total = max(1, len(text.split()))
        ratio = min(100, max(1, math.ceil(100 * 1.3 * words / total)))
        name = os.path.join(out, "%04d.txt" % n)
        with open(name, "w") as t:
            t.write(text)
        idx.write("%s\t%s\t%d\n" % (story["id"], name, ratio))
PY
}

ots_run() {
    while IFS=$'\t' read -r id file ratio; do
        printf '%s\t' "$id"
        ots -r "$ratio" "$file" | tr '\n' ' '
        echo
    done <"$tmp/ots/index.tsv"
}

ots_jsonl() {
    ots_run | python3 -c '
import json, sys
for line in sys.stdin:
    sid, _, text = line.rstrip("\n").partition("\t")
    print(json.dumps({"id": sid, "summary": text}))'
}

# R-1 and R-2 recall of a summaries file, in percent, and its mean words.
score() {
    "$chorus" eval -q "$1" "$2" "${@:3}" --format json |
        python3 -c '
import json, sys
a = json.load(sys.stdin)["average"]
lens = []
for line in open(sys.argv[1]):
    s = json.loads(line)["summary"]
    lens.append(len((s if isinstance(s, str) else " ".join(s)).split()))
print("%.2f | %.2f | %.0f" % (100 * a["ROUGE-1"]["R"], 100 * a["ROUGE-2"]["R"], sum(lens) / len(lens)))' "$2"
}

echo "| set | tool | R-1 R | R-2 R | words | s | x |"
echo "|---|---|---|---|---|---|---|"
for set in ${SETS:-duc2001 duc2002 multinews_dev}; do
    refs=$data/mds/$set/clusters.jsonl
    if [ "$set" = multinews_dev ]; then words=300; flags=("${mn_flags[@]}"); else words=100; flags=("${duc_flags[@]}"); fi
    base=
    for tool in default lexrank lexrankr ots; do
        out=$tmp/$set.$tool.jsonl
        case $tool in
        default | lexrank)
            cmd=("$chorus" summarize -q --method "$tool" --words "$words" --format jsonl "$refs")
            n=$runs
            name="chorus $tool" ;;
        lexrankr)
            if ! have_lexrankr; then echo "| $set | lexRankr | skipped: apt install r-cran-lexrankr | | | | |"; continue; fi
            cmd=(Rscript "$here/tools_lexrankr.R" "$refs" "$words" "$out")
            n=$tool_runs
            name="lexRankr (R)" ;;
        ots)
            if ! command -v ots >/dev/null; then echo "| $set | OTS | skipped: apt install ots | | | | |"; continue; fi
            ots_prepare "$refs" "$words"
            cmd=(ots_run)
            n=$tool_runs
            name="OTS (C)" ;;
        esac
        t=$(median_time "$n" "${cmd[@]}")
        case $tool in
        default | lexrank) "${cmd[@]}" >"$out" ;;
        ots) ots_jsonl >"$out" ;;
        esac
        [ -n "$base" ] || base=$t
        printf '| %s | %s | %s | %.2f | %.1f |\n' "$set" "$name" "$(score "$refs" "$out" "${flags[@]}")" "$t" "$(echo "$t / $base" | bc -l)"
    done
done
