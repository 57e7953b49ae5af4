/**
 * HTML only: a paragraph the page shows twice is not the article's own text, and every
 * copy goes. Pages repeat captions in galleries and teaser headlines in a desktop and a
 * mobile variant; an article does not repeat a paragraph of its own. Short texts repeat
 * legitimately (table cells, labels) and are left alone, and so is a page made mostly of
 * repeats, where repetition tells nothing.
 */
import type { Document } from '../types.js';
import type { BlockVerdict, Verdict } from './verdicts.js';

/** Shorter texts may repeat in an article (a table's cells, "Update:"). */
const MIN_WORDS = 8;
/** Repeats are judged only while they are at most this share of the words kept. */
const MAX_REPEATED_SHARE = 0.5;

const REPEATED: Verdict = { rule: 'prose/repeat', category: 'prose', reason: 'the same text stands twice in the article' };

export function removeRepeatedBlocks(document: Document, verdicts: BlockVerdict[], keep: ReadonlySet<number>): void {
  const copies = new Map<string, number[]>();
  let keptWords = 0;
  for (const block of document.blocks) {
    if (verdicts[block.index]!.block || keep.has(block.index)) continue;
    keptWords += block.features.words;
    if (block.features.words < MIN_WORDS) continue;
    // The walk has already collapsed white space: the text itself is the key.
    const seen = copies.get(block.text);
    if (seen) seen.push(block.index);
    else copies.set(block.text, [block.index]);
  }
  const repeated = [...copies.values()].filter((indices) => indices.length > 1).flat();
  const repeatedWords = repeated.reduce((n, i) => n + document.blocks[i]!.features.words, 0);
  if (repeatedWords > MAX_REPEATED_SHARE * keptWords) return;
  for (const i of repeated) verdicts[i]!.block = REPEATED;
}
