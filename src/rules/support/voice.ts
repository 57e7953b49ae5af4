/**
 * Who a block speaks to. Boilerplate widgets speak as the publisher ("we", "our") to the
 * reader ("you", "your") or give orders ("Sign up", "Donate"); news prose speaks about
 * third parties. Rules combine this with their category words so that an article about
 * newsletters or donations keeps its sentences.
 */
import { memoizeByText } from '../../text/memo.js';

const READER = /\b(you|your|yours|du|dich|dir|dein\w*|sie|ihr|ihnen|ihre\w*|vous|votre|vos|tu|ton|ta|tes|usted|ustedes|su|sus|tu|tus|te)\b/iu;
const PUBLISHER = /\b(we|us|our|ours|wir|uns|unser\w*|nous|notre|nos|nosotros|nuestr[oa]s?)\b/iu;

/** Second person: the text addresses the reader. */
export function addressesReader(text: string): boolean {
  return READER.test(text);
}

/** First person plural: the text speaks as the publisher. */
export function speaksAsPublisher(text: string): boolean {
  return PUBLISHER.test(text);
}

/** Text outside quotation marks, so that a quoted appeal inside a news story is not read as the page's own voice. */
export const unquoted = memoizeByText(unquotedUncached);

function unquotedUncached(text: string): string {
  // A scan rather than a regular expression: "“““…" without a closing mark would make one backtrack.
  let out = '';
  let from = 0;
  // Opening marks with no closing mark after them: no later one of their kind has one either.
  const unclosed = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    const mark = text[i]!;
    const closers = QUOTE_PAIRS[mark];
    if (!closers || unclosed.has(mark)) continue;
    let end = -1;
    for (let j = i + 1; j < text.length; j++) {
      if (closers.includes(text[j]!)) {
        end = j;
        break;
      }
    }
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

/** How many of the patterns match somewhere in the text. */
export function countCues(text: string, cues: readonly RegExp[]): number {
  let n = 0;
  for (const cue of cues) if (cue.test(text)) n++;
  return n;
}
