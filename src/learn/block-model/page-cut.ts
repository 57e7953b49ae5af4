/**
 * The odds below which no block of one page comes back. The model's threshold, chosen by
 * cross-validation over every page, suits a page whose article it tells well from the rest;
 * on a page where it expects to get fewer of the words right (a forum thread, a product or
 * listing page), a lower cut gets more of them right.
 *
 * The model's odds are read as chances: keeping a set of blocks then gets an expected words
 * F1 of 2·E[words right] / (words kept + E[words of the article]), where E[words of the
 * article] sums every block's odds times its words, and E[words right] those of the blocks
 * kept. The candidates come back best first while that grows (for F1, a block is worth
 * taking when its odds exceed about half the F1 reached); the cut is the lowest odds so
 * taken, or the model's threshold when that is lower: the cut only ever comes down, so a
 * page the model reads well is cleaned as the threshold alone would clean it.
 *
 * Blocks under FLOOR never come back: with odds that low everywhere (a page the model
 * reads as holding no article), every block is as likely as the next and the expected F1
 * grows with each one kept, which would bring back the whole page. On the labelled pages
 * no cut came down that far: a floor of 0.1 changed no cross-validated figure.
 *
 * Cross-validated by site (cleaning and scoring every page with a model that never saw its
 * site), this took words F1 on wcxb-other from 0.726 to 0.737 (HTML) and from 0.662 to
 * 0.672 (whole-page dumps), and moved dev/ and wcxb-articles by 0.002 at most
 * (docs/block-model.md).
 */

/** Lowest odds a page's cut comes down to. */
export const FLOOR = 0.1;

export interface PageOdds {
  /** Σ odds × words over every block the model judged, kept or not: the article's expected size. */
  expectedArticleWords: number;
  /** Σ odds × words over the blocks that stay whatever the model says. */
  expectedRightKept: number;
  /** Words of the blocks that stay. */
  keptWords: number;
}

/** `candidates`: the odds and words of the blocks that may come back, in any order. */
export function pageCut(threshold: number, page: PageOdds, candidates: readonly { odds: number; words: number }[]): number {
  const best = [...candidates].sort((a, b) => b.odds - a.odds);
  let right = page.expectedRightKept;
  let kept = page.keptWords;
  const f1 = () => (kept + page.expectedArticleWords > 0 ? (2 * right) / (kept + page.expectedArticleWords) : 0);
  let bestF1 = f1();
  let cut = threshold;
  for (const c of best) {
    if (c.odds < FLOOR) break;
    right += c.odds * c.words;
    kept += c.words;
    const f = f1();
    if (f > bestF1) {
      bestF1 = f;
      // Blocks at or over the threshold come back anyway: only a better F1 under it lowers the cut.
      if (c.odds < threshold) cut = c.odds;
    }
  }
  return cut;
}
