#!/usr/bin/env python3
"""Headroom check: a greedy ROUGE-1 "oracle" that knows the references.

For each story it segments every article with `chorus segment`, then adds
sentences greedily by ROUGE-1 recall gained per word (unstemmed lower-case
words, recall averaged over the references) while the summary stays within
100 words. No system can use this; it only says how much ROUGE-1 the
articles' own sentences allow, to put a system's score in proportion.

usage: python3 bench/oracle_r1.py BUILD_DIR CLUSTERS_JSONL [WORDS]
"""
import collections
import json
import re
import subprocess
import sys

from benchcli import check_args


def words(t):
    return re.findall(r"[a-z0-9]+", t.lower())


def segment(chorus, text):
    p = subprocess.run([chorus, "segment", "-"], input=text.encode(), capture_output=True, check=True)
    return [line for line in p.stdout.decode().split("\n") if line.strip()]


def recall(counts, refs):
    return sum(sum(min(counts[w], r[w]) for w in r) / max(1, sum(r.values())) for r in refs) / len(refs)


def oracle(sents, refs, budget):
    refs = [collections.Counter(words(r)) for r in refs]
    bags = [collections.Counter(words(s)) for s in sents]
    lens = [len(s.split()) for s in sents]
    chosen, used, cur, base = set(), 0, collections.Counter(), 0.0
    while True:
        best, best_v = None, 0.0
        for i, bag in enumerate(bags):
            if i in chosen or lens[i] == 0 or used + lens[i] > budget:
                continue
            v = (recall(cur + bag, refs) - base) / lens[i]
            if v > best_v + 1e-12:
                best, best_v = i, v
        if best is None:
            return base
        chosen.add(best)
        used += lens[best]
        cur += bags[best]
        base = recall(cur, refs)


def main():
    check_args(__doc__, 2)
    chorus = sys.argv[1] + "/chorus"
    budget = int(sys.argv[3]) if len(sys.argv) > 3 else 100
    scores = []
    for line in open(sys.argv[2]):
        story = json.loads(line)
        sents = [s for d in story["docs"] for s in segment(chorus, d["text"])]
        scores.append(oracle(sents, story["refs"], budget))
    print("greedy ROUGE-1 oracle recall, %d words, %d stories: %.2f" % (budget, len(scores), 100 * sum(scores) / len(scores)))


if __name__ == "__main__":
    main()
