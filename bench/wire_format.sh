#!/bin/bash
# Summary quality when the articles come as raw newswire text, the way DUC
# 2004 ships them: no paragraph breaks, lines hard-wrapped at 70 columns,
# and `` '' for quotation marks. The development sets have clean paragraphs
# (the DUC 2001/2002 converter kept them), so this rewrites their articles
# in that form and scores the default summary (100 words) on each copy with
# `chorus eval` (-n 2 -m -a -l 100 -x -f A -p 0.5 -t 0), R-1 / R-2 recall in %.
#
#   as given   the set unchanged
#   joined     paragraphs joined into one block
#   wrapped    joined, then wrapped at 70 columns
#   wire       wrapped, and straight or curly double quotes as `` ''
#   indented   each paragraph wrapped, its first line indented three spaces,
#              no blank lines (LDC's other layout), `` '' quotes
#
# usage: bash bench/wire_format.sh [BUILD_DIR] [DATA_DIR]
#   METHOD=name  method to run (default: the default)
#   FLAGS="..."  more options for chorus summarize (e.g. --no-date)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
data=${2:-$here/../../shared/data}
chorus=$build/chorus
method=${METHOD:-default}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 - "$data/mds" "$tmp" <<'PY'
import json, sys, textwrap
mds, out = sys.argv[1], sys.argv[2]

def tex_quotes(t):
    res, open_ = [], False
    for ch in t:
        if ch == '"':
            res.append("''" if open_ else "``")
            open_ = not open_
        elif ch == "\u201c":
            res.append("``")
        elif ch == "\u201d":
            res.append("''")
        else:
            res.append(ch)
    return "".join(res)

def joined(t):
    return " ".join(p.strip() for p in t.split("\n\n"))

def wrapped(t):
    # break_on_hyphens=False: wire text wraps at spaces only
    return "\n".join(textwrap.wrap(joined(t), 70, break_on_hyphens=False))

forms = {
    "as_given": lambda t: t,
    "joined": joined,
    "wrapped": wrapped,
    "wire": lambda t: wrapped("\n\n".join(tex_quotes(p) for p in t.split("\n\n"))),
    # LDC's other layout: each paragraph wrapped on its own, its first line
    # indented three spaces, no blank lines between paragraphs
    "indented": lambda t: "\n".join(
        "\n".join(textwrap.wrap(tex_quotes(p.strip()), 70, initial_indent="   ", break_on_hyphens=False))
        for p in t.split("\n\n")),
}
for s in ("duc2001", "duc2002"):
    stories = [json.loads(l) for l in open(f"{mds}/{s}/clusters.jsonl")]
    for name, f in forms.items():
        with open(f"{out}/{s}_{name}.jsonl", "w") as o:
            for st in stories:
                c = dict(st)
                c["docs"] = [dict(d, text=f(d["text"])) for d in st["docs"]]
                o.write(json.dumps(c) + "\n")
PY

printf '%-8s %-10s %s\n' set form "R-1 / R-2"
for s in duc2001 duc2002; do
    for form in as_given joined wrapped wire indented; do
        in=$tmp/${s}_$form.jsonl
        # shellcheck disable=SC2086
        "$chorus" summarize -q --method "$method" ${FLAGS:-} --words 100 --format jsonl "$in" >"$tmp/out.jsonl"
        "$chorus" eval -q "$in" "$tmp/out.jsonl" -n 2 -m -a -l 100 -x -f A -p 0.5 -t 0 --format json |
            python3 -c "import json,sys; a=json.load(sys.stdin)['average']; print('%-8s %-10s %.2f / %.2f'%('$s','$form',100*a['ROUGE-1']['R'],100*a['ROUGE-2']['R']))"
    done
done
