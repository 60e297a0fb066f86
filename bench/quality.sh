#!/bin/bash
# Quality and speed of every summarization method on the development sets.
#
# usage: bash bench/quality.sh [BUILD_DIR] [DATA_DIR]
#   BUILD_DIR  holds the chorus binary (default: build)
#   DATA_DIR   holds mds/{duc2001,duc2002,multinews_dev} (default: ../shared/data)
#   CHORUS_EVAL=path  use another binary for `chorus eval` (default: the same)
#   METHODS="a b"     methods to run (default: all)
#   TRUNCATED="a+truncate b+no-date ..."  extra rows: the method with the
#                     options after its "+" (--truncate, --no-date)
#                     (default: default+truncate lead+truncate default+no-date;
#                     "" for none)
# Writes the Markdown table to stdout; work files go to a temporary directory.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
data=${2:-$here/../../shared/data}
chorus=$build/chorus
evalbin=${CHORUS_EVAL:-$chorus}
methods=${METHODS:-$("$chorus" summarize --list-methods | tr '\n' ' ')}
truncated=${TRUNCATED-default+truncate lead+truncate default+no-date}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# shellcheck source=bench/common.sh
. "$here/common.sh"

for set in duc2001 duc2002 multinews_dev; do
    refs=$data/mds/$set/clusters.jsonl
    if [ "$set" = multinews_dev ]; then words=300; flags=("${mn_flags[@]}"); else words=100; flags=("${duc_flags[@]}"); fi
    for m in $methods $truncated; do
        # "NAME+truncate": the method with --truncate (the last sentence cut
        # at the budget, as ROUGE's -l cuts any longer summary); "NAME+no-date":
        # without the date line
        args=(--method "${m%%+*}")
        rest=${m#"${m%%+*}"}
        while [ -n "$rest" ]; do
            rest=${rest#+}
            args+=(--"${rest%%+*}")
            rest=${rest#"${rest%%+*}"}
        done
        t0=$(now)
        "$chorus" summarize -q "${args[@]}" --words "$words" --format jsonl "$refs" >"$tmp/$set.$m.jsonl"
        t1=$(now)
        echo "$t1 - $t0" | bc | xargs printf '%.2f\n' >"$tmp/$set.$m.sec"
        "$evalbin" eval -q "$refs" "$tmp/$set.$m.jsonl" "${flags[@]}" --format json >"$tmp/$set.$m.eval.json"
    done
done
echo "## Quality (ROUGE, %; s = wall seconds of \`chorus summarize\` for the whole set)"
echo
python3 "$here/quality_table.py" "$tmp" "$methods $truncated"

# Growth with the size of a story: one story of N articles taken from the
# DUC stories in order.
echo
echo "## Seconds for one story of N articles (100 words; median of 3 runs)"
echo
for n in 25 50 100 200; do
    python3 "$here/big_story.py" "$data/mds/duc2001/clusters.jsonl" "$data/mds/duc2002/clusters.jsonl" \
        --articles "$n" --text "$tmp/big$n.txt" >"$tmp/big$n.jsonl"
done
printf '| method |'
for n in 25 50 100 200; do
    printf ' %s articles, %s sentences |' "$n" "$("$chorus" segment "$tmp/big$n.txt" 2>/dev/null | wc -l)"
done
echo
printf '|---|'; for n in 25 50 100 200; do printf -- '---|'; done; echo
for m in $methods; do
    printf '| %s |' "$m"
    for n in 25 50 100 200; do
        printf ' %.2f |' "$(median_time 3 "$chorus" summarize -q --method "$m" --words 100 --format jsonl "$tmp/big$n.jsonl")"
    done
    echo
done
