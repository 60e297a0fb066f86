#!/usr/bin/env python3
"""Scores article-body extraction the way scrapinghub/article-extraction-benchmark
does: \\w+ tokens, multisets of 4-token shingles, per-page P/R normalised so every
page weighs the same, P and R averaged over pages, F1 from the two averages.

usage: extraction_score.py INDEX.jsonl PRED.jsonl [N_WORST]   (PRED lines: {"id","text"})
       extraction_score.py --labels LABELS.jsonl PRED.jsonl
         title and date accuracy against hand labels ({"file","title","date"};
         titles compared on letters and digits, dates YYYY-MM-DD; an empty
         label date means the page states none and is not counted)
"""
import json
import re
import sys
from collections import Counter

from benchcli import check_args

TOKEN = re.compile(r'\w+')


def shingles(text, n=4):
    toks = TOKEN.findall(text or '')
    return Counter(tuple(toks[i:i + n]) for i in range(max(1, len(toks) - n + 1)))


def page_scores(true, pred):
    t, p = shingles(true), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    if total == 0:
        return 1.0, 1.0
    tp, fp, fn = tp / total, fp / total, fn / total
    if fp == 0 and fn == 0:
        return 1.0, 1.0
    prec = tp / (tp + fp) if tp + fp > 0 else None
    rec = tp / (tp + fn) if tp + fn > 0 else None
    return prec, rec


def norm_title(s):
    return re.sub(r'[\W_]+', '', (s or '').lower())


def labels(path, pred_path):
    pred = {}
    for line in open(pred_path, encoding='utf8'):
        d = json.loads(line)
        pred[d['id']] = d
    n = titles = ndates = dates = 0
    for line in open(path, encoding='utf8'):
        d = json.loads(line)
        p = pred.get(d['file'].split('/')[-1].rsplit('.', 1)[0], {})
        n += 1
        titles += norm_title(p.get('title')) == norm_title(d['title'])
        if d['date']:
            ndates += 1
            dates += p.get('date') == d['date']
    print(f'labelled pages={n} title={titles}/{n} ({titles / n:.1%}) '
          f'date={dates}/{ndates} ({dates / ndates:.1%})')


def main():
    check_args(__doc__, 2)
    if sys.argv[1] == '--labels':
        labels(sys.argv[2], sys.argv[3])
        return
    truth = {}
    for line in open(sys.argv[1], encoding='utf8'):
        d = json.loads(line)
        truth[d['id']] = d['truth_text']
    pred = {}
    for line in open(sys.argv[2], encoding='utf8'):
        d = json.loads(line)
        pred[d['id']] = d['text']
    ps, rs = [], []
    worst = []
    for pid, t in truth.items():
        p, r = page_scores(t, pred.get(pid, ''))
        if p is not None:
            ps.append(p)
        if r is not None:
            rs.append(r)
        worst.append(((p or 0) + (r or 0), pid, p, r))
    P = sum(ps) / len(ps)
    R = sum(rs) / len(rs)
    F = 2 * P * R / (P + R) if P + R else 0.0
    print(f'pages={len(truth)} precision={P:.4f} recall={R:.4f} F1={F:.4f}')
    if len(sys.argv) > 3:
        for s, pid, p, r in sorted(worst)[:int(sys.argv[3])]:
            print(f'  {pid[:12]} P={p} R={r}', file=sys.stderr)


if __name__ == '__main__':
    main()
