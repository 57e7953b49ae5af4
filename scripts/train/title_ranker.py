#!/usr/bin/env python3
"""Fits the title ranker of text dumps: gradient-boosted trees (xgboost, pairwise ranking)
that score every headline candidate of a page (src/extract/title-candidates.ts) so that the
page's headline scores highest. Trees, not the weighted sum HTML uses, because in a dump
the signals only count together: a short line just before the first paragraph is the
headline when no byline-shaped line sits between them, a deck when a headline stands above
it. Cross-validated with folds split by site, the trees got the title of 0.71 of whole-page
dumps against 0.68 for a weighted sum of the same features.

Reads the candidates learn-metadata.mjs wrote (rows.f32, labels.u8, pages.json), prints the
share of pages whose best-scored candidate is the gold title, per input and out of fold,
and writes the model fitted on every page in forest.ts's format.
"""
import argparse
import json
import os
from collections import defaultdict

import numpy as np
import xgboost as xgb

from forest_export import export, write

PARAMS = {
    'objective': 'rank:pairwise',
    'tree_method': 'hist',
    'max_depth': 3,
    'eta': 0.1,
    'subsample': 0.8,
    'colsample_bytree': 0.8,
    'min_child_weight': 1,
    'seed': 0,
    'nthread': 2,
}
ROUNDS = 500


def load(data):
    meta = json.load(open(os.path.join(data, 'pages.json')))
    feats = meta['features']
    x = np.fromfile(os.path.join(data, 'rows.f32'), dtype=np.float32).reshape(-1, len(feats))
    y = np.fromfile(os.path.join(data, 'labels.u8'), dtype=np.uint8).astype(np.float32)
    return x, y, feats, meta['pages']


def fit(x, y, pages):
    """Learns only from pages with a gold candidate and something to choose among."""
    rows, groups = [], []
    for p in pages:
        s = slice(p['first'], p['first'] + p['count'])
        if p['count'] > 1 and y[s].any():
            rows.append(np.arange(p['first'], p['first'] + p['count']))
            groups.append(p['count'])
    use = np.concatenate(rows)
    d = xgb.DMatrix(x[use], label=y[use])
    d.set_group(groups)
    return xgb.train(PARAMS, d, num_boost_round=ROUNDS)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', required=True)
    ap.add_argument('--out', required=True)
    ap.add_argument('--folds', type=int, default=5)
    args = ap.parse_args()
    x, y, feats, pages = load(args.data)
    hits = defaultdict(list)
    for k in range(args.folds):
        booster = fit(x, y, [p for p in pages if p['fold'] != k])
        for p in pages:
            if p['fold'] != k:
                continue
            s = slice(p['first'], p['first'] + p['count'])
            top = int(np.argmax(booster.predict(xgb.DMatrix(x[s])))) if p['count'] else -1
            hits[p['input']].append(top >= 0 and y[p['first'] + top] == 1)
    if args.folds:
        print('title text (trees): cross-validated ' + ', '.join(f'{i} {np.mean(h):.3f}' for i, h in hits.items()), flush=True)
    booster = fit(x, y, pages)
    about = {'pages': len(pages), 'rounds': ROUNDS, 'params': {k: v for k, v in PARAMS.items() if k != 'nthread'}}
    # Only the order of a page's scores counts: no threshold, and the constant every score
    # shares is xgboost's base_score itself.
    write(export(booster, feats, about, 0, base_margin=lambda base: base), booster, x, args.out)


if __name__ == '__main__':
    main()
