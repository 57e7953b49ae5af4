/**
 * A gradient-boosted tree ensemble, as the training script exports it: every tree's nodes
 * in flat arrays, so that the file stays small and reading a block costs a few hundred
 * comparisons. No native code: the same numbers come out wherever node runs.
 */

/** The block model's file (models/block-model.json). */
export interface BlockModel {
  format: 'unboil-block-model';
  version: 1;
  /** The feature names the trees' feature indices refer to, in order. */
  features: readonly string[];
  /**
   * Keep a block when its probability of being the article's is at least this (a metadata
   * ranker: give its best candidate when that one's score is). null: no threshold, for a
   * ranker that always answers (every article has a title).
   */
  threshold: number | null;
  /** Log-odds every tree's leaves add to. */
  baseMargin: number;
  /** Where each tree's root node is in the node arrays. */
  roots: readonly number[];
  /** Per node: the feature it splits on, or -1 for a leaf. */
  feature: readonly number[];
  /** Per node: go left when the feature's value is below this (float32, as trained). */
  split: readonly number[];
  left: readonly number[];
  right: readonly number[];
  /** Per leaf: what it adds to the log-odds (0 for inner nodes). */
  leaf: readonly number[];
  /**
   * Per node: the training rows' weight that reached it (xgboost's hessian sum). Only for
   * explaining a decision: an inner node's value is its leaves' mean under this weight.
   */
  cover?: readonly number[];
  /** How it was trained (data, folds, parameters), for people. */
  trainedOn?: unknown;
}

/** Reads and checks a model file's JSON; throws on anything that is not a block model. */
export function parseBlockModel(json: unknown): BlockModel {
  const m = json as BlockModel;
  if (!m || m.format !== 'unboil-block-model' || m.version !== 1) throw new Error('not an unboil block model (format unboil-block-model, version 1)');
  if (m.threshold !== null && typeof m.threshold !== 'number') throw new Error("block model: 'threshold' must be a number or null");
  const n = m.feature?.length;
  for (const key of ['split', 'left', 'right', 'leaf'] as const) {
    if (!Array.isArray(m[key]) || m[key].length !== n) throw new Error(`block model: '${key}' must have one entry per node (${n})`);
  }
  if (m.cover !== undefined && (!Array.isArray(m.cover) || m.cover.length !== n)) throw new Error(`block model: 'cover' must have one entry per node (${n})`);
  for (let i = 0; i < n; i++) {
    const f = m.feature[i]!;
    if (f >= m.features.length) throw new Error(`block model: node ${i} splits on feature ${f}, past the ${m.features.length} named`);
    if (f >= 0 && !(m.left[i]! > i && m.right[i]! > i && m.left[i]! < n && m.right[i]! < n)) throw new Error(`block model: node ${i} has children out of order`);
  }
  // Splits were float32 in training; the rows are float32 too, so comparing rounded values decides as the trainer did.
  return { ...m, split: m.split.map((s) => Math.fround(s)) };
}

/** A model's nodes in typed arrays, which a tree walk reads about a third faster than arrays of numbers. */
interface TypedForest {
  roots: Int32Array;
  feature: Int32Array;
  split: Float32Array;
  left: Int32Array;
  right: Int32Array;
  leaf: Float64Array;
}

const typedForests = new WeakMap<BlockModel, TypedForest>();

/** Made once per model object; the values are the same (splits are float32 already, leaves doubles). */
function typedForestOf(model: BlockModel): TypedForest {
  let typed = typedForests.get(model);
  if (!typed) {
    typed = {
      roots: Int32Array.from(model.roots),
      feature: Int32Array.from(model.feature),
      split: Float32Array.from(model.split),
      left: Int32Array.from(model.left),
      right: Int32Array.from(model.right),
      leaf: Float64Array.from(model.leaf),
    };
    typedForests.set(model, typed);
  }
  return typed;
}

/** The probability that the block whose features start at `offset` in `rows` belongs to the article. */
export function predict(model: BlockModel, rows: Float32Array, offset: number): number {
  let margin = model.baseMargin;
  const { roots, feature, split, left, right, leaf } = typedForestOf(model);
  for (let t = 0; t < roots.length; t++) {
    let node = roots[t]!;
    for (let f = feature[node]!; f >= 0; f = feature[node]!) node = rows[offset + f]! < split[node]! ? left[node]! : right[node]!;
    margin += leaf[node]!;
  }
  return 1 / (1 + Math.exp(-margin));
}

/**
 * How much each feature moved the block's log-odds, by following its path through every
 * tree: each split adds the change from the node's value to the chosen child's (the
 * "Saabas" attribution that xgboost calls approximate contributions). The values sum with
 * the trees' mean to the margin `predict` reads. Needs the model's `cover`.
 */
export function contributions(model: BlockModel, rows: Float32Array, offset: number): Float64Array {
  const value = nodeValues(model);
  const out = new Float64Array(model.features.length);
  const { feature, split, left, right } = model;
  for (const root of model.roots) {
    let node = root;
    while (feature[node]! >= 0) {
      const next = rows[offset + feature[node]!]! < split[node]! ? left[node]! : right[node]!;
      out[feature[node]!]! += value[next]! - value[node]!;
      node = next;
    }
  }
  return out;
}

const valuesOf = new WeakMap<BlockModel, Float64Array>();

/** Every node's value: a leaf's own, an inner node's its children's mean weighed by cover. */
function nodeValues(model: BlockModel): Float64Array {
  let value = valuesOf.get(model);
  if (value) return value;
  const { cover, feature, left, right, leaf } = model;
  if (!cover) throw new Error('block model: this model file has no cover, so its decisions cannot be explained: run npm run train');
  value = new Float64Array(feature.length);
  // Children come after their parents in the arrays, so one backward pass sees them first.
  for (let i = feature.length - 1; i >= 0; i--) {
    if (feature[i]! < 0) value[i] = leaf[i]!;
    else {
      const l = left[i]!, r = right[i]!;
      const weight = cover[l]! + cover[r]!;
      value[i] = weight > 0 ? (cover[l]! * value[l]! + cover[r]! * value[r]!) / weight : (value[l]! + value[r]!) / 2;
    }
  }
  valuesOf.set(model, value);
  return value;
}
