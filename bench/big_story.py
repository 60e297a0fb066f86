#!/usr/bin/env python3
"""Writes one JSONL story made of the first N articles of several stories,
to time the methods on a story of many articles; with --text PATH also
writes the articles' texts, blank-line separated, to count sentences.

usage: big_story.py CLUSTERS.jsonl... --articles N [--text PATH] > story.jsonl
"""
import json
import sys


def main():
    args = sys.argv[1:]
    opts = {}
    files = []
    i = 0
    while i < len(args):
        if args[i] in ("--articles", "--text"):
            opts[args[i]] = args[i + 1]
            i += 2
        else:
            files.append(args[i])
            i += 1
    n = int(opts["--articles"])
    docs = []
    for f in files:
        for line in open(f):
            for d in json.loads(line)["docs"]:
                if len(docs) < n:
                    docs.append(d)
    print(json.dumps({"id": "big%d" % n, "docs": docs}))
    if "--text" in opts:
        with open(opts["--text"], "w") as out:
            out.write("\n\n".join(d["text"] for d in docs) + "\n")


if __name__ == "__main__":
    main()
