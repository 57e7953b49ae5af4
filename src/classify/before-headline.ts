/**
 * Short lines the output would print after the title though they stand before its
 * headline: a kicker ("Analysis"), a salutation left from an appeal ("Dear readers,"). When
 * no paragraph of eight words or more is kept before the headline, the article starts at
 * the headline, and the short blocks before it go: printed after the title they would
 * change the page's order, printed before it they would stand above the headline.
 */
import type { Block } from '../types.js';
import { clearLines, isFullyRemoved, type BlockVerdict } from './verdicts.js';

/** Fewer words than this make a block a line, not a paragraph: here, for the title's block (clean.ts) and for the block model's dangling lines. */
export const PARAGRAPH_WORDS = 8;
/** More short blocks than this before the headline are a list the page is made of (or the headline is wrong): they stay. */
const MAX_LINES = 3;

export function removeShortLinesBeforeHeadline(blocks: readonly Block[], verdicts: BlockVerdict[], headline: number | undefined): void {
  if (headline === undefined || verdicts[headline]!.block) return;
  const kept: number[] = [];
  for (let i = 0; i < headline; i++) {
    if (isFullyRemoved(verdicts[i]!, blocks[i]!.lines.length)) continue;
    if (blocks[i]!.features.words >= PARAGRAPH_WORDS) return;
    kept.push(i);
  }
  if (kept.length > MAX_LINES) return;
  for (const i of kept) {
    clearLines(verdicts[i]!);
    verdicts[i]!.block = { rule: 'prose/before-headline', category: 'prose', reason: 'a short line before the headline, where the article starts' };
  }
}
