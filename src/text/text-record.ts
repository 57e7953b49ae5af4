/**
 * What is worked out about one text of the document and asked again and again: its lower
 * case (case-fold.ts) and the cues it holds (cue-index.ts). Both are kept in one record,
 * so that a union's question about a line costs one cache look-up, not one per fact; and
 * the last text's record stays at hand, as a union asks about the same line in turn.
 */
import { memoizeByText, whenTextsForgotten } from './memo.js';

export interface TextRecord {
  /** The text in lower case. */
  lower?: string;
  /** The slots whose cues the text holds, in the shared automaton (cue-index.ts). */
  cueSlots?: readonly number[];
}

const recordOf = memoizeByText((): TextRecord => ({}));

let lastText: string | undefined;
let lastRecord: TextRecord = {};

// The shared automaton gains slots when a new document starts: a record of the last one would answer for fewer.
whenTextsForgotten(() => (lastText = undefined));

/** The record of a text, for the document. */
export function textRecord(text: string): TextRecord {
  if (text !== lastText) {
    lastText = text;
    lastRecord = recordOf(text);
  }
  return lastRecord;
}
