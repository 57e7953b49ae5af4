/** Word-level helpers shared by the parser, the rules and metadata extraction. */
import { memoizeByText } from './memo.js';

/**
 * Chinese and Japanese are written without spaces: a run of their characters is a clause,
 * not a word. Every two characters count as one word there (about the length of a word),
 * so that length thresholds mean the same in every script.
 */
const UNSPACED = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u30fc';
const WORD = new RegExp(`[${UNSPACED}]{1,2}|[[\\p{L}\\p{N}\\p{M}_'’\\-]--[${UNSPACED}]]+`, 'gv');

/**
 * Words as runs of letters, digits, apostrophes and hyphens (pairs of characters in Chinese
 * and Japanese). The same text is split again and again (a block's text for its features,
 * its lines for their word counts), so the words are kept per text for the document.
 */
export const wordsOf: (text: string) => readonly string[] = memoizeByText((text) => text.match(WORD) ?? []);

/** Sentence-ending punctuation in Latin and CJK scripts. */
export const SENTENCE_END = /[.!?…。！？]/u;

/** Closing quotes and brackets that may follow a sentence end. */
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']', ' ', '\t', '\n', '\u00a0']);

/** Whether the text ends a sentence, looking past closing quotes and brackets. A trailing ellipsis marks a cut teaser, not an end. */
export function endsWithSentence(text: string): boolean {
  let end = text.length;
  while (end > 0 && CLOSERS.has(text[end - 1]!)) end--;
  if (end === 0) return false;
  const last = text[end - 1]!;
  if (last === '…' || (last === '.' && text.slice(end - 3, end) === '...')) return false;
  return SENTENCE_END.test(last);
}

/** Whether a word starts with an upper-case letter. */
export function isCapitalised(word: string): boolean {
  const first = word[0];
  return first !== undefined && first !== first.toLowerCase() && first === first.toUpperCase();
}

/** Whitespace-normalised copy: non-breaking and other Unicode spaces become plain spaces. */
export function normaliseSpaces(text: string): string {
  return text.replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ');
}
