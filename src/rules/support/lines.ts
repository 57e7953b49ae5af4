/**
 * Line and block shapes shared by the widget rules (share bars, menus, headline lists).
 * Widgets are runs of short labels and headlines; article prose is sentences. These
 * helpers judge one line or one block by its shape only; the rules add the wording.
 */
import type { Block, RuleContext } from '../../types.js';
import { endsWithSentence, isCapitalised, wordsOf } from '../../text/words.js';
import { memoizeByBlock, memoizeByText } from '../../text/memo.js';

/** Sentence ends inside a line ("Paid ads are not the problem. Our perceptions are"). */
const INNER_SENTENCE_END = /[.!?…。！？](?=\s+["'“‘«¿¡]?\p{Lu})/gu;

/** Small words that stay lower case in Title Case headings and menus. */
const SMALL_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'via', 'is', 'are',
  'und', 'oder', 'der', 'die', 'das', 'den', 'dem', 'des', 'im', 'in', 'am', 'an', 'zu', 'zum', 'zur', 'von', 'mit', 'für', 'auf',
  'et', 'ou', 'le', 'la', 'les', 'de', 'du', 'des', 'en', 'au', 'aux', 'à', 'pour', 'sur', 'par',
  'y', 'o', 'el', 'los', 'las', 'del', 'al', 'con', 'por', 'para', 'e', 'da', 'do', 'dos', 'das', 'na', 'no',
]);

function wordCountUncached(text: string): number {
  return wordsOf(text).length;
}
export const wordCount = memoizeByText(wordCountUncached);

/** Whether the line ends with a full stop (not an ellipsis): the mark of a prose sentence. */
function endsWithFullStopUncached(text: string): boolean {
  const t = text.replace(/["'”’»)\]\s]+$/u, '');
  if (/(\.\.\.|…)$/u.test(t)) return false;
  return /[.。]$/u.test(t);
}
export const endsWithFullStop = memoizeByText(endsWithFullStopUncached);

/**
 * A short label: a menu item, a button, a network name. A few words (or a few characters
 * in scripts without spaces), no sentence end.
 */
export function isLabel(text: string, maxWords = 4): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 8 * maxWords + 8) return false;
  const n = wordCount(t);
  if (n === 0 || n > maxWords) return false;
  return !endsWithSentence(t);
}

/**
 * A line that reads as a headline, teaser title or list entry rather than a prose sentence:
 * at most 30 words, not ended by a full stop, at most one sentence break inside.
 */
function isHeadlineLineUncached(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 240) return false;
  // Every test here is pure and each one alone rules the line out: the full stop (cheap,
  // and what most prose lines end with) goes before counting the words.
  if (endsWithFullStop(t)) return false;
  const n = wordCount(t);
  if (n > 30) return false;
  // "Why am I not losing weight?" is a headline; a long question ending a paragraph is not.
  if (/[!?！？]["'”’»)]*$/u.test(t) && n > 20) return false;
  const inner = (t.match(INNER_SENTENCE_END) ?? []).length;
  return inner === 0 || (inner === 1 && n <= 18);
}
export const isHeadlineLine = memoizeByText(isHeadlineLineUncached);

/** Share of a text's words that are capitalised, small words (of, and, the, ...) left out. */
function titleCaseRatioUncached(text: string): number {
  const words = wordsOf(text).filter((w) => !SMALL_WORDS.has(w.toLowerCase()) && /\p{L}/u.test(w));
  if (words.length === 0) return 0;
  return words.filter((w) => isCapitalised(w)).length / words.length;
}
export const titleCaseRatio = memoizeByText(titleCaseRatioUncached);

/** Every line of the block is a headline or list entry. */
function isHeadlineBlockUncached(block: Block): boolean {
  return block.lines.every((l) => isHeadlineLine(l.text));
}
export const isHeadlineBlock = memoizeByBlock(isHeadlineBlockUncached);

/** Numbers, counts and times that sit between the headlines of a list ("1", "13 hours ago", "Nov 18"). */
const LIST_FILLER = /^(?:[\d.,:/ -]+|[\d]+ \p{L}+ ago|[\p{L}]{3,9}\.? \d{1,2}(?:, \d{4})?|\(\d+ \p{L}+\)|[×✕|,•·-])$/u;

/**
 * A line that reads as another story's headline, a tag or a byline of a list: long enough
 * to be a headline (five words), or Title Case, or a number or time between entries.
 * Ingredient and feature lists ("1 tsp cinnamon", "Optical heart sensor") are neither.
 */
function isListEntryUncached(text: string): boolean {
  const t = text.trim();
  if (!isHeadlineLine(t)) return false;
  if (LIST_FILLER.test(t)) return true;
  return wordCount(t) >= 5 || titleCaseRatio(t) >= 0.6;
}
export const isListEntry = memoizeByText(isListEntryUncached);

/** A block of headlines, tags or list fillers: what a related-stories or paid-links list is made of. */
function isHeadlineListBlockUncached(block: Block): boolean {
  if (!isHeadlineBlock(block)) return false;
  let entries = 0;
  for (const line of block.lines) if (isListEntry(line.text)) entries++;
  return entries * 4 >= block.lines.length * 3;
}
export const isHeadlineListBlock = memoizeByBlock(isHeadlineListBlockUncached);

/** A paragraph of running text: sentence-ended and long enough to be more than a caption. */
export function isProseBlock(block: Block | undefined, minWords = 15): boolean {
  if (!block) return false;
  return block.features.words >= minWords && block.features.endsWithSentence;
}

/** Whether the block `offset` places away was removed by an earlier pass (by any rule). */
export function isRemoved(context: RuleContext, offset: number): boolean {
  return context.removedCategory(offset) !== undefined;
}
