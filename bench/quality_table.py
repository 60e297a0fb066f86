#!/usr/bin/env python3
"""Turns the JSON that `chorus eval --format json` wrote for each
(set, method) into one Markdown table. Used by bench/quality.sh.

usage: quality_table.py DIR   (DIR holds <set>.<method>.eval.json and .sec)
"""
import glob
import json
import os
import sys

from benchcli import check_args

SETS = ["duc2001", "duc2002", "multinews_dev"]


def cell(avg, name, key):
    m = avg.get(name)
    return "%.2f" % (100 * m[key]) if m else "-"


def main():
    check_args(__doc__, 2)
    d = sys.argv[1]
    methods = sys.argv[2].split()
    print("| set | method | R-1 R | R-1 F | R-2 R | R-2 F | R-SU R | R-SU F | s |")
    print("|---|---|---|---|---|---|---|---|---|")
    for s in SETS:
        for m in methods:
            p = os.path.join(d, "%s.%s.eval.json" % (s, m))
            if not os.path.exists(p):
                continue
            avg = json.load(open(p))["average"]
            su = "ROUGE-SU4" if "ROUGE-SU4" in avg else "ROUGE-SU*"
            sec = open(os.path.join(d, "%s.%s.sec" % (s, m))).read().strip()
            row = [s, m] + [cell(avg, n, k) for n in ("ROUGE-1", "ROUGE-2", su) for k in ("R", "F")]
            print("| " + " | ".join(row + [sec]) + " |")


if __name__ == "__main__":
    main()
