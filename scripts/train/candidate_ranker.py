#!/usr/bin/env python3
"""Fits a candidate ranker for a field of text dumps (the title, the byline): gradient-boosted
trees (xgboost) that score every candidate of a page (src/extract/*-candidates.ts) so that
the gold value scores highest. Trees, not the weighted sums HTML uses, because in a dump the
signals only count together: a short line just before the first paragraph is the headline
unless a headline stands above it (then it is the deck); a name is a byline beside a
dateline, and a menu item in a row of short lines. Cross-validated by site, trees got the
title of 0.72 of whole-page dumps against 0.68 for a weighted sum of the same features.

Reads the candidates learn-metadata.mjs wrote (rows.f32, labels.u8, pages.json), prints the
share of pages whose value is right, per input and out of fold, and writes the model fitted
on every page in forest.ts's format.

--abstain: the field may have no value (a page without a byline). The model then scores
each candidate's odds (logistic objective, comparable across pages) and gives none below a
threshold: the one that gets most pages right, counting no value on a page without one as
right, chosen on scores of pages the scoring model did not see (inner folds within each
fold's training part; all folds for the shipped model).
"""
import argparse
import json
import os
from collections import defaultdict

import numpy as np
import xgboost as xgb

from forest_export import export, write

COMMON = {'tree_method': 'hist', 'eta': 0.1, 'subsample': 0.8, 'colsample_bytree': 0.8, 'min_child_weight': 1, 'seed': 0, 'nthread': 2}
# Ranking alone: every page has a title, and a pairwise objective fits the choice best.
RANK = {**COMMON, 'objective': 'rank:pairwise', 'max_depth': 3}
# Ranking with no value below a threshold: odds on one scale for every page.
ODDS = {**COMMON, 'objective': 'binary:logistic', 'max_depth': 3}
ROUNDS = {'rank:pairwise': 500, 'binary:logistic': 300}


def load(data):
    meta = json.load(open(os.path.join(data, 'pages.json')))
    feats = meta['features']
    x = np.fromfile(os.path.join(data, 'rows.f32'), dtype=np.float32).reshape(-1, len(feats))
    y = np.fromfile(os.path.join(data, 'labels.u8'), dtype=np.uint8).astype(np.float32)
    return x, y, feats, meta['pages']


def rows_of(p):
    return slice(p['first'], p['first'] + p['count'])


def fit(x, y, pages, params):
    """Ranking learns from pages with a gold candidate among several; odds from every page
    (on a page without the value, or where it is no candidate, every candidate is wrong)."""
    use, groups = [], []
    for p in pages:
        s = rows_of(p)
        if params is ODDS or (p['count'] > 1 and y[s].any()):
            use.append(np.arange(s.start, s.stop))
            groups.append(p['count'])
    use = np.concatenate(use)
    d = xgb.DMatrix(x[use], label=y[use])
    if params is RANK:
        d.set_group(groups)
    return xgb.train(params, d, num_boost_round=ROUNDS[params['objective']])


def tops(booster, x, pages):
    """Per page: (the best candidate's row or -1, its score)."""
    out = []
    for p in pages:
        if not p['count']:
            out.append((-1, -np.inf))
            continue
        s = booster.predict(xgb.DMatrix(x[rows_of(p)]))
        k = int(np.argmax(s))
        out.append((p['first'] + k, float(s[k])))
    return out


def right(y, page, top, score, t):
    if score >= t:
        return top >= 0 and y[top] == 1
    return page['none']


def threshold(y, pages, scored):
    """The cut that gets most pages right (a page without a value is right with none given)."""
    score = np.array([sc for _, sc in scored])
    given_right = np.array([top >= 0 and y[top] == 1 for top, _ in scored], dtype=np.int64)
    none_right = np.array([p['none'] for p in pages], dtype=np.int64)
    order = np.argsort(score, kind='stable')
    score, given_right, none_right = score[order], given_right[order], none_right[order]
    # A cut at score[i] gives a value on pages i.. and none on pages ..i-1.
    above = np.concatenate([np.cumsum(given_right[::-1])[::-1], [0]])
    below = np.concatenate([[0], np.cumsum(none_right)])
    best, best_right = -np.inf, above[0]
    for i in range(len(score)):
        if np.isfinite(score[i]) and (i == 0 or score[i] != score[i - 1]) and above[i] + below[i] > best_right:
            best, best_right = score[i], above[i] + below[i]
    return best


def out_of_fold(x, y, pages, folds, params):
    """Each page scored by a model fitted without its fold."""
    scored = [None] * len(pages)
    for k in folds:
        held = [i for i, p in enumerate(pages) if p['fold'] == k]
        booster = fit(x, y, [p for p in pages if p['fold'] != k], params)
        for i, t in zip(held, tops(booster, x, [pages[i] for i in held])):
            scored[i] = t
    return scored


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', required=True)
    ap.add_argument('--out', required=True)
    ap.add_argument('--name', required=True)
    ap.add_argument('--folds', type=int, default=5)
    ap.add_argument('--abstain', action='store_true')
    args = ap.parse_args()
    params = ODDS if args.abstain else RANK
    x, y, feats, pages = load(args.data)
    folds = list(range(args.folds))
    if folds:
        hits, abstained = defaultdict(list), []
        for k in folds:
            training = [p for p in pages if p['fold'] != k]
            t = threshold(y, training, out_of_fold(x, y, training, [j for j in folds if j != k], params)) if args.abstain else -np.inf
            booster = fit(x, y, training, params)
            held = [p for p in pages if p['fold'] == k]
            for p, (top, s) in zip(held, tops(booster, x, held)):
                if p['none']:
                    abstained.append(s < t)
                else:
                    hits[p['input']].append(right(y, p, top, s, t))
        none = f' (none given on {np.mean(abstained):.3f} of {len(abstained)} pages without one)' if abstained else ''
        print(f'{args.name} (trees): cross-validated ' + ', '.join(f'{i} {np.mean(h):.3f}' for i, h in hits.items()) + none, flush=True)
    t = threshold(y, pages, out_of_fold(x, y, pages, folds, params)) if args.abstain and folds else -np.inf
    booster = fit(x, y, pages, params)
    about = {'pages': len(pages), 'rounds': ROUNDS[params['objective']], 'params': {k: v for k, v in params.items() if k != 'nthread'}}
    if args.abstain:
        # Odds: the threshold is a probability, as predict() in forest.ts gives.
        model = export(booster, feats, about, float(t) if np.isfinite(t) else None)
    else:
        # Only the order of a page's scores counts; the constant every score shares is xgboost's base_score itself.
        model = export(booster, feats, about, None, base_margin=lambda base: base)
    write(model, booster, x, args.out)


if __name__ == '__main__':
    main()
