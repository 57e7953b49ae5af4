/**
 * Is a block article prose? Judged from its own features: enough words, sentences,
 * stop words at the rate of running text, not Title Case like menus and headline lists.
 */
import type { Block } from '../types.js';
import { wordsOf } from '../text/words.js';

export interface ProseOptions {
  /** False for languages without a stop-word list, where the ratio says nothing. */
  useStopWords: boolean;
}

export function isProse(block: Block, options: ProseOptions): boolean {
  const f = block.features;
  if (f.linkDensity > 0.5) return false;
  if (f.words < 8) return false;
  // A list of short lines is a menu or a list of headlines, unless it lists figures (a schedule, results).
  if (isListOfShortLines(block) && numberShare(block.text) < 0.2) return false;
  if (f.sentenceEnds === 0 && !f.endsWithSentence && f.words < 25) return false;
  if (f.capitalisedRatio > 0.6 && f.words < 40) return false;
  if (options.useStopWords && f.stopWordRatio < 0.18 && f.words < 40) return false;
  // However long, text with almost no stop words is a list of names or headlines, not
  // sentences; unless it is full of numbers, as the rows of a table or a list of results are.
  if (options.useStopWords && f.stopWordRatio < 0.12 && numberShare(block.text) < 0.2) return false;
  return true;
}

/**
 * A short sentence ("The refreshing autumn sky!") is weak evidence of prose: it ends like
 * a sentence and is not Title Case. Headings, labels and menu items are not.
 */
export function isShortSentence(block: Block): boolean {
  const f = block.features;
  return f.words >= 3 && f.endsWithSentence && block.lines.length === 1 && (f.capitalisedRatio <= 0.5 || f.words <= 4) && f.linkDensity < 0.5;
}

/** Whether stop words are a usable signal for this document (they are absent in unsupported languages). */
export function stopWordsAreInformative(blocks: readonly Block[]): boolean {
  let words = 0;
  let stop = 0;
  for (const b of blocks) {
    words += b.features.words;
    stop += b.features.words * b.features.stopWordRatio;
  }
  return words > 0 && stop / words > 0.08;
}

/** Share of the text's words that are or hold numbers. */
function numberShare(text: string): number {
  const words = wordsOf(text);
  if (words.length === 0) return 0;
  return words.filter((w) => /\d/.test(w)).length / words.length;
}

/** Three or more short lines, most not ended as sentences: a menu, a list of headlines or of links. */
function isListOfShortLines(block: Block): boolean {
  const { lines } = block;
  if (lines.length < 3) return false;
  let unended = 0;
  for (const line of lines) {
    if (wordsOf(line.text).length > 20) return false;
    if (!/[.!?。！？]["'”’»)]*$/u.test(line.text) || /(?:\.\.\.|…)$/u.test(line.text)) unended++;
  }
  return unended >= 0.7 * lines.length;
}
