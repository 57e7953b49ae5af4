/**
 * The built-in rules with the phrases of the chosen site and CMS packs. A rule that a pack
 * adds phrases to is built from a phrase book (phrases/phrase-book.ts); switching packs
 * builds it again from the book of those packs, once per rule and set of packs, so that
 * its lists, and the pattern unions and caches made of them, keep their identity over a
 * run. With the default packs the rules are the built-in ones themselves.
 */
import type { Rule } from '../types.js';
import { builtInRules } from './index.js';
import { phraseBook, type PhraseBook } from './phrases/phrase-book.js';
import type { PackSelection } from './phrases/pack-selection.js';
import { buildComments } from './comments.js';
import { buildShare } from './share.js';
import { buildRelated } from './related.js';
import { buildNavigation } from './navigation.js';
import { buildMetadata } from './metadata.js';

/** How each rule that packs add phrases to is built from a book, by rule id. */
const BUILDERS: ReadonlyMap<string, (book: PhraseBook) => Rule> = new Map([
  ['comments', buildComments],
  ['share', buildShare],
  ['related', buildRelated],
  ['navigation', buildNavigation],
  ['metadata', buildMetadata],
]);

/** The ids of the rules that are built again when packs are switched (a pack may add phrases to these only). */
export const PACK_AWARE_RULES: readonly string[] = [...BUILDERS.keys()];

const BUILT_IN = new Map(builtInRules.map((rule) => [rule.meta.id, rule]));

const rebuilt = new WeakMap<Rule, Map<PhraseBook, Rule>>();

/** The rules with the packs of `selection`; rules that are not built-in ones, or read no pack, stay as they are. */
export function withPacks(rules: readonly Rule[], selection: PackSelection = {}): readonly Rule[] {
  const book = phraseBook(selection);
  if (book === phraseBook()) return rules;
  return rules.map((rule) => withBook(rule, book));
}

function withBook(rule: Rule, book: PhraseBook): Rule {
  const build = BUILDERS.get(rule.meta.id);
  const builtIn = BUILT_IN.get(rule.meta.id);
  // A built-in rule or a copy of one with its options configured (options.ts keeps its functions).
  if (!build || !builtIn || rule.classify !== builtIn.classify) return rule;
  let byBook = rebuilt.get(rule);
  if (!byBook) {
    byBook = new Map();
    rebuilt.set(rule, byBook);
  }
  let result = byBook.get(book);
  if (!result) {
    // The configured meta (options) stays; the lists and the tests made of them are the book's.
    result = { ...build(book), meta: rule.meta };
    byBook.set(book, result);
  }
  return result;
}
