#!/usr/bin/env python3
"""Scores on DUC 2001/2002 split by how closely a story's articles agree.

DUC 2004's stories are TDT event clusters: every article reports one event.
DUC 2001/2002 also hold collections of separate events of one kind, life
stories and debates. This splits each set at its median story cohesion (the
mean cosine, over all pairs of a story's articles, of their counts of words
of four letters or more) and prints R-1 / R-2 recall of each method on the
whole set and on its cohesive half, which is closer to DUC 2004's kind.

usage: python3 bench/cohesion.py [BUILD_DIR] [DATA_DIR] [METHOD...]
  defaults: build, ../shared/data, default klsum lexrank centroid submodular ilp
  Every method runs with and without the date line (--no-date).
ROUGE settings: the DUC ones of bench/quality.sh with -n 2 (no bootstrap
needed: the means are what is compared).
"""
import collections
import json
import math
import os
import re
import statistics
import subprocess
import sys
import tempfile

from benchcli import check_args

FLAGS = ["-n", "2", "-m", "-a", "-l", "100", "-x", "-f", "A", "-p", "0.5", "-t", "0"]
WORD = re.compile(r"[a-z]{4,}")


def cosine(a, b):
    dot = sum(v * b[k] for k, v in a.items() if k in b)
    norm = math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def cohesion(story):
    vecs = [collections.Counter(WORD.findall(d["text"].lower())) for d in story["docs"]]
    pairs = [cosine(vecs[i], vecs[j]) for i in range(len(vecs)) for j in range(i + 1, len(vecs))]
    return sum(pairs) / len(pairs) if pairs else 1.0


def scores(chorus, clusters, args, tmp):
    out = os.path.join(tmp, "summaries.jsonl")
    with open(out, "w") as f:
        subprocess.run([chorus, "summarize", "-q", "--format", "jsonl"] + args + [clusters], stdout=f, check=True)
    res = subprocess.run([chorus, "eval", "-q", clusters, out] + FLAGS + ["--format", "json"],
                         capture_output=True, text=True, check=True)
    return json.loads(res.stdout)["evals"]


def mean(evals, ids, key):
    return 100 * sum(evals[i][key]["R"] for i in ids) / len(ids)


def main():
    check_args(__doc__, 0)
    build = sys.argv[1] if len(sys.argv) > 1 else "build"
    data = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data")
    methods = sys.argv[3:] or ["default", "klsum", "lexrank", "centroid", "submodular", "ilp"]
    chorus = os.path.join(build, "chorus")
    print("| set | method | all R-1 / R-2 | cohesive half R-1 / R-2 | no date: all | no date: cohesive |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("duc2001", "duc2002"):
            clusters = os.path.join(data, "mds", name, "clusters.jsonl")
            with open(clusters) as f:
                coh = {s["id"]: cohesion(s) for s in map(json.loads, f)}
            med = statistics.median(coh.values())
            halves = (list(coh), [i for i in coh if coh[i] >= med])
            for m in methods:
                cells = []
                for extra in ([], ["--no-date"]):
                    ev = scores(chorus, clusters, ["--method", m] + extra, tmp)
                    cells += ["%.2f / %.2f" % (mean(ev, ids, "ROUGE-1"), mean(ev, ids, "ROUGE-2")) for ids in halves]
                print("| %s (%d, %d) | %s | %s |" % (name, len(halves[0]), len(halves[1]), m, " | ".join(cells)))


if __name__ == "__main__":
    main()
