#!/usr/bin/env python3
"""Writes N summary/reference pairs of about WORDS words for bench/eval.sh.

Summaries are sliding windows over a story's articles and references
windows over its human summaries (repeated to reach the length), from the
clusters.jsonl files given. Output: OUT/refs.jsonl and OUT/summaries.jsonl.
usage: eval_pairs.py OUT N WORDS clusters.jsonl...
"""
import json
import sys

from benchcli import check_args


def window(words, start, n):
    if not words:
        return ""
    return " ".join(words[(start + i) % len(words)] for i in range(n))


def main():
    check_args(__doc__, 4)
    out, n, nwords, paths = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]
    stories = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            for line in f:
                s = json.loads(line)
                doc = " ".join(d.get("text", "") for d in s.get("docs", [])).split()
                ref = " ".join(s.get("refs", [])).split()
                if len(doc) > nwords and ref:
                    stories.append((doc, ref))
    with open(out + "/refs.jsonl", "w", encoding="utf-8") as r, \
            open(out + "/summaries.jsonl", "w", encoding="utf-8") as s:
        for i in range(n):
            doc, ref = stories[i % len(stories)]
            k = i // len(stories)
            pid = "p%05d" % i
            r.write(json.dumps({"id": pid, "refs": [window(ref, k * 53, nwords)]}) + "\n")
            s.write(json.dumps({"id": pid, "summary": window(doc, k * 97, nwords)}) + "\n")


main()
