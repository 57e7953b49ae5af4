import { describe, expect, it } from 'vitest';
import { GoldText, scorerWords } from '../../../src/learn/block-model/gold-labels.js';

const gold = new GoldText('The council approved its budget on Tuesday.\n\nBand D households will pay more, the leader said.');

describe('gold labels', () => {
  it('reads words as the scorer does', () => {
    expect(scorerWords("Band D's £1,932 — rise")).toEqual(['band', 'd', 's', '1', '932', 'rise']);
    expect(gold.words).toBe(16);
  });

  it("gives the share of a block's four-word runs that stand in the gold", () => {
    expect(gold.share('The council approved its budget on Tuesday.')).toBe(1);
    expect(gold.share('Share this story on Facebook and Twitter')).toBe(0);
    // Two of its five runs are the gold's.
    expect(gold.share('The council approved its budget, says the Courier')).toBeCloseTo(2 / 5);
  });

  it('takes a short block as the gold when the gold says its words in order', () => {
    expect(gold.share('Band D')).toBe(1);
    expect(gold.share('D Band')).toBe(0);
    expect(gold.share('Read more')).toBe(0);
  });

  it('gives no share to a block without words', () => {
    expect(gold.share('· · ·')).toBeNaN();
  });
});
