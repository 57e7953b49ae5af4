/**
 * The data model shared by every stage: a parsed input is a `Document` of `Block`s,
 * rules return `Finding`s, and the pipeline turns them into `Removal`s.
 */

/** What a block looks like structurally. Text dumps only know `paragraph`; HTML knows more. */
export type BlockKind = 'paragraph' | 'heading' | 'list-item';

/** One line of a block, with its character offsets in the (decoded) input. */
export interface Line {
  /**
   * The line's text. In a hard-wrapped or Markdown dump a line is a logical one: the
   * physical lines a wrapper broke it into, joined, without layout or Markdown syntax;
   * `start` and `end` then span those physical lines in the input.
   */
  text: string;
  start: number;
  end: number;
  /** Text dumps laid out or written in Markdown: what the line is (a heading, a list item, ...). */
  syntax?: LineSyntax;
  /**
   * A line of code (in HTML's <pre>, a Markdown fence): the columns of white space before
   * its text, which the output puts back. `text` stays trimmed, as rules read it.
   */
  codeIndent?: number;
}

export type { LineSyntax } from './parse/dump/markdown-syntax.js';
import type { LineSyntax } from './parse/dump/markdown-syntax.js';

/** Numbers rules and the context pass use to judge a block without re-reading it. */
export interface BlockFeatures {
  /** Word count (runs of letters or digits). */
  words: number;
  /** Share of words that are stop words of the document's language (0..1). */
  stopWordRatio: number;
  /** Share of words that start with a capital letter (0..1); menus and headlines are high. */
  capitalisedRatio: number;
  /** Number of sentence ends (. ! ? … and their CJK forms) inside the block. */
  sentenceEnds: number;
  /** Whether the last character (ignoring quotes and brackets) ends a sentence. */
  endsWithSentence: boolean;
  /** Share of the block's characters inside links (HTML only; 0 for text dumps). */
  linkDensity: number;
}

/** A paragraph, heading or list item; in a text dump, a run of lines between blank lines. */
export interface Block {
  index: number;
  kind: BlockKind;
  /** The block's lines joined by "\n". */
  text: string;
  lines: Line[];
  start: number;
  end: number;
  features: BlockFeatures;
  /** HTML only: heading level 1..6. */
  headingLevel?: number;
  /** HTML only: the tag/class path of the block's element, e.g. "body>div.article>p". */
  path?: string;
}

export interface Document {
  /**
   * The text the offsets refer to: the decoded input for text dumps; for HTML, the page's
   * text as unboil renders it (blocks separated by blank lines, as --explain shows it).
   */
  source: string;
  inputKind: 'text' | 'html';
  /** Text dumps: one block a line, laid out and hard-wrapped (text browsers, converters), or Markdown. */
  format?: 'lines' | 'wrapped' | 'markdown';
  blocks: Block[];
  /** ISO 639-1 code of the document's language, where known. */
  lang?: string;
  /** HTML only: what the markup says about the article. */
  meta?: MarkupMetadata;
  /** HTML only: per block, its block-level ancestor elements (innermost first), as identity keys. */
  ancestors?: readonly (readonly object[])[];
  /** HTML only: elements the markup marks as an article body (itemprop=articleBody, class "entry-content", ...). */
  contentRoots?: ReadonlySet<object>;
  /** HTML only: per block-level element, the first and last index of the blocks it holds. */
  elementRanges?: ReadonlyMap<object, readonly [first: number, last: number]>;
  /** HTML only: the elements judged to hold the article (the best-scoring one and siblings joined to it). */
  articleRoot?: readonly object[];
  /** HTML only: blocks inside subtrees a rule's selectors or class words claimed, by block index. */
  claimed?: Map<number, { rule: string; category: Category; reason: string }>;
}

/** Article metadata given by a page's markup (meta tags, JSON-LD, <html lang>). */
export interface MarkupMetadata {
  title?: string;
  byline?: string;
  published?: string;
  site?: string;
  lang?: string;
  url?: string;
  /** Every value the markup offers, by source, for choosing among them against the visible page. */
  hints?: MarkupHints;
}

