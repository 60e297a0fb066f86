#!/usr/bin/env python3
"""Writes one JSONL story made of the first N articles of several stories,
to time the methods on a story of many articles; with --text PATH also
writes the articles' texts, blank-line separated, to count sentences.

usage: big_story.py CLUSTERS.jsonl... --articles N [--text PATH] > story.jsonl
"""
import argparse
import json


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("files", nargs="+", metavar="CLUSTERS.jsonl", help="stories whose articles are taken, in order")
    p.add_argument("--articles", type=int, required=True, metavar="N", help="how many articles the story has")
    p.add_argument("--text", metavar="PATH", help="also write the articles' texts here, blank-line separated")
    args = p.parse_args()
    docs = []
    for f in args.files:
        for line in open(f):
            for d in json.loads(line)["docs"]:
                if len(docs) < args.articles:
                    docs.append(d)
    print(json.dumps({"id": "big%d" % args.articles, "docs": docs}))
    if args.text:
        with open(args.text, "w") as out:
            out.write("\n\n".join(d["text"] for d in docs) + "\n")


if __name__ == "__main__":
    main()
