/**
 * The data model shared by every stage: a parsed input is a `Document` of `Block`s,
 * rules return `Finding`s, and the pipeline turns them into `Removal`s.
 */

/** What a block looks like structurally. Text dumps only know `paragraph`; HTML knows more. */
export type BlockKind = 'paragraph' | 'heading' | 'list-item';

/** One line of a block, with its character offsets in the (decoded) input. */
export interface Line {
  text: string;
  start: number;
  end: number;
}

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
}

export type Category =
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
  | 'context';

/** What a rule says about a block: remove the whole block, or only one of its lines. */
export interface Finding {
  /** Index into `block.lines`; absent means the whole block. */
  line?: number;
  /** Short human reason, shown by --explain. */
  reason: string;
}

/** Read-only view of the document around the block being classified. */
export interface RuleContext {
  document: Document;
  /** Index of the block being classified. */
  index: number;
  /** The block `offset` places away (negative: before), or undefined past either end. */
  neighbour(offset: number): Block | undefined;
  /** The category that removed the whole block `offset` places away in an earlier pass, if any. */
  removedCategory(offset: number): Category | undefined;
}

/**
 * A rule module: data plus a small function, one category of boilerplate each.
 * `linePatterns` remove any line whose whole trimmed text matches; `classify` handles
 * what needs wording and surroundings together.
 */
export interface Rule {
  id: string;
  category: Category;
  description: string;
  /** Whether the rule runs unless the user switches it off. */
  defaultOn: boolean;
  /** A line whose entire trimmed text matches one of these is removed. Write them anchored (^...$). */
  linePatterns?: RegExp[];
  /** HTML: CSS selectors whose subtrees belong to this category. */
  selectors?: string[];
  /** HTML: words that, found in a class or id, mark a subtree as this category. */
  classWords?: string[];
  classify?(block: Block, context: RuleContext): Finding | Finding[] | null | undefined;
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

export interface CleanResult {
  title: string | null;
  byline: string | null;
  published: string | null;
  site: string | null;
  lang: string | null;
  /** HTML only: the page's canonical URL. */
  url?: string | null;
  paragraphs: string[];
  /** Paragraphs joined by blank lines (no title). */
  text: string;
  removed: Removal[];
  removedCategories: Category[];
}
