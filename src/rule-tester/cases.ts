/** The cases a `RuleTester` runs: inputs a rule must leave alone, and inputs with what it must remove. */

/** Where a case's input comes from: a text dump (plain, laid out or Markdown) or an HTML page. */
export type CaseInput = { text: string; html?: never } | { html: string; text?: never };

interface CaseSettings {
  /** What the test is called; by default the input's first words. */
  name?: string;
  /** Option values for the rule, as a config file sets them. */
  options?: { readonly [option: string]: unknown };
  /** ISO 639-1 code of the input's language; detected as the command does when not given. */
  lang?: string;
  /** Run only this case (the test framework's `it.only`). */
  only?: boolean;
}

/** An input of which the rule must remove nothing. A string is a text dump. */
export type ValidCase = string | (CaseInput & CaseSettings);

/** One thing the rule must remove. */
export interface ExpectedRemoval {
  /** The removed block's or line's text (surrounding and repeated white space aside), or a pattern it matches. */
  text: string | RegExp;
  /** The rule id it is reported under; by default the tested rule's, or a part of it ("prose/after-article" for prose). */
  rule?: string;
  /** The category it is reported under. */
  category?: string;
  /** The reason given for it: the whole reason, or a pattern it matches. */
  reason?: string | RegExp;
}

/** An input and everything the rule must remove from it, in the order it stands; nothing else may go. */
export type InvalidCase = CaseInput & CaseSettings & { removed: readonly ExpectedRemoval[] };

export interface RuleTestCases {
  valid?: readonly ValidCase[];
  invalid?: readonly InvalidCase[];
}
