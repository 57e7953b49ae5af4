import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contributions, parseBlockModel, predict, predictRows, type BlockModel } from '../../../src/learn/block-model/forest.js';

// Made by fixtures/block-model/make-tiny-model.py: xgboost's own probabilities beside the rows.
const TINY = JSON.parse(readFileSync(new URL('../../../fixtures/block-model/tiny-model.json', import.meta.url), 'utf8'));

/** One tree: feature 0 below 1 gives -2, else +3. */
const STUMP: BlockModel = {
  format: 'unboil-block-model',
  version: 1,
  features: ['x'],
  threshold: 0.5,
  baseMargin: 0,
  roots: [0],
  feature: [0, -1, -1],
  split: [1, 0, 0],
  left: [1, -1, -1],
  right: [2, -1, -1],
  leaf: [0, -2, 3],
};

describe('block model trees', () => {
  it('reads trees as xgboost does', () => {
    const model = parseBlockModel(TINY);
    const { rows, probabilities } = TINY.check as { rows: number[][]; probabilities: number[] };
    rows.forEach((row, i) => expect(predict(model, Float32Array.from(row), 0)).toBeCloseTo(probabilities[i]!, 6));
  });

  it('goes left below the split, right at it and above', () => {
    const model = parseBlockModel(STUMP);
    const sigmoid = (m: number) => 1 / (1 + Math.exp(-m));
    expect(predict(model, Float32Array.of(0.5), 0)).toBeCloseTo(sigmoid(-2));
    expect(predict(model, Float32Array.of(1), 0)).toBeCloseTo(sigmoid(3));
    // A row is read at its offset in a block of rows.
    expect(predict(model, Float32Array.of(5, 0.5), 1)).toBeCloseTo(sigmoid(-2));
  });

  it('scores a batch of rows as it scores each row alone, to the last bit', () => {
    const model = parseBlockModel(TINY);
    const { rows } = TINY.check as { rows: number[][] };
    const width = rows[0]!.length;
    const batch = Float32Array.from(rows.flat());
    const out = new Float64Array(rows.length + 1).fill(-1);
    predictRows(model, batch, rows.length, width, out);
    rows.forEach((row, i) => expect(out[i]).toBe(predict(model, Float32Array.from(row), 0)));
    // Only `count` rows are written.
    expect(out[rows.length]).toBe(-1);
    // A stump's two sides, rows one feature wide.
    const stump = new Float64Array(3);
    predictRows(parseBlockModel(STUMP), Float32Array.of(0.5, 1, 7), 3, 1, stump);
    expect([...stump].map((p) => Math.log(p / (1 - p)))).toEqual([expect.closeTo(-2), expect.closeTo(3), expect.closeTo(3)]);
  });

  it("credits each split's feature with the change it makes, weighed by the training rows that reached each side", () => {
    // Two trees over two features; the first root saw three times as many rows go left.
    const model = parseBlockModel({
      ...STUMP,
      features: ['x', 'y'],
      roots: [0, 3],
      feature: [0, -1, -1, 1, -1, -1],
      split: [1, 0, 0, 0.5, 0, 0],
      left: [1, -1, -1, 4, -1, -1],
      right: [2, -1, -1, 5, -1, -1],
      leaf: [0, -2, 3, 0, 1, -1],
      cover: [4, 3, 1, 2, 1, 1],
    });
    const row = Float32Array.of(0.5, 0.7);
    const pulls = contributions(model, row, 0);
    // x: from the root's mean (3 × -2 + 1 × 3) / 4 = -0.75 to -2; y: from 0 to -1.
    expect(pulls[0]).toBeCloseTo(-1.25);
    expect(pulls[1]).toBeCloseTo(-1);
    // The trees' means and the pulls add up to the margin predict reads.
    const margin = -0.75 + 0 + pulls[0]! + pulls[1]!;
    expect(predict(model, row, 0)).toBeCloseTo(1 / (1 + Math.exp(-margin)));
    expect(() => contributions(parseBlockModel(STUMP), row, 0)).toThrow(/no cover/);
  });

  it('refuses what is not a block model', () => {
    expect(() => parseBlockModel({})).toThrow(/not an unboil block model/);
    expect(() => parseBlockModel({ ...STUMP, leaf: [0] })).toThrow(/one entry per node/);
    expect(() => parseBlockModel({ ...STUMP, cover: [1] })).toThrow(/'cover' must have one entry per node/);
    expect(() => parseBlockModel({ ...STUMP, feature: [3, -1, -1] })).toThrow(/past the 1 named/);
    // A child before its parent could loop for ever.
    expect(() => parseBlockModel({ ...STUMP, left: [0, -1, -1] })).toThrow(/children out of order/);
  });
});
