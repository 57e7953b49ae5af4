/**
 * Blocks that say again what an earlier block said: a caption under every picture, the
 * headline repeated by a share box, a menu in the header and again in the footer, or the
 * whole article once more at the end of the page (a text dump of its structured data).
 * An article says each sentence once, so a repeat weighs nothing in the search for the
 * article, and goes when the copy it repeats is kept.
 */
import type { Block, Document } from '../types.js';
import { wordsOf } from '../text/words.js';
import { FirstOccurrences } from '../text/first-occurrences.js';

export type Repeat =
  /** The same text as block `of`. */
  | { kind: 'same'; of: number }
  /** A long block whose word sequences nearly all stood in earlier blocks. */
  | { kind: 'contained' };

/** Shortest repeat that counts: a lone word ("Share", "Video") says too little. */
const MIN_SAME_WORDS = 2;
/** Containment is judged on blocks at least this long, by runs of this many words. */
const MIN_CONTAINED_WORDS = 20;
const SHINGLE = 4;
/** Share of a block's word runs that must have stood before. */
const CONTAINED_SHARE = 0.9;
/** Past this many words a page is no article page; containment is not looked for (it costs memory in proportion). */
const MAX_CONTAINMENT_WORDS = 100_000;

const cache = new WeakMap<Document, readonly (Repeat | undefined)[]>();

/**
 * Per block, what it repeats (undefined for a block that says something new). Text dumps
 * only: an HTML page's repeats are judged with its structure (html-duplicates.ts).
 */
export function repeatsOf(document: Document): readonly (Repeat | undefined)[] {
  let repeats = cache.get(document);
  if (!repeats) {
    repeats = document.inputKind === 'text' ? findRepeats(document.blocks) : [];
    cache.set(document, repeats);
  }
  return repeats;
}

function findRepeats(blocks: readonly Block[]): (Repeat | undefined)[] {
  const firsts = new FirstOccurrences((i) => sameTextKey(blocks[i]!));
  const totalWords = blocks.reduce((n, b) => n + b.features.words, 0);
  const seen = totalWords <= MAX_CONTAINMENT_WORDS ? new Set<number>() : undefined;
  return blocks.map((block, i) => {
    let repeat: Repeat | undefined;
    const first = firsts.first(i);
    if (first !== i && block.features.words >= MIN_SAME_WORDS) repeat = { kind: 'same', of: first };
    if (seen) {
      const shingles = shinglesOf(lowerWords(block));
      if (!repeat && block.features.words >= MIN_CONTAINED_WORDS && shareSeen(shingles, seen) >= CONTAINED_SHARE) repeat = { kind: 'contained' };
      for (const s of shingles) seen.add(s);
    }
    return repeat;
  });
}

/** What two blocks that say the same thing have in common: their text, lower-cased, spaces evened out. */
function sameTextKey(block: Block): string {
  return block.text.toLowerCase().replace(/\s+/g, ' ');
}

function lowerWords(block: Block): string[] {
  return wordsOf(block.text).map((w) => w.toLowerCase());
}

/** Runs of SHINGLE words, each hashed to a number (FNV-1a) so that a page's worth stays small. */
function shinglesOf(words: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    let hash = 0x811c9dc5;
    for (let k = i; k < i + SHINGLE; k++) {
      const w = words[k]!;
      for (let c = 0; c < w.length; c++) hash = Math.imul(hash ^ w.charCodeAt(c), 0x01000193);
      hash = Math.imul(hash ^ 0x20, 0x01000193);
    }
    out.push(hash >>> 0);
  }
  return out;
}

function shareSeen(shingles: readonly number[], seen: ReadonlySet<number>): number {
  if (shingles.length === 0) return 0;
  let hits = 0;
  for (const s of shingles) if (seen.has(s)) hits++;
  return hits / shingles.length;
}

/** Whether a block's word runs nearly all stand in the given (kept) blocks. */
export function isContainedIn(block: Block, kept: readonly Block[]): boolean {
  const seen = new Set<number>();
  for (const k of kept) for (const s of shinglesOf(lowerWords(k))) seen.add(s);
  return shareSeen(shinglesOf(lowerWords(block)), seen) >= CONTAINED_SHARE;
}
