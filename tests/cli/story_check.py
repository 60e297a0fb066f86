#!/usr/bin/env python3
"""Checks chorus story cards (JSON lines on stdin).

  story_check.py seeds LABELS.json      score one card against a hand-labelled card;
                                        prints facts/quotes/divergences found and
                                        exits 1 when below the acceptance bars
  story_check.py faithful CLUSTERS.jsonl  faithfulness of every card against the
                                        articles of the stories it was built from
"""
import json, re, sys, unicodedata

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

def words(s):
    return set(w for w in re.findall(r"[a-z0-9]+", s.lower()) if len(w) > 3)

def contains(article, span):
    return norm(span) in norm(article)

def seeds(labels_path):
    lab = json.load(open(labels_path))
    card = json.loads(sys.stdin.readline())
    items = card["facts"] + card["summary"]
    ok_facts, over = 0, []
    for f in lab["facts"]:
        phrases = [p.lower() for p in f["phrases"]]
        hits = [it for it in items if any(p in it["text"].lower() for p in phrases)]
        exact = any(set(it["support"]) == set(f["support"]) for it in hits)
        ok_facts += exact
        for it in hits:  # an article listed must really report it
            extra = set(it["support"]) - set(f["support"])
            if extra:
                over.append((f["id"], sorted(extra), it["text"][:80]))
        print("fact %s %s" % (f["id"], "ok" if exact else "MISSING"), file=sys.stderr)
    ok_quotes = 0
    for q in lab["quotes"]:
        frag = q["fragment"].lower()
        good = False
        for cq in card["quotes"]:
            texts = cq.get("texts", {})
            if not any(frag in t.lower() for t in texts.values()):
                continue
            good = all(cq["speakers"].get(d, "").lower() == s.lower() for d, s in q["speakers"].items())
            if good:
                break
        ok_quotes += good
        print("quote %s %s" % (q["id"], "ok" if good else "MISSING"), file=sys.stderr)
    ok_div = 0
    for dv in lab["divergences"]:
        good = False
        for cd in card["divergences"]:
            if cd["kind"] != dv["kind"]:
                continue
            if all(d in cd["spans"] and (s.lower() in cd["spans"][d].lower() or cd["spans"][d].lower() in s.lower())
                   for d, s in dv["spans"].items()):
                good = True
                break
        ok_div += good
        print("divergence %s %s" % (dv["id"], "ok" if good else "MISSING"), file=sys.stderr)
    for o in over:
        print("over-reported %s: %s in %r" % o, file=sys.stderr)
    print("facts %d/%d quotes %d/%d divergences %d/%d over-reported %d" % (
        ok_facts, len(lab["facts"]), ok_quotes, len(lab["quotes"]), ok_div, len(lab["divergences"]), len(over)))
    return ok_facts >= 12 and ok_quotes >= 9 and ok_div >= 4 and not over

def same_content(a, b):
    """Independent check of a support claim: the two texts share at least
    three longer words (a weak test: it catches support with no overlap)."""
    return len(words(a) & words(b)) >= 3 or norm(a) in norm(b)

def faithful(clusters_path):
    stories = {}
    for line in open(clusters_path):
        s = json.loads(line)
        stories[s["id"]] = {d["id"]: unicodedata.normalize("NFC", d["text"]) for d in s["docs"]}
    bad = checked = cards = 0
    def fail(msg):
        nonlocal bad
        bad += 1
        if bad <= 20:
            print("UNFAITHFUL " + msg, file=sys.stderr)
    for line in sys.stdin:
        card = json.loads(line)
        docs = stories[card["id"]]
        cards += 1
        for sec in ("summary", "facts"):
            for it in card[sec]:
                checked += 1
                if not contains(docs[it["doc"]], it["text"]):
                    fail("%s %s text not in %s" % (card["id"], sec, it["doc"]))
                for d in it["support"]:
                    ev = it["evidence"].get(d)
                    if ev is None or not contains(docs[d], ev) or not same_content(it["text"], ev):
                        fail("%s %s support %s: %r" % (card["id"], sec, d, ev))
        for q in card["quotes"]:
            for d in q["docs"]:
                checked += 1
                if not contains(docs[d], q["texts"][d]):
                    fail("%s quote not in %s: %r" % (card["id"], d, q["texts"][d][:60]))
                sp = q["speakers"].get(d)
                if sp is not None and not contains(docs[d], sp):
                    fail("%s speaker %r not in %s" % (card["id"], sp, d))
        for dv in card["divergences"]:
            for d, s in dv["spans"].items():
                checked += 1
                if not contains(docs[d], s):
                    fail("%s divergence span %r not in %s" % (card["id"], s, d))
        for dp in card["duplicates"]:
            if "text" in dp and not contains(docs[dp["docs"][0]], dp["text"]):
                fail("%s duplicate paragraph not in %s" % (card["id"], dp["docs"][0]))
        for e in card["entities"]:
            for d in e["mentions"]:
                if not contains(docs[d], e["name"]):
                    fail("%s entity %r not in %s" % (card["id"], e["name"], d))
    print("cards %d, spans checked %d, unfaithful %d" % (cards, checked, bad))
    return cards > 0 and bad == 0

if __name__ == "__main__":
    mode, path = sys.argv[1], sys.argv[2]
    ok = seeds(path) if mode == "seeds" else faithful(path)
    sys.exit(0 if ok else 1)
