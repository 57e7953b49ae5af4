import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean } from '../../../src/clean.js';
import { FEATURE_NAMES } from '../../../src/learn/block-model/features.js';
import type { BlockModel } from '../../../src/learn/block-model/forest.js';
import { MODEL_RULE_ID } from '../../../src/learn/block-model/decide.js';

const LYNX = readFileSync(new URL('../../../fixtures/dumps/council-budget.lynx.txt', import.meta.url), 'utf8');

/** A model of one leaf: every block gets the same log-odds. */
function constant(margin: number): BlockModel {
  return { format: 'unboil-block-model', version: 1, features: FEATURE_NAMES, threshold: 0.5, baseMargin: 0, roots: [0], feature: [-1], split: [0], left: [-1], right: [-1], leaf: [margin] };
}

/** A model that keeps what the rules keep: one split on their verdict. */
const FOLLOWS_RULES: BlockModel = {
  ...constant(0),
  feature: [FEATURE_NAMES.indexOf('kept_by_rules'), -1, -1],
  split: [0.5, 0, 0],
  left: [1, -1, -1],
  right: [2, -1, -1],
  leaf: [0, -4, 4],
};

describe("the block model's decision", () => {
  it('is not taken unless asked for', () => {
    expect(clean(LYNX, { blockModel: constant(-9) }).text).toBe(clean(LYNX).text);
  });

  it("gives the rules' article when the model follows their verdicts", () => {
    expect(clean(LYNX, { decision: 'model', blockModel: FOLLOWS_RULES }).text).toBe(clean(LYNX).text);
  });

  it('keeps what the model keeps, whatever the rules said', () => {
    const result = clean(LYNX, { decision: 'model', blockModel: constant(9) });
    expect(result.text).toContain('Related stories');
    expect(result.text).toContain('The city council approved its budget');
    // The title stays the title: it is not kept again as a paragraph.
    expect(result.title).toBe('Council approves budget with new school funding');
    expect(result.paragraphs).not.toContain('Council approves budget with new school funding');
  });

  it("removes what the model removes, keeping the rules' categories for reporting", () => {
    const result = clean(LYNX, { decision: 'model', blockModel: constant(-9) });
    expect(result.text).toBe('');
    const byText = (start: string) => result.removed.find((r) => r.text.startsWith(start));
    expect(byText('Related stories')?.category).toBe('related');
    expect(byText('The city council approved')?.rule).toBe(MODEL_RULE_ID);
  });

  it('refuses a model trained on other features', () => {
    expect(() => clean(LYNX, { decision: 'model', blockModel: { ...constant(1), features: ['words'] } })).toThrow(/other features/);
  });
});
