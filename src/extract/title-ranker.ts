/**
 * The title of a text dump, chosen by trees (models/title-text-model.json, fitted by
 * scripts/learn-metadata.mjs with python3-xgboost): each candidate's features go through
 * them and the highest score wins. A dump has no markup to say which line is the headline,
 * and its signals only count together (a short line before the first paragraph is the
 * headline unless a headline stands just above it), which a weighted sum cannot say.
 * Read once, the first time a dump asks for its title.
 */
import { readFileSync } from 'node:fs';
import { parseBlockModel, predict, type BlockModel } from '../learn/block-model/forest.js';
import { modelFile } from '../learn/model-file.js';
import type { TitleCandidate } from './title-candidates.js';

let loaded: BlockModel | undefined;

function titleModel(): BlockModel {
  return (loaded ??= parseBlockModel(JSON.parse(readFileSync(modelFile('title-text-model.json', 'node scripts/learn-metadata.mjs'), 'utf8'))));
}

/** The candidate the trees score highest (the first of equals), or undefined when there is none. */
export function bestTitleOfDump(candidates: readonly TitleCandidate[]): TitleCandidate | undefined {
  if (candidates.length === 0) return undefined;
  const model = titleModel();
  const row = new Float32Array(model.features.length);
  let top: TitleCandidate | undefined;
  let topScore = -Infinity;
  for (const c of candidates) {
    model.features.forEach((name, j) => (row[j] = (c.features as Record<string, number>)[name] ?? 0));
    const s = predict(model, row, 0);
    if (s > topScore) [top, topScore] = [c, s];
  }
  return top;
}
