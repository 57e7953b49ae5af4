"""unboil's flat tree format (src/learn/block-model/forest.ts) from an xgboost booster, and the
check that the written trees read every row as xgboost does. Shared by the block model and
the title ranker."""
import json
import os
import sys

import numpy as np
import xgboost as xgb


def float32_text(v):
    """The shortest decimal that reads back as the same float32."""
    return float(np.format_float_positional(np.float32(v), unique=True, trim='-'))


def boosters_of(fitted):
    """A booster, or a bag of them fitted alike with different seeds, as a list."""
    return fitted if isinstance(fitted, list) else [fitted]


def export(fitted, feats, trained_on, threshold, base_margin=None):
    """The trees in forest.ts's flat format: nodes in pre-order, children after parents.
    fitted: one booster, or a bag of boosters whose margins are averaged (their trees in a
    row, each leaf divided by the bag's size; they share one base_score).
    base_margin: what every tree's leaves add to, when not the logit of xgboost's base_score
    (a ranking objective adds base_score itself)."""
    boosters = boosters_of(fitted)
    learners = [json.loads(b.save_raw('json'))['learner'] for b in boosters]
    base = float(learners[0]['learner_model_param']['base_score'])
    share = 1.0 / len(boosters)
    roots, feature, split, left, right, leaf, cover = [], [], [], [], [], [], []
    for tree in (t for learner in learners for t in learner['gradient_booster']['model']['trees']):
        lc, rc = tree['left_children'], tree['right_children']
        si, sc, hess = tree['split_indices'], tree['split_conditions'], tree['sum_hessian']
        roots.append(len(feature))

        def walk(node):
            at = len(feature)
            feature.append(-1)
            split.append(0.0)
            left.append(-1)
            right.append(-1)
            leaf.append(0.0)
            cover.append(float32_text(hess[node]))
            if lc[node] == -1:
                leaf[at] = float32_text(sc[node] * share)
                return at
            feature[at] = int(si[node])
            split[at] = float32_text(sc[node])
            left[at] = walk(lc[node])
            right[at] = walk(rc[node])
            return at

        walk(0)
    return {
        'format': 'unboil-block-model',
        'version': 1,
        'features': feats,
        'threshold': threshold,
        'baseMargin': float(np.log(base / (1 - base))) if base_margin is None else base_margin(base),
        'roots': roots, 'feature': feature, 'split': split, 'left': left, 'right': right, 'leaf': leaf, 'cover': cover,
        'trainedOn': trained_on,
    }


def margins(model, x):
    """forest.ts's predict, in numpy: the check that the export reads as xgboost does."""
    feature = np.array(model['feature'])
    split = np.array(model['split'], dtype=np.float32)
    left, right, leaf = np.array(model['left']), np.array(model['right']), np.array(model['leaf'], dtype=np.float64)
    out = np.full(len(x), model['baseMargin'])
    rows = np.arange(len(x))
    for root in model['roots']:
        node = np.full(len(x), root)
        while True:
            inner = feature[node] >= 0
            if not inner.any():
                break
            f = np.where(inner, feature[node], 0)
            go_left = x[rows, f] < split[node]
            node = np.where(inner, np.where(go_left, left[node], right[node]), node)
        out += leaf[node]
    return out


def predict_margin(fitted, x):
    """xgboost's margin for each row: the mean of a bag's margins."""
    boosters = boosters_of(fitted)
    d = xgb.DMatrix(x)
    return sum(b.predict(d, output_margin=True) for b in boosters) / len(boosters)


def write(model, fitted, x, path):
    sample = x[:: max(1, len(x) // 20000)]
    ours = margins(model, sample)
    theirs = predict_margin(fitted, sample)
    worst = float(np.max(np.abs(ours - theirs))) if len(sample) else 0.0
    if worst > 1e-3:
        sys.exit(f'{os.path.basename(sys.argv[0])}: the exported trees read differently from xgboost (margin off by {worst})')
    os.makedirs(os.path.dirname(path) or '.', exist_ok=True)
    with open(path, 'w') as f:
        json.dump(model, f, separators=(',', ':'))
        f.write('\n')
    print(f'{os.path.basename(sys.argv[0])}: wrote {path} ({os.path.getsize(path) // 1024} KB, {len(model["roots"])} trees, {len(model["feature"])} nodes)', flush=True)
