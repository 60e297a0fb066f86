#!/usr/bin/env python3
"""Counts what a reader of the story card can check, over the cards of
DUC 2002 (59 stories) and NeuS validation (307): quotes and how many name
a speaker, divergences by kind, fact texts listed twice in one card,
facts reported by several articles and how many of them hold no verb
by a crude test (fragments a comma cut left), sources whose
shared-sentence count is below their evidence of facts reported by
several articles, and cross-article supports whose evidence
lacks a number of the claim. With --sample N it also writes N randomly
chosen (seeded) claims of one kind, each with the article text around it,
for judging by hand: quote speakers, cross-article supports or divergences.

usage: card_audit.py BUILD_DIR [--sample N --what speakers|supports|divergences --seed S --out FILE]
(BUILD_DIR and FILE relative to the repository root, as in the other benches)
"""
import argparse
import collections
import json
import os
import random
import re
import subprocess
import sys

SETS = {"duc2002": "../shared/data/mds/duc2002/clusters.jsonl",
        "neus_val": "../shared/data/mds/neus_val/clusters.jsonl"}
NUMBER_WORDS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
                "eight": "8", "nine": "9", "ten": "10"}


def numbers(text, claim=False):
    """The numbers of text, in digits and words. A claim's "two" after the,
    these or those ("the two countries") points back at a pair named
    before rather than counting anything new, so it is left out; evidence
    keeps every number it holds."""
    found = {m.group().replace(",", "") for m in re.finditer(r"\d[\d,.]*\d|\d", text)}
    words = re.findall(r"[A-Za-z]+", text)
    found |= {NUMBER_WORDS[w.lower()] for i, w in enumerate(words) if w.lower() in NUMBER_WORDS and
              not (claim and w.lower() == "two" and i > 0 and words[i - 1].lower() in ("the", "these", "those"))}
    return found


# A crude verb test (no tagger): a form of be/have/do, a modal, a common
# irregular verb or its -s form, or a word of five letters or more ending
# in -ed or -ing. It reads "hundred" as a verb and misses "shot" or
# "downed"'s kin; it only estimates how many facts are verbless fragments.
VERBS = set("""is was were are be been being has have had will would can could may might must shall should
do does did said says say told tells made make makes took take takes gave give gives went go goes came come
comes got get gets left leave found find hit hits put set cut kept keep saw see sees led lead held hold holds
won win lost lose ran run struck strike fell fall rose rise began begin sent send met meet brought bring
became become knew know thought think paid pay built build spent spend sold sell stood stand""".split())


def has_verb(text):
    for w in re.findall(r"[A-Za-z']+", text):
        w = w.lower()
        if w in VERBS or (len(w) > 4 and w.endswith(("ed", "ing"))):
            return True
        if len(w) > 3 and w[-1] == "s" and w[:-1] in VERBS:
            return True
    return False


def cards(build, path):
    out = subprocess.run([build + "/chorus", "story", "--format", "json", "-q", path],
                         capture_output=True, text=True, check=True).stdout.splitlines()
    stories = [json.loads(line) for line in open(path)]
    return [(json.loads(line), st) for line, st in zip(out, stories)]


def count_card(c, tot, claims, name):
    tot["cards"] += 1
    texts = {s["doc"]: st_text for s, st_text in zip(c["sources"], c["_texts"])}
    for q in c["quotes"]:
        tot["quotes"] += 1
        for d, wording in q["texts"].items():
            tot["quote-article pairs"] += 1
            tot["pairs with a speaker"] += d in q["speakers"]
            if d in q["speakers"]:
                claims["speakers"].append((name, c["id"], q["speakers"][d], wording, texts[d]))
    for dv in c["divergences"]:
        tot["divergences: " + dv["kind"]] += 1
        claims["divergences"].append((name, c["id"], dv["kind"], dv["what"], json.dumps(dv["spans"])))
    for f in c["facts"]:
        tot["facts"] += 1
        tot["facts opening with and/but/or/so/yet/nor"] += bool(re.match(r"(and|but|or|so|yet|nor)\b", f["text"]))
        tot["facts with an odd number of quotation marks"] += len(re.findall("[\"\u201c\u201d]", f["text"])) % 2
        if f["group"] != "one":
            tot["facts reported by several"] += 1
            tot["facts reported by several with no verb (crude test)"] += not has_verb(f["text"])
    seen = collections.Counter(f["text"] for f in c["facts"])
    tot["fact texts listed twice"] += sum(1 for n in seen.values() if n > 1)
    evidence = collections.defaultdict(set)
    for kind in ("facts", "summary"):
        for item in c[kind]:
            for d, ev in item["evidence"].items():
                if d == item["doc"]:
                    continue
                if kind == "facts":
                    evidence[d].add(ev)
                tot["cross-article supports (%s)" % kind] += 1
                lacking = numbers(item["text"], claim=True) - numbers(ev)
                tot["cross-article supports lacking a number of the claim"] += bool(lacking)
                claims["supports"].append((name, c["id"], item["text"], d, ev))
    for s in c["sources"]:
        tot["sources"] += 1
        tot["sources counting fewer shared sentences than their evidence"] += \
            len(evidence[s["doc"]]) > s["shared_sentences"]


def write_sample(claims, what, n, seed, out):
    random.seed(seed)
    pick = random.sample(claims[what], min(n, len(claims[what])))
    with open(out, "w") as f:
        for i, cl in enumerate(pick):
            if what == "speakers":
                name, story, speaker, wording, text = cl
                p = text.find(wording)
                around = text[max(0, p - 400):p + len(wording) + 200] if p >= 0 else "?"
                f.write("#%d %s %s speaker=%s\n  QUOTE: %s\n  TEXT: %s\n\n" % (i, name, story, speaker, wording, around))
            else:
                f.write("#%d %s\n\n" % (i, "\n  ".join(str(x) for x in cl)))


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("build", metavar="BUILD_DIR", help="build directory holding chorus (relative to the repository)")
    p.add_argument("--sample", type=int, metavar="N", help="write N randomly chosen claims for judging by hand")
    p.add_argument("--what", choices=["speakers", "supports", "divergences"], default="speakers",
                   help="the kind of claim to sample (default speakers)")
    p.add_argument("--seed", type=int, default=7, help="random seed of the sample (default 7)")
    p.add_argument("--out", default="card_sample.txt", help="file the sample goes to (default card_sample.txt)")
    return p.parse_args()


def main():
    args = parse_args()
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    if not os.access(os.path.join(args.build, "chorus"), os.X_OK):
        sys.exit("card_audit.py: %s/chorus: no chorus binary there (build first)" % args.build)
    tot, claims = collections.Counter(), collections.defaultdict(list)
    for name, path in SETS.items():
        for c, st in cards(args.build, path):
            c["_texts"] = [d["text"] for d in st["docs"]]
            count_card(c, tot, claims, name)
    for k in sorted(tot):
        print("%-62s %d" % (k, tot[k]))
    if args.sample is not None:
        write_sample(claims, args.what, args.sample, args.seed, args.out)


if __name__ == "__main__":
    main()
