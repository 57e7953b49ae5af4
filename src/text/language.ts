/**
 * Detects a document's language with franc (trigram statistics), from a sample of its
 * longest lines: menus and bylines say little about the language, paragraphs say much.
 */
import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js';

/** A thousand characters of prose tell a language apart as well as two thousand, in half the time. */
const SAMPLE_CHARS = 1000;
const MIN_CHARS = 40;

/** Lines the sample can take: each adds at least MIN_CHARS + 1 characters. */
const MAX_SAMPLE_LINES = Math.ceil(SAMPLE_CHARS / (MIN_CHARS + 1));

/** ISO 639-1 code of the language of `lines`, or undefined when unsure. */
export function detectLanguage(lines: Iterable<string>): string | undefined {
  const longest = longestLines(lines, MAX_SAMPLE_LINES);
  let sample = '';
  for (const line of longest) {
    if (sample.length >= SAMPLE_CHARS) break;
    sample += line + '\n';
  }
  if (sample.length < MIN_CHARS) return undefined;
  const code = franc(sample.slice(0, SAMPLE_CHARS * 1.5), { minLength: MIN_CHARS });
  return code === 'und' ? undefined : (iso6393To1[code] ?? undefined);
}

/**
 * The `count` longest lines of at least MIN_CHARS, longest first, in their order among
 * lines of one length (as a stable sort of them all would give): a long document's lines
 * are read one by one, not gathered and sorted.
 */
function longestLines(lines: Iterable<string>, count: number): string[] {
  const top: string[] = [];
  for (const line of lines) {
    if (line.length < MIN_CHARS || (top.length === count && line.length <= top[count - 1]!.length)) continue;
    let at = top.length;
    while (at > 0 && top[at - 1]!.length < line.length) at--;
    top.splice(at, 0, line);
    if (top.length > count) top.pop();
  }
  return top;
}
