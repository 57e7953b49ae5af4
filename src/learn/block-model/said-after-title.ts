/**
 * Whether a block before a dump's title says what the page says again after it: a dump
 * that prints its article twice (an AMP copy, a teaser of the story above its headline, an
 * article followed by its cleaned copy). Then the copy after the title is the article's,
 * and the one before it stays out, whole or in part, so that no sentence is printed twice.
 *
 * Read as runs of words, so that a paragraph the later copy joins to the next still
 * counts: a block is said again when half of its runs of RUN words stand after the title
 * (a block of fewer words, when a later block is the same text). One pass over the words
 * after the title, then one over each block asked: linear in the page's size.
 */
import type { Block } from '../../types.js';
import { wordsOf } from '../../text/words.js';
import { repeatKey } from './features.js';

const RUN = 6;

export type SaidAfterTitle = (block: Block) => boolean;

export function saidAfterTitle(blocks: readonly Block[], title: number): SaidAfterTitle {
  let runs: Set<string> | undefined;
  let shortTexts: Set<string> | undefined;
  const read = () => {
    runs = new Set();
    shortTexts = new Set();
    for (let i = title + 1; i < blocks.length; i++) {
      const words = lower(blocks[i]!.text);
      if (words.length < RUN) shortTexts.add(repeatKey(blocks[i]!.text));
      for (let k = 0; k + RUN <= words.length; k++) runs.add(words.slice(k, k + RUN).join(' '));
    }
  };
  return (block) => {
    if (!runs) read();
    const words = lower(block.text);
    if (words.length < RUN) return shortTexts!.has(repeatKey(block.text));
    let found = 0;
    for (let k = 0; k + RUN <= words.length; k++) if (runs!.has(words.slice(k, k + RUN).join(' '))) found++;
    return found * 2 >= words.length - RUN + 1;
  };
}

function lower(text: string): string[] {
  return wordsOf(text).map((w) => w.toLowerCase());
}
