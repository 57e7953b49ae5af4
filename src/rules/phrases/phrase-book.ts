/**
 * The phrase lists the rules read: for a rule id and a list name, the list of every
 * language source and every enabled pack joined, in the fixed order of ./index.ts. Each
 * list is built once per book and books are kept per set of packs, so a list keeps its
 * identity: pattern unions are cached per list (src/text/pattern-union.ts).
 */
import { LANGUAGE_SOURCES, PHRASE_PACKS } from './index.js';
import type { PhraseSet } from './phrase-set.js';
import { selectedPackIds, type PackSelection } from './pack-selection.js';

export class PhraseBook {
  private readonly lists = new Map<string, readonly (RegExp | string)[]>();
  private readonly sources: readonly PhraseSet[];

  constructor(readonly packIds: readonly string[]) {
    const packs = PHRASE_PACKS.filter((p) => packIds.includes(p.meta.id)).map((p) => p.phrases);
    this.sources = [...LANGUAGE_SOURCES.map((s) => s.phrases), ...packs];
  }

  /** The pattern list `name` of rule `ruleId`, from every source of the book. */
  list(ruleId: string, name: string): RegExp[] {
    return this.joined(ruleId, name, 'patterns') as RegExp[];
  }

  /** The word list `name` of rule `ruleId`, from every source of the book. */
  words(ruleId: string, name: string): string[] {
    return this.joined(ruleId, name, 'words') as string[];
  }

  /** The lists asked of this book so far, as "rule/list". */
  askedLists(): string[] {
    return [...this.lists.keys()].map((key) => key.replace('\u0000', '/'));
  }

  private joined(ruleId: string, name: string, kind: 'patterns' | 'words'): readonly (RegExp | string)[] {
    const key = `${ruleId}\u0000${name}`;
    let list = this.lists.get(key);
    if (!list) {
      list = Object.freeze(this.sources.flatMap((s): readonly (RegExp | string)[] => s[ruleId]?.[name] ?? []));
      this.lists.set(key, list);
    }
    const wrong = list.find((item) => (kind === 'patterns') !== item instanceof RegExp);
    if (wrong !== undefined) throw new Error(`phrase list '${ruleId}/${name}' holds ${kind === 'patterns' ? 'words' : 'patterns'}, not ${kind} (${String(wrong)})`);
    return list;
  }
}

const books = new Map<string, PhraseBook>();

/** The book of the selected packs (all packs on by default without a selection). */
export function phraseBook(selection: PackSelection = {}): PhraseBook {
  const ids = selectedPackIds(selection);
  const key = ids.join(',');
  let book = books.get(key);
  if (!book) {
    book = new PhraseBook(ids);
    books.set(key, book);
  }
  return book;
}

/** The packs that add patterns to a list. */
export function packsFeeding(ruleId: string, name: string): string[] {
  return PHRASE_PACKS.filter((p) => (p.phrases[ruleId]?.[name]?.length ?? 0) > 0).map((p) => p.meta.id);
}

/**
 * A list no pack adds to, read once when a rule's module loads. A list that a pack feeds
 * changes with the packs switched on, so its rule must read it from the book it is built
 * with (src/rules/pack-rules.ts); asking for it here is a mistake, caught at load.
 */
export function phrases(ruleId: string, name: string): RegExp[] {
  refusePackFed(ruleId, name);
  return phraseBook().list(ruleId, name);
}

/** A word list no pack adds to, read once when a rule's module loads (as `phrases`). */
export function words(ruleId: string, name: string): string[] {
  refusePackFed(ruleId, name);
  return phraseBook().words(ruleId, name);
}

function refusePackFed(ruleId: string, name: string): void {
  const packs = packsFeeding(ruleId, name);
  if (packs.length > 0) {
    throw new Error(`phrase list '${ruleId}/${name}' takes phrases from packs (${packs.join(', ')}): the rule must read it from its phrase book`);
  }
}