export interface MarkupHints {
  /** The <title> element's text. */
  pageTitle?: string;
  /** og:title, or else JSON-LD's headline, without the site's name. */
  headline?: string;
  /** Dates as written: `ld:published`, `ld:modified`, `meta:published`, `meta:modified`, `time` (the first <time datetime>), `meta:dated` and `meta:updated` (other tags named for a date; see parse/html/markup-dates.ts), `url` (a date in the page's address). */
  dates: { source: string; value: string }[];
  /** Authors: `ld` (JSON-LD), `meta` (<meta name=author>), `rel` (the first rel=author element's text). */
  authors: { source: string; value: string }[];
  /** What the page says it is, for the block model (a product page's or a thread's main content is not an article's). */
  kind?: PageKind;
}

export interface PageKind {
  /** The schema.org types its JSON-LD and microdata name (`NewsArticle`, `Product`, `DiscussionForumPosting`). */
  types: string[];
  /** og:type, lower-cased (`article`, `website`, `product`). */
  ogType?: string;
  /** How many <article> elements it holds. */
  articles: number;
}

/**
 * The categories of the built-in rules (`prose`: what the context pass removes), offered by
 * editors; nothing in the pipeline reads this list (test/rules/categories.test.ts keeps it
 * in step with the rules).
 */
export type BuiltInCategory =
  | 'newsletter'
  | 'donation'
  | 'comments'
  | 'notification'
  | 'share'
  | 'related'
  | 'navigation'
  | 'cookie'
  | 'legal'
  | 'ads'
  | 'paywall'
  | 'metadata'
  | 'template'
  | 'prose';

/**
 * A rule's category: a built-in one, or a custom rule's own ("promo", "live-blog").
 * The `string & {}` keeps the built-in names offered by editors.
 */
export type Category = BuiltInCategory | (string & {});

/** What a rule says about a block: remove the whole block, or only one of its lines. */
export interface Finding {
  /** Index into `block.lines`; absent means the whole block. */
  line?: number;
  /** Short human reason, shown by --explain. */
  reason: string;
}

/** Read-only view of the document around the block being classified. */
export interface RuleContext<O extends RuleOptionValues = RuleOptionValues> {
  document: Document;
  /** Index of the block being classified. */
  index: number;
  /** The block `offset` places away (negative: before), or undefined past either end. */
  neighbour(offset: number): Block | undefined;
  /** The category that removed the whole block `offset` places away in an earlier pass, if any. */
  removedCategory(offset: number): Category | undefined;
  /** The rule's options: each one it declares, as configured or else its default. */
  options: Readonly<O>;
}

/** What an option may hold. Its type is the type of its default. */
export type RuleOptionValue = string | number | boolean | readonly string[];

/** Option values by option name. */
export type RuleOptionValues = { readonly [name: string]: RuleOptionValue };

/** One option a rule declares: its default (which fixes its type) and what it does. */
export interface RuleOptionSpec<V extends RuleOptionValue = RuleOptionValue> {
  default: V;
  description: string;
}

/** The options a rule declares, by name. */
export type RuleOptionSchema<O extends RuleOptionValues = RuleOptionValues> = { readonly [K in keyof O]: RuleOptionSpec<O[K]> };

/**
 * Where a rule runs. `widget` rules remove what they name (their line patterns and
 * `classify` run block by block, in a few passes, after HTML claims by selector and class
 * word); the `content` rule stands for the context pass, which keeps the main run of
 * prose and removes what stands around it (it has no patterns of its own).
 */
export type RulePass = 'widget' | 'content';

