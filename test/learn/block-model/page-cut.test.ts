import { describe, expect, it } from 'vitest';
import { FLOOR, pageCut } from '../../../src/learn/block-model/page-cut.js';

const THRESHOLD = 0.35;

describe('the page cut', () => {
  it('is the threshold on a page whose article the model reads well', () => {
    // 900 words kept with high odds; the candidates are a sure paragraph and a widget's lines.
    const page = { expectedArticleWords: 0.95 * 900 + 0.9 * 60 + 0.3 * 20 + 0.1 * 40, expectedRightKept: 0.95 * 900, keptWords: 900 };
    const candidates = [
      { odds: 0.9, words: 60 },
      { odds: 0.3, words: 20 },
      { odds: 0.1, words: 40 },
    ];
    expect(pageCut(THRESHOLD, page, candidates)).toBe(THRESHOLD);
  });

  it('comes down on a page where the model expects to get few words right, as far as the expected F1 grows', () => {
    // A forum thread: the rules kept little, and the posts they removed get middling odds.
    const posts = [0.3, 0.28, 0.25].map((odds) => ({ odds, words: 120 }));
    const menu = { odds: 0.02, words: 80 };
    const expectedArticleWords = 0.4 * 50 + posts.reduce((s, p) => s + p.odds * p.words, 0) + menu.odds * menu.words;
    const page = { expectedArticleWords, expectedRightKept: 0.4 * 50, keptWords: 50 };
    const cut = pageCut(THRESHOLD, page, [menu, ...posts]);
    // Every post comes back, the menu does not.
    expect(cut).toBe(0.25);
  });

  it('never rises above the threshold, nor takes a block that would lower the expected F1', () => {
    const page = { expectedArticleWords: 0.5 * 100 + 0.05 * 500, expectedRightKept: 0.5 * 100, keptWords: 100 };
    expect(pageCut(THRESHOLD, page, [{ odds: 0.05, words: 500 }])).toBe(THRESHOLD);
    expect(pageCut(THRESHOLD, { expectedArticleWords: 0, expectedRightKept: 0, keptWords: 0 }, [])).toBe(THRESHOLD);
  });
});

describe('the floor of the page cut', () => {
  it('brings nothing back on a page the model reads as holding no article', () => {
    // Equal low odds everywhere: each block kept would raise the expected F1, and the whole page would come back.
    const odds = FLOOR / 2;
    const candidates = Array.from({ length: 10 }, () => ({ odds, words: 100 }));
    const page = { expectedArticleWords: odds * 1100, expectedRightKept: odds * 100, keptWords: 100 };
    expect(pageCut(THRESHOLD, page, candidates)).toBe(THRESHOLD);
  });
});
