/**
 * Whether a block before a dump's title says what the page says again after it: a dump
 * that prints its article twice (an AMP copy, a teaser of the story above its headline, an
 * article followed by its cleaned copy). Then the copy after the title is the article's,
 * and the one before it stays out, whole or in part, so that no sentence is printed twice.
 *
 * Read as runs of words, so that a paragraph the later copy joins to the next still
 * counts: a block is said again when half of its runs of RUN words stand after the title
 * (a block of fewer words, when a later block is the same text). One pass over the blocks
 * asked about, one over the words after the title: linear in the page's size. Only the
 * runs of the blocks asked about are kept, not every run after the title (on a long dump,
 * six strings a word of the whole page).
 */
import type { Block } from '../../types.js';
import { wordsOf } from '../../text/words.js';
import { repeatKey } from './features.js';

const RUN = 6;

/** Of the blocks `asked` (blocks before the title), those the page says again after block `title`. */
export function saidAfterTitle(blocks: readonly Block[], title: number, asked: readonly Block[]): Set<Block> {
  const wanted = new Set<string>();
  const wantedShort = new Set<string>();
  for (const block of asked) {
    const words = lower(block.text);
    if (words.length < RUN) wantedShort.add(repeatKey(block.text));
    else for (let k = 0; k + RUN <= words.length; k++) wanted.add(words.slice(k, k + RUN).join(' '));
  }
  const found = new Set<string>();
  const foundShort = new Set<string>();
  for (let i = title + 1; i < blocks.length; i++) {
    const text = blocks[i]!.text;
    if (wordsOf(text).length < RUN) {
      const key = wantedShort.size > 0 ? repeatKey(text) : undefined;
      if (key !== undefined && wantedShort.has(key)) foundShort.add(key);
    } else if (wanted.size > 0) {
      const words = lower(text);
      for (let k = 0; k + RUN <= words.length; k++) {
        const run = words.slice(k, k + RUN).join(' ');
        if (wanted.has(run)) found.add(run);
      }
    }
  }
  return new Set(asked.filter((block) => isSaidAgain(block, found, foundShort)));
}

function isSaidAgain(block: Block, runs: ReadonlySet<string>, shortTexts: ReadonlySet<string>): boolean {
  const words = lower(block.text);
  if (words.length < RUN) return shortTexts.has(repeatKey(block.text));
  let found = 0;
  for (let k = 0; k + RUN <= words.length; k++) if (runs.has(words.slice(k, k + RUN).join(' '))) found++;
  return found * 2 >= words.length - RUN + 1;
}

function lower(text: string): string[] {
  return wordsOf(text).map((w) => w.toLowerCase());
}
