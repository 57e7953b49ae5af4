/**
 * Settles which rule claims stand. A class word names what a subtree looks like to the
 * page's designers, not always what it holds: the article's own element can carry
 * "url-breadcrumb", and the paragraphs a paywall hides sit in <div class="paywall">. A
 * subtree claimed by a class word that holds much of the page's running prose is the
 * article, so the claim falls and the next claim inside it (a share bar) is tried.
 * Selector claims are precise and always stand.
 */
import type { BlockFeatures } from '../../types.js';
import type { Claim } from './rule-claims.js';
import type { BlockRange } from '../../parse/html/walk.js';
import type { ClaimAt } from './block-claims.js';

/** A class-word claim falls on a subtree holding at least this many words of running prose... */
const MIN_PROSE_WORDS = 50;
/** ...and at least this share of the page's running prose. */
const MIN_PROSE_SHARE = 0.4;

export function settleClaims(
  claimsPerBlock: readonly (readonly ClaimAt[])[],
  features: readonly BlockFeatures[],
  ranges: ReadonlyMap<object, BlockRange>,
): Map<number, Claim> {
  const before = proseWordsBefore(features);
  const total = before[features.length]!;
  const holdsArticle = new Map<object, boolean>();
  const isArticle = (at: ClaimAt): boolean => {
    let known = holdsArticle.get(at.element);
    if (known === undefined) {
      const range = ranges.get(at.element);
      const held = range ? before[range[1] + 1]! - before[range[0]]! : 0;
      known = at.claim.byClassWord === true && held >= MIN_PROSE_WORDS && held >= MIN_PROSE_SHARE * total;
      holdsArticle.set(at.element, known);
    }
    return known;
  };

  const settled = new Map<number, Claim>();
  claimsPerBlock.forEach((claims, index) => {
    const standing = claims.find((at) => !isArticle(at));
    if (standing) settled.set(index, { rule: standing.claim.rule, category: standing.claim.category, reason: standing.claim.reason });
  });
  return settled;
}

/** Words of running prose (sentences, few links) in blocks before each index: a prefix sum. */
function proseWordsBefore(features: readonly BlockFeatures[]): number[] {
  const sums = new Array<number>(features.length + 1);
  sums[0] = 0;
  features.forEach((f, i) => {
    const prose = f.words >= 15 && f.sentenceEnds >= 1 && f.linkDensity < 0.3;
    sums[i + 1] = sums[i]! + (prose ? f.words : 0);
  });
  return sums;
}
