/**
 * Phrase data (src/rules/phrases/): every list a language module or pack gives is one a
 * rule reads (a misspelt list name would be left out silently), lists hold one kind of
 * item, and no pattern is written twice, in two languages or in a language and a pack.
 */
import { describe, expect, it } from 'vitest';
import { builtInRules } from '../../src/index.js';
import { LANGUAGE_SOURCES, PHRASE_PACKS } from '../../src/rules/phrases/index.js';
import { phraseBook } from '../../src/rules/phrases/phrase-book.js';
import type { PhraseSet } from '../../src/rules/phrases/phrase-set.js';

const SOURCES: { id: string; phrases: PhraseSet }[] = [...LANGUAGE_SOURCES, ...PHRASE_PACKS.map((p) => ({ id: `pack ${p.meta.id}`, phrases: p.phrases }))];

/** Every list of a source, as "rule/list" with its items. */
function listsOf(phrases: PhraseSet): [string, readonly (RegExp | string)[]][] {
  return Object.entries(phrases).flatMap(([ruleId, lists]) => Object.entries(lists).map(([name, list]): [string, readonly (RegExp | string)[]] => [`${ruleId}/${name}`, list]));
}

describe('phrase data', () => {
  it('gives only lists the rules read, of built-in rules or their shared voice', () => {
    // The rules are loaded (imported above): they have asked the default book for every list they read.
    const asked = new Set(phraseBook().askedLists());
    // "voice": the words every rule's support shares (who speaks, to whom, reported speech).
    const ids = new Set([...builtInRules.map((r) => r.meta.id), 'voice']);
    for (const source of SOURCES) {
      for (const [key] of listsOf(source.phrases)) {
        expect(ids.has(key.split('/')[0]!), `${source.id}: ${key}`).toBe(true);
        expect(asked.has(key), `${source.id}: ${key} is read by no rule`).toBe(true);
      }
    }
  });

  it('holds patterns or words in a list, never both, the same kind in every source', () => {
    const kinds = new Map<string, string>();
    for (const source of SOURCES) {
      for (const [key, list] of listsOf(source.phrases)) {
        const kind = new Set(list.map((item) => (item instanceof RegExp ? 'patterns' : typeof item === 'string' ? 'words' : 'other')));
        expect(kind.size, `${source.id}: ${key}`).toBe(1);
        const [only] = kind;
        expect(only).not.toBe('other');
        expect(kinds.get(key) ?? only, `${source.id}: ${key}`).toBe(only);
        kinds.set(key, only!);
      }
    }
  });

  it('writes no pattern twice in one list, across languages and packs, and no word twice in a language', () => {
    const seen = new Map<string, string>();
    for (const source of SOURCES) {
      for (const [key, list] of listsOf(source.phrases)) {
        for (const item of list) {
          // A word may belong to two languages ("sport", "culture"); a pattern is written once.
          const id = item instanceof RegExp ? `${key} ${String(item)}` : `${source.id} ${key} ${item}`;
          expect(seen.get(id), `${source.id} repeats ${id}`).toBeUndefined();
          seen.set(id, source.id);
        }
      }
    }
  });

  it('joins the sources in their fixed order, the packs last', () => {
    const book = phraseBook();
    const expected = [...LANGUAGE_SOURCES.map((s) => s.phrases), ...PHRASE_PACKS.map((p) => p.phrases)].flatMap((s) => (s.comments?.lines ?? []) as readonly RegExp[]);
    expect(book.list('comments', 'lines')).toEqual(expected);
    // The same list object every time: pattern unions are cached per list.
    expect(book.list('comments', 'lines')).toBe(book.list('comments', 'lines'));
    expect(() => book.words('comments', 'lines')).toThrow(/holds patterns, not words/);
  });
});
