/**
 * The title and the byline of a text dump, chosen by trees (models/FIELD-text-model.json,
 * fitted by scripts/learn-metadata.mjs with python3-xgboost): each candidate's features go
 * through them and the highest score wins, when it clears the model's threshold (a byline
 * model has one: a page may credit nobody; a title model has none). A dump has no markup to
 * say which line is the headline or the credit, and its signals only count together (a
 * short line before the first paragraph is the headline unless a headline stands just
 * above it), which a weighted sum cannot say. Each model is read the first time a dump asks.
 */
import { readFileSync } from 'node:fs';
import { parseBlockModel, predictRows, type BlockModel } from '../learn/block-model/forest.js';
import { modelFile } from '../learn/model-file.js';

export type RankedField = 'title' | 'byline';

const loaded = new Map<RankedField, BlockModel>();

function rankerOf(field: RankedField): BlockModel {
  let model = loaded.get(field);
  if (!model) {
    model = parseBlockModel(JSON.parse(readFileSync(modelFile(`${field}-text-model.json`, 'node scripts/learn-metadata.mjs'), 'utf8')));
    loaded.set(field, model);
  }
  return model;
}

/** The candidate the field's trees score highest (the first of equals), if it clears their threshold. */
export function bestOfDump<C extends { features: object }>(field: RankedField, candidates: readonly C[]): C | undefined {
  if (candidates.length === 0) return undefined;
  const model = rankerOf(field);
  const width = model.features.length;
  const rows = new Float32Array(candidates.length * width);
  // A page's candidates carry the same features in the same order (each starts as a copy of
  // one template): their values are read in that order, each into the model's column for it,
  // which is much cheaper than asking each candidate for each name.
  const names = Object.keys(candidates[0]!.features);
  const columns = names.map((name) => model.features.indexOf(name));
  candidates.forEach((c, at) => {
    const values = Object.values(c.features) as number[];
    if (values.length !== names.length) throw new Error(`${field} candidates differ in their features`);
    for (let k = 0; k < values.length; k++) if (columns[k]! >= 0) rows[at * width + columns[k]!] = values[k]!;
  });
  // Scored together, tree by tree (predictRows): the page's candidates are a batch.
  const scores = new Float64Array(candidates.length);
  predictRows(model, rows, candidates.length, width, scores);
  let top: C | undefined;
  let topScore = -Infinity;
  candidates.forEach((c, at) => {
    if (scores[at]! > topScore) [top, topScore] = [c, scores[at]!];
  });
  // A model without a threshold (null in its file) always gives its best.
  return model.threshold !== null && topScore < model.threshold ? undefined : top;
}
