#!/bin/bash
# Summary quality at other lengths: DUC 2001/2002 also have human summaries
# of 50, 200 and 400 words (refs_by_length.jsonl), never used for tuning.
# Each method summarises at that budget and is scored with `chorus eval`
# (-n 2 -m -a -l N -x -f A -p 0.5 -t 0), R-1 / R-2 recall in %.
#
# usage: bash bench/lengths.sh [BUILD_DIR] [DATA_DIR]
#   METHODS="a b"  methods to run (default: default klsum lexrank submodular coverage lead);
#                  "NAME+no-date" runs NAME without the date line
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
data=${2:-$here/../../shared/data}
chorus=$build/chorus
methods=${METHODS:-default default+no-date klsum lexrank submodular coverage lead}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# One clusters file per (set, length) whose refs are the summaries of that length.
python3 - "$data/mds" "$tmp" <<'PY'
import json, sys
mds, out = sys.argv[1], sys.argv[2]
for s in ("duc2001", "duc2002"):
    refs = {}
    for line in open(f"{mds}/{s}/refs_by_length.jsonl"):
        o = json.loads(line)
        refs[o["id"]] = o["refs"]
    for n in ("50", "200", "400"):
        rows = []
        for line in open(f"{mds}/{s}/clusters.jsonl"):
            c = json.loads(line)
            r = refs.get(c["id"], {}).get(n)
            if r:
                c["refs"] = r
                rows.append(json.dumps(c))
        if rows:
            with open(f"{out}/{s}_{n}.jsonl", "w") as f:
                f.write("\n".join(rows) + "\n")
PY

conds=$(cd "$tmp" && ls duc*_*.jsonl | sed 's/\.jsonl$//' | sort -t_ -k1,1 -k2,2n)
printf '| method |'
for c in $conds; do printf ' %s |' "$(echo "$c" | sed 's/duc\([0-9]*\)_\([0-9]*\)/\1 @\2/')"; done
echo
printf '|---|'; for _ in $conds; do printf -- '---|'; done; echo
for m in $methods; do
    printf '| %s |' "$m"
    args=(--method "${m%+no-date}")
    [ "$m" != "${m%+no-date}" ] && args+=(--no-date)
    for c in $conds; do
        n=${c#*_}
        "$chorus" summarize -q "${args[@]}" --words "$n" --format jsonl "$tmp/$c.jsonl" >"$tmp/out.jsonl"
        "$chorus" eval -q "$tmp/$c.jsonl" "$tmp/out.jsonl" -n 2 -m -a -l "$n" -x -f A -p 0.5 -t 0 --format json |
            python3 -c "import json,sys; a=json.load(sys.stdin)['average']; print(' %.2f / %.2f |' % (100*a['ROUGE-1']['R'], 100*a['ROUGE-2']['R']), end='')"
    done
    echo
done
