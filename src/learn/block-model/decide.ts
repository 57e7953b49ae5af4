/**
 * The learned keep/remove decision (`clean(text, { decision: 'model' })`): after the rules,
 * the context pass and the recall guard have had their say, the block model reads each
 * block's features (their verdicts among them) and keeps or removes it. A block it removes
 * keeps the rule's verdict, so reports still name the category; one no rule removed is
 * credited to `prose/model`. The title block is left to the title's choice.
 */
import { type BlockVerdict, clearLines, isFullyRemoved } from '../../classify/verdicts.js';
import { featureReader, FEATURE_NAMES, type DecisionState } from './features.js';
import { predict, type BlockModel } from './forest.js';
import { shippedBlockModel } from './shipped-model.js';

export const MODEL_RULE_ID = 'prose/model';

/** Rewrites `verdicts` with the model's decision; `model` defaults to the one shipped in models/. */
export function decideByModel(state: DecisionState & { verdicts: BlockVerdict[] }, model: BlockModel = shippedBlockModel()): void {
  checkFeatures(model);
  const { document, verdicts } = state;
  const scores = blockScores(state, model);
  document.blocks.forEach((block, i) => {
    // Blocks without words weigh nothing either way; the title is chosen elsewhere.
    if (i === state.titleBlock || block.features.words === 0) return;
    const v = verdicts[i]!;
    const keep = scores[i]! >= model.threshold;
    const removed = isFullyRemoved(v, block.lines.length);
    if (keep && removed) {
      v.block = undefined;
      clearLines(v);
    } else if (!keep && !removed) {
      v.block = { rule: MODEL_RULE_ID, category: 'prose', reason: `the block model gives it ${(scores[i]! * 100).toFixed(0)}% of being the article's` };
    }
  });
}

/** Each block's probability of being the article's, read one row at a time (a long document needs no table of rows). */
export function blockScores(state: DecisionState, model: BlockModel): Float64Array {
  const fill = featureReader(state);
  const row = new Float32Array(FEATURE_NAMES.length);
  const scores = new Float64Array(state.document.blocks.length);
  for (let i = 0; i < scores.length; i++) {
    row.fill(0);
    fill(i, row);
    scores[i] = predict(model, row, 0);
  }
  return scores;
}

/** A model trained on other features would read the wrong columns: it is refused. */
function checkFeatures(model: BlockModel): void {
  const same = model.features.length === FEATURE_NAMES.length && model.features.every((name, i) => name === FEATURE_NAMES[i]);
  if (!same) throw new Error('the block model was trained on other features than this version of unboil computes: run npm run train');
}
