/**
 * Detects a document's language with franc (trigram statistics), from a sample of its
 * longest lines: menus and bylines say little about the language, paragraphs say much.
 */
import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js';

/** A thousand characters of prose tell a language apart as well as two thousand, in half the time. */
const SAMPLE_CHARS = 1000;
const MIN_CHARS = 40;

/** ISO 639-1 code of the language of `lines`, or undefined when unsure. */
export function detectLanguage(lines: Iterable<string>): string | undefined {
  const longest = [...lines].filter((l) => l.length >= MIN_CHARS).sort((a, b) => b.length - a.length);
  let sample = '';
  for (const line of longest) {
    if (sample.length >= SAMPLE_CHARS) break;
    sample += line + '\n';
  }
  if (sample.length < MIN_CHARS) return undefined;
  const code = franc(sample.slice(0, SAMPLE_CHARS * 1.5), { minLength: MIN_CHARS });
  return code === 'und' ? undefined : (iso6393To1[code] ?? undefined);
}
