/** Computes the per-block numbers that rules and the context pass read. */
import type { BlockFeatures } from '../types.js';
import { endsWithSentence, isCapitalised, wordsOf } from '../text/words.js';

const SENTENCE_ENDS = /[.!?…。！？](?=\s|$|["'”’»)])/gu;

export function computeFeatures(text: string, stopWords: Set<string>, linkChars = 0): BlockFeatures {
  const words = wordsOf(text);
  let stop = 0;
  let capitalised = 0;
  for (const w of words) {
    if (stopWords.has(w.toLowerCase())) stop++;
    if (isCapitalised(w)) capitalised++;
  }
  const n = words.length;
  return {
    words: n,
    stopWordRatio: n ? stop / n : 0,
    capitalisedRatio: n ? capitalised / n : 0,
    sentenceEnds: (text.match(SENTENCE_ENDS) ?? []).length,
    endsWithSentence: endsWithSentence(text),
    linkDensity: text.length ? Math.min(1, linkChars / text.length) : 0,
  };
}
