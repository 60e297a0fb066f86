#!/usr/bin/env python3
"""Writes one JSONL story made of the articles of several stories, to time
the methods on a story of many articles.

usage: big_story.py CLUSTERS.jsonl... --articles N  > story.jsonl
"""
import json
import sys

args = sys.argv[1:]
n = int(args[args.index("--articles") + 1])
files = [a for i, a in enumerate(args) if a != "--articles" and (i == 0 or args[i - 1] != "--articles")]
docs = []
for f in files:
    for line in open(f):
        for d in json.loads(line)["docs"]:
            if len(docs) < n:
                docs.append(d)
print(json.dumps({"id": "big%d" % n, "docs": docs}))
