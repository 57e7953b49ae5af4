/**
 * Widget zones: appeals, comment sections and prompts come as runs of blocks — a header,
 * a few paragraphs, a row of buttons — of which only one or two say plainly what they are.
 * These helpers let a rule take a block that merely fits such a zone (a salutation, a
 * paragraph in the publisher's voice) when a run of such blocks joins it to a block that
 * is clearly the widget, or to a block an earlier pass removed for the same category.
 */
import type { Block, Category, RuleContext } from '../../types.js';
import { memoizeByText } from '../../text/memo.js';
import { unionFor } from '../../text/pattern-union.js';
import { phrases } from '../phrases/phrase-book.js';
import { anyOf } from './any-of.js';
import { textTest } from '../../text/case-fold.js';

/** Words of news reporting: a paragraph that reports what someone said is the article's. `(?<!\w)` is `\b` before a word (see voice.ts). */
const REPORTING = textTest(anyOf(phrases('voice', 'reporting')));

/** Whether the text reads as reported news ("..., she said", "according to", "sagte", "selon", "según"). Memoized: several rules ask it of the same paragraph. */
export const reportsSpeech = memoizeByText((text: string): boolean => REPORTING.test(text));

/** Whether every line of the block matches one of the patterns. */
export function allLinesMatch(block: Block, patterns: readonly RegExp[]): boolean {
  return block.lines.length > 0 && block.lines.every((l) => unionFor(patterns).test(l.text));
}

/** How many lines of the block match one of the patterns. */
export function linesMatching(block: Block, patterns: readonly RegExp[]): number {
  return block.lines.filter((l) => unionFor(patterns).test(l.text)).length;
}

export interface ZoneTest {
  /** The category whose earlier removals count as the widget. */
  category: Category;
  /** A block that is plainly the widget by itself. */
  isAnchor(block: Block): boolean;
  /** A block that belongs to the widget when joined to an anchor (headers, appeal paragraphs, buttons). */
  isMember(block: Block): boolean;
  /** How many blocks away an anchor may stand, members only in between. */
  reach: number;
  /** Whether a block removed for the category in an earlier pass counts as an anchor (default true). */
  removedIsAnchor?: boolean;
}

/**
 * Whether a run of member blocks joins the block being classified to an anchor or to a
 * block removed for the category, looking both ways up to `reach` blocks. The block
 * itself must be judged a member by the caller.
 */
export function joinsZone(context: RuleContext, zone: ZoneTest): boolean {
  for (let dir = -1; dir <= 1; dir += 2) {
    for (let step = 1; step <= zone.reach; step++) {
      const offset = dir * step;
      const block = context.neighbour(offset);
      if (!block) break;
      const removed = context.removedCategory(offset);
      if ((removed === zone.category && zone.removedIsAnchor !== false) || zone.isAnchor(block)) return true;
      if ((removed !== undefined && removed !== zone.category) || !zone.isMember(block)) break;
    }
  }
  return false;
}
