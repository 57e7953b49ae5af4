/**
 * Which elements stand under the title the markup names (og:title, JSON-LD headline,
 * <h1>): those that hold the title's block, or start after it with no other heading
 * between. The article the title names is one of them; a teaser of another article
 * starts under that article's own heading.
 */
import type { Element } from 'domhandler';
import type { Block } from '../../types.js';
import type { BlockRange } from '../../parse/html/walk.js';

export function underTitle(blocks: readonly Block[], title: number, ranges: ReadonlyMap<Element, BlockRange>): (el: Element) => boolean {
  // The nearest heading (or the title's block) before each block.
  const headingBefore = new Array<number>(blocks.length + 1);
  headingBefore[0] = -1;
  blocks.forEach((block, i) => {
    headingBefore[i + 1] = block.kind === 'heading' || i === title ? i : headingBefore[i]!;
  });
  return (el) => {
    const r = ranges.get(el);
    if (!r || r[1] < r[0]) return false;
    return (r[0] <= title && title <= r[1]) || (r[0] > title && headingBefore[r[0]] === title);
  };
}