/** What the pipeline, the command line and the documentation know about a rule. */
export interface RuleMeta<O extends RuleOptionValues = RuleOptionValues> {
  /** Lower-case words joined by hyphens ("house-promo"); what --enable and --disable take. */
  id: string;
  /** What its removals are reported as; rules may share one. */
  category: Category;
  description: string;
  /** URL of the rule's documentation page (for built-in rules, docs/rules/<id>.md in the package). */
  docs?: string;
  /** Whether the rule runs unless the user switches it off. */
  defaultOn: boolean;
  /** Settings a user may change in the config file; `classify` reads them as `context.options`. */
  options?: RuleOptionSchema<O>;
  /**
   * Whether what it removes is a widget after which the article is over (related stories,
   * comments, share bars, ...): the article's run stops at it, even inside the article's element.
   */
  endsArticle?: boolean;
  /**
   * Whether its widget is a list of links under a short header (related stories, share
   * buttons, a menu): in HTML, the rest of such a list goes with its header.
   */
  listsLinks?: boolean;
  /**
   * Whether its widget opens a thread of readers' posts (a comment section): once it
   * follows the article, what comes after it is the thread, not the article, and the
   * recall guard counts the thread's prose as neither lost nor the article's.
   */
  opensThread?: boolean;
  /** The pass it runs in; `widget` when not given. */
  pass?: RulePass;
  /**
   * The block model's odds (0 to 1) at which a block this rule removed whole comes back:
   * for a rule whose widgets are the content of some kinds of page (a forum's posts are
   * marked up as comments). Not given: what it removes stays removed.
   */
  modelRestoresAt?: number;
}

/**
 * The learned template of every group: plain data (line keys by group), so that a run can
 * hand it to its worker threads.
 */
export interface TemplateModel {
  readonly groups: { readonly [group: string]: { readonly documents: number; readonly keys: readonly number[] } };
}

/** What a rule that reads the corpus's learned template is given for one document. */
export interface LearnedTemplate {
  model: TemplateModel;
  /** The site or folder the document belongs to. */
  group: string;
}

/**
 * A rule module: its `meta`, its phrases as data, and a small function for what data
 * cannot say. `linePatterns` remove any line whose whole trimmed text matches; `classify`
 * handles what needs wording and surroundings together.
 */
export interface Rule<O extends RuleOptionValues = RuleOptionValues> {
  meta: RuleMeta<O>;
  /** A line whose entire trimmed text matches one of these is removed. Write them anchored (^...$). */
  linePatterns?: RegExp[];
  /** HTML: CSS selectors whose subtrees belong to this category. */
  selectors?: string[];
  /** HTML: words that, found in a class or id, mark a subtree as this category. */
  classWords?: string[];
  /**
   * Judges one block. It must depend only on the block and the context: the pipeline runs
   * each rule over all the blocks of a document in turn, in an order it may change, and a
   * rule that kept state between calls would give different answers.
   */
  classify?(block: Block, context: RuleContext<O>): Finding | Finding[] | null | undefined;
  /** Rules that read a template learned from the corpus: the rule to run on one document of the template's group. */
  withTemplate?(template: LearnedTemplate): Rule<O>;
}

/** One thing the pipeline removed, as reported in JSON output and --explain. */
export interface Removal {
  rule: string;
  category: Category;
  reason: string;
  text: string;
  start: number;
  end: number;
}

/** Set when the recall guard stepped in: the rules would have removed too much of the prose. */
export interface RecallGuard {
  /** Share of the document's prose words the rules and the context pass would have removed (0..1). */
  removedShare: number;
  /** Blocks of the main run of prose that were kept in spite of their verdicts. */
  restoredBlocks: number;
  reason: string;
}

/** Why a result is doubtful: it is empty, the recall guard stepped in, or it kept almost nothing of a long page. */
export interface ResultWarning {
  code: 'no-article' | 'little-kept' | 'unsure' | 'recall-guard';
  /** One line for a person, such as "no article found: all 41 blocks were removed, most as navigation (80%)". */
  message: string;
}

export interface CleanResult {
  title: string | null;
  byline: string | null;
  published: string | null;
  site: string | null;
  lang: string | null;
  /** The page's canonical URL, from an HTML page's markup; null when none is given (always for text). */
  url: string | null;
  paragraphs: string[];
  /** Paragraphs joined by blank lines (no title). */
  text: string;
  removed: Removal[];
  removedCategories: Category[];
  /** The recall guard's note when it kept blocks the rules would have removed; null otherwise. */
  guard: RecallGuard | null;
  /** What makes the result doubtful, if anything: empty when it looks like a whole article. */
  warnings: ResultWarning[];
}
