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
  private readonly lists = new Map<string, RegExp[]>();
  private readonly sources: readonly PhraseSet[];

  constructor(readonly packIds: readonly string[]) {
    const packs = PHRASE_PACKS.filter((p) => packIds.includes(p.meta.id)).map((p) => p.phrases);
    this.sources = [...LANGUAGE_SOURCES.map((s) => s.phrases), ...packs];
  }

  /** The list `name` of rule `ruleId`, from every source of the book. */
  list(ruleId: string, name: string): RegExp[] {
    const key = `${ruleId}\u0000${name}`;
    let list = this.lists.get(key);
    if (!list) {
      list = Object.freeze(this.sources.flatMap((s) => s[ruleId]?.[name] ?? [])) as RegExp[];
      this.lists.set(key, list);
    }
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
  const packs = packsFeeding(ruleId, name);
  if (packs.length > 0) {
    throw new Error(`phrase list '${ruleId}/${name}' takes patterns from packs (${packs.join(', ')}): the rule must read it from its phrase book`);
  }
  return phraseBook().list(ruleId, name);
}
