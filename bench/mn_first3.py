#!/usr/bin/env python3
"""Fabbri et al.'s First-3 baseline on the Multi-News dev set, to see how the
dev set compares with the test set their published figures come from.

First-3 is the first three sentences of each article of a story, joined in
article order (sentences split by `chorus segment`). It is scored with the
same settings as bench/quality.sh: `-c 95 -2 -1 -U -r 1000 -n 4 -w 1.2 -a
-l 300`. Fabbri et al. report 39.41 R-1 on the test set.

usage: python3 bench/mn_first3.py [BUILD_DIR] [DATA_DIR]
"""
import json
import os
import subprocess
import sys
import tempfile

from benchcli import check_args

here = os.path.dirname(os.path.abspath(__file__))
check_args(__doc__, 0)
build = sys.argv[1] if len(sys.argv) > 1 else "build"
data = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "..", "shared", "data")
chorus = os.path.join(build, "chorus")
clusters = os.path.join(data, "mds", "multinews_dev", "clusters.jsonl")


def first3(text):
    out = subprocess.run([chorus, "segment"], input=text.encode(), capture_output=True, check=True)
    return [s for s in out.stdout.decode().split("\n") if s.strip()][:3]


with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
    peers = f.name
    for line in open(clusters):
        story = json.loads(line)
        sents = [s for d in story["docs"] for s in first3(d["text"])]
        f.write(json.dumps({"id": story["id"], "summary": " ".join(sents)}) + "\n")
try:
    flags = "-c 95 -2 -1 -U -r 1000 -n 4 -w 1.2 -a -l 300".split()
    res = subprocess.run([chorus, "eval", "-q", clusters, peers, *flags, "--format", "json"],
                         capture_output=True, check=True)
    avg = json.loads(res.stdout)["average"]
    for k in ("ROUGE-1", "ROUGE-2"):
        print("%s  R %.2f  P %.2f  F %.2f" % (k, 100 * avg[k]["R"], 100 * avg[k]["P"], 100 * avg[k]["F"]))
finally:
    os.unlink(peers)
