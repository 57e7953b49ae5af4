/**
 * The shape of phrase data: what the built-in rules recognise, as lists of patterns by
 * rule id and list name ("newsletter" → "lines"). A language module, the language-neutral
 * module and every site or CMS pack export one `PhraseSet`; a rule asks for a list by name
 * and gets the lists of all enabled sources joined (phrase-book.ts).
 */

/** Patterns of one list; regular expression literals are the data. */
export type PhraseList = readonly RegExp[];

/**
 * Words or short phrases of one list, for a rule that looks them up in a set (section
 * names of menus, month names) or joins them into one pattern (footer link names, as
 * pattern sources). The list's comment in the data says which.
 */
export type WordList = readonly string[];

/**
 * Lists by rule id, then by list name; `voice` holds the words the rules' support shares
 * (the reader addressed, the publisher's "we", reported speech: rules/support/). A source
 * leaves out the lists it adds nothing to.
 */
export interface PhraseSet {
  readonly [ruleId: string]: { readonly [listName: string]: PhraseList | WordList };
}

/** A language's phrases, or those of no language (symbols, numbers, shapes). */
export interface PhraseSource {
  /** ISO 639-1 code, or a name for a source of no one language ("common", "multilingual"). */
  readonly id: string;
  readonly phrases: PhraseSet;
}

/** What `unboil rules` shows of a pack and the switches name it by. */
export interface PackMeta {
  /** Lower-case words joined by hyphens, what --pack and --no-pack take. */
  readonly id: string;
  readonly description: string;
  readonly defaultOn: boolean;
}

/** The sentences of one site or CMS: apply to every page unless switched off. */
export interface PhrasePack {
  readonly meta: PackMeta;
  readonly phrases: PhraseSet;
  /**
   * Lines the pack's phrases remove, by rule id: at least one for each of its patterns.
   * The tests check that each goes with the pack on and stays with it off.
   */
  readonly examples: { readonly [ruleId: string]: readonly string[] };
}
