/**
 * The cues of each pattern (regex-cues.ts), read once and kept by the pattern's flags and
 * source: the same pattern comes in several lists. Reading them means parsing the
 * pattern, which for the built-in rules' patterns costs more than cleaning a small
 * document; so the build reads those once (scripts/write-pattern-cues.mjs) into
 * pattern-cues.json beside the compiled code, and a run reads that file instead. A
 * pattern the file does not hold (a user's rule, a pattern changed since the build) is
 * parsed as it comes: the file only saves time, and both give the same cues.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { regexCues } from './regex-cues.js';

/** No cues: the pattern always runs. */
type Cues = string[] | null;

const FILE = 'pattern-cues.json';
let known: Map<string, Cues> | undefined;

/** What names a pattern: its flags and source. */
export const patternKey = (pattern: RegExp) => `${pattern.flags}/${pattern.source}`;

/** The pattern's cues, lower-cased; undefined when it has none. */
export function cuesOf(pattern: RegExp): string[] | undefined {
  known ??= new Map(readShipped());
  const key = patternKey(pattern);
  let cues = known.get(key);
  if (cues === undefined) {
    cues = regexCues(pattern) ?? null;
    known.set(key, cues);
  }
  return cues ?? undefined;
}

/** Every pattern's cues read so far, as the build writes them. */
export function cuesRead(): [string, Cues][] {
  return [...(known ?? [])];
}

/**
 * The file beside the code: the library runs from dist/text/, the command's bundle from
 * dist/bundle/; tests run the sources, which have none.
 */
function readShipped(): [string, Cues][] {
  for (const path of [`./${FILE}`, `../text/${FILE}`]) {
    const file = fileURLToPath(new URL(path, import.meta.url));
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as [string, Cues][];
  }
  return [];
}
