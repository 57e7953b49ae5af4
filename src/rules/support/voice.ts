/**
 * Who a block speaks to. Boilerplate widgets speak as the publisher ("we", "our") to the
 * reader ("you", "your") or give orders ("Sign up", "Donate"); news prose speaks about
 * third parties. Rules combine this with their category words so that an article about
 * newsletters or donations keeps its sentences.
 */
import { memoizeByText } from '../../text/memo.js';
import { textTest } from '../../text/case-fold.js';
import { phrases } from '../phrases/phrase-book.js';
import { anyOf } from './any-of.js';

// Word lists start with `(?<!\w)` where `\b` would do. Before a word that starts with an
// ASCII letter the two are the same test (the letter is a word character, so a boundary
// means no word character before it), and V8 runs the look-behind several times faster
// under the `iu` flags. zone.ts and the rules that write `(?<!\w)` rely on the same.
// The tests are memoized: several rules ask them of the same text. The words are data, by
// language: phrases/*.ts, "voice".
const READER = textTest(anyOf(phrases('voice', 'reader')));
/**
 * German's polite "you" is the capitalised third person plural: "Sie", "Ihnen", "Ihr(e)".
 * Lower case, "sie", "ihr", "ihre" are "she", "they", "her", "their" — a story's words.
 */
const READER_DE = textTest(anyOf(phrases('voice', 'politeReader')));
const PUBLISHER = textTest(anyOf(phrases('voice', 'publisher')));

/** Second person: the text addresses the reader. */
export const addressesReader = memoizeByText((text: string): boolean => READER.test(text) || READER_DE.test(text));

/** First person plural: the text speaks as the publisher. */
export const speaksAsPublisher = memoizeByText((text: string): boolean => PUBLISHER.test(text));

/** Text outside quotation marks, so that a quoted appeal inside a news story is not read as the page's own voice. */
export const unquoted = memoizeByText(unquotedUncached);

function unquotedUncached(text: string): string {
  // A scan rather than a regular expression: "“““…" without a closing mark would make one backtrack.
  let out = '';
  let from = 0;
  // Opening marks with no closing mark after them: no later one of their kind has one either.
  const unclosed = new Set<string>();
  for (let i = nextOpeningMark(text, 0); i !== -1; i = nextOpeningMark(text, i + 1)) {
    const mark = text[i]!;
    if (unclosed.has(mark)) continue;
    const end = firstOf(text, QUOTE_PAIRS[mark]!, i + 1);
    if (end === -1) {
      unclosed.add(mark);
      continue;
    }
    out += text.slice(from, i) + ' ';
    from = end + 1;
    i = end;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Opening quotation marks and the marks that close them. */
const QUOTE_PAIRS: Readonly<Record<string, string>> = { '“': '”', '"': '"', '«': '»', '„': '“”' };

/** Position of the first opening mark (a key of QUOTE_PAIRS) at or after `from`, or -1. */
function nextOpeningMark(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // “ " « „
    if (code === 0x201c || code === 0x22 || code === 0xab || code === 0x201e) return i;
  }
  return -1;
}

/** Position of the first of the marks at or after `from`, or -1. */
function firstOf(text: string, marks: string, from: number): number {
  let first = -1;
  for (const mark of marks) {
    const at = text.indexOf(mark, from);
    if (at !== -1 && (first === -1 || at < first)) first = at;
  }
  return first;
}

/** How many of the patterns match somewhere in the text. */
export function countCues(text: string, cues: readonly RegExp[]): number {
  let n = 0;
  for (const cue of cues) if (textTest(cue).test(text)) n++;
  return n;
}

/**
 * Whether at least `min` of the patterns match: `countCues(text, cues) >= min`, stopping as
 * soon as that is settled. Only for patterns without the `g` flag, whose tests leave no state.
 */
export function hasCues(text: string, cues: readonly RegExp[], min = 1): boolean {
  if (min <= 0) return true;
  let n = 0;
  for (let i = 0; i < cues.length; i++) {
    // Too few patterns left to reach `min`.
    if (n + (cues.length - i) < min) return false;
    if (textTest(cues[i]!).test(text) && ++n >= min) return true;
  }
  return false;
}
