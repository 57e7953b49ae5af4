/**
 * Learning a site's template from many of its pages: the menus, footers and sign-up boxes
 * a site puts on every page are lines that stand in many of its documents, while an
 * article's sentences stand in one (or, quoted or syndicated, in two or three). A line is
 * template when it stands in at least MIN_DOCUMENTS documents of its group and in at least
 * MIN_SHARE of them. Groups are the caller's: one site, or one folder of a corpus.
 */
import type { TemplateModel } from '../types.js';
import { wordsOf } from '../text/words.js';
import { dumpLines } from '../parse/dump/dump-lines.js';

/** A line must stand in this many documents of its group... */
export const MIN_DOCUMENTS = 3;
/** ...and in this share of them. */
export const MIN_SHARE = 0.2;
/** Groups smaller than this teach nothing: three pages of a site are not a template. */
export const MIN_GROUP = 5;
/** Lines tracked per group before those seen only once are forgotten. */
const MAX_TRACKED_LINES = 200_000;
/** A line this long is a paragraph: a site does not repeat paragraphs on every page. */
const MAX_TEMPLATE_WORDS = 60;


/** Collects documents group by group; `model()` gives the template learned so far. */
export type { TemplateModel };

export class TemplateLearner {
  private readonly counts = new Map<string, { documents: number; lines: Map<number, number> }>();

  /** Adds one document's text to its group. */
  add(group: string, text: string): void {
    this.addKeys(group, documentKeys(text));
  }

  /**
   * Adds one document to its group by its `documentKeys`: a corpus run works them out on
   * its threads and adds them here in the order of its files, so that the model is the same
   * with any number of threads.
   */
  addKeys(group: string, keys: ArrayLike<number>): void {
    let entry = this.counts.get(group);
    if (!entry) {
      entry = { documents: 0, lines: new Map() };
      this.counts.set(group, entry);
    }
    entry.documents++;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      entry.lines.set(key, (entry.lines.get(key) ?? 0) + 1);
    }
    // A large corpus has millions of lines that stand once: forget them now and then, so
    // that memory follows the template, not the corpus. A template line stands too often to go.
    if (entry.lines.size > MAX_TRACKED_LINES) for (const [key, n] of entry.lines) if (n < 2) entry.lines.delete(key);
  }

  model(): TemplateModel {
    const groups: Record<string, { documents: number; keys: number[] }> = {};
    for (const [group, { documents, lines }] of this.counts) {
      const keys: number[] = [];
      if (documents >= MIN_GROUP) {
        const needed = Math.max(MIN_DOCUMENTS, Math.ceil(MIN_SHARE * documents));
        for (const [key, n] of lines) if (n >= needed) keys.push(key);
      }
      groups[group] = { documents, keys };
    }
    return { groups };
  }
}

const keySets = new WeakMap<readonly number[], Set<number>>();

/** Whether the line (as it stands in a document of the group) is part of the group's template. */
export function isTemplateLine(model: TemplateModel, group: string, line: string): boolean {
  const keys = model.groups[group]?.keys;
  if (!keys || keys.length === 0) return false;
  let set = keySets.get(keys);
  if (!set) {
    set = new Set(keys);
    keySets.set(keys, set);
  }
  const key = lineKey(line);
  return key !== undefined && set.has(key);
}

/**
 * The keys of a document's lines (see `lineKey`), each once, in a buffer a thread can hand
 * over without copying. The lines are the parser's: a hard-wrapped footer is one line, as
 * the template rule will meet it.
 */
export function documentKeys(text: string): Float64Array {
  const seen = new Set<number>();
  for (const line of dumpLines(text)) {
    const key = lineKey(line);
    if (key !== undefined) seen.add(key);
  }
  return Float64Array.from(seen);
}

/**
 * A line's identity across documents: its words, lower-cased, hashed to a 53-bit number
 * (two 32-bit FNV-1a hashes) so that a corpus's worth of lines stays small. Lines without
 * words and paragraph-long lines have none.
 */
export function lineKey(line: string): number | undefined {
  const words = wordsOf(line).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0 || words.length > MAX_TEMPLATE_WORDS) return undefined;
  const text = words.join(' ').toLowerCase();
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}
