/**
 * The block model's features: one row of numbers per block, computed from the picture the
 * rules and the context pass leave behind (the document, every block's verdicts, the title
 * and where the body starts). Training (scripts/train-block-model.mjs) and the shipped
 * decision (decide.ts) both call `blockFeatures`, so the model is always judged on exactly
 * the numbers it learned from.
 *
 * Three kinds of feature: the block's own (length, stop words, sentence ends, links, kind,
 * markup path), what the rules said (the category that removed it, which part of the
 * context pass, the HTML article root), and its surroundings (neighbours, the densest run
 * of prose, how much of the page stands before it, repeats).
 */
import type { Block, Document, RecallGuard } from '../../types.js';
import { type BlockVerdict, emptyVerdicts, isFullyRemoved } from '../../classify/verdicts.js';
import { isProse, isShortSentence, stopWordsAreInformative } from '../../classify/prose.js';
import { findMainRun } from '../../classify/context-pass.js';
import { isInsideAny } from '../../classify/container.js';
import { wordsOf } from '../../text/words.js';
import { PAGE_KIND_FEATURES, pageKindFeatures } from './page-kind.js';
import { memoizeByText } from '../../text/memo.js';
import { FirstOccurrences } from '../../text/first-occurrences.js';
import { modelCategories } from '../../rules/pipeline-meta.js';

/** What the pipeline knows when the model decides: the verdicts after the context pass and the recall guard. */
export interface DecisionState {
  document: Document;
  verdicts: readonly BlockVerdict[];
  titleBlock: number | undefined;
  /** First block of the body the context pass found (-1: none). */
  bodyStart: number;
  guard: RecallGuard | null | undefined;
}

/** The context pass's reasons (rule ids after `prose/`). */
const PROSE_REASONS = ['before-article', 'after-article', 'outside-article', 'outside-container', 'no-words', 'repeat', 'after-comments', 'header'] as const;
/** The innermost element of an HTML block, by tag. */
const TAGS = ['p', 'li', 'div', 'span', 'a', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'blockquote', 'pre', 'dd', 'dt', 'address', 'label', 'button'] as const;
/** Elements anywhere on the block's path. */
const PATH_TAGS = ['nav', 'header', 'footer', 'aside', 'form', 'main', 'article', 'section', 'table', 'ul', 'ol', 'figure'] as const;
/** Words in the class or id of an element on the block's path. */
const PATH_WORDS = ['nav', 'menu', 'footer', 'header', 'sidebar', 'comment', 'related', 'share', 'social', 'widget', 'promo', 'ad', 'breadcrumb', 'content', 'article', 'body', 'post', 'entry', 'text', 'story', 'main', 'product', 'review', 'price', 'description', 'card', 'title', 'meta', 'author', 'caption'] as const;
const SYNTAX = ['heading', 'item', 'quote', 'code', 'table-row'] as const;
/** Neighbours described, by offset. */
const OFFSETS = [-3, -2, -1, 1, 2, 3] as const;
/** Windows (blocks either side) over which kept and prose words are shared out. */
const WINDOWS = [3, 10] as const;

const OWN = [
  'words_log', 'chars_per_word', 'stop_ratio', 'cap_ratio', 'sentence_ends', 'sentence_ends_per_word', 'ends_sentence', 'link_density',
  'number_share', 'lines', 'words_per_line', 'max_line_words', 'prose', 'short_sentence', 'kind_heading', 'kind_list_item', 'heading_level',
  'item_line_share', 'ends_colon', 'has_pipe', 'has_copyright', 'path_depth', 'path_class_count',
] as const;
const VERDICT = ['kept_by_rules', 'removed_by_rule', 'removed_by_prose', 'claimed', 'custom_category', 'line_removed_share', 'prose_other'] as const;
const PLACE = [
  'position', 'words_before_share', 'blocks_after_log', 'is_title', 'after_title', 'title_offset', 'body_offset', 'after_body', 'in_root', 'root_known',
  'run_inside', 'run_offset', 'run_words_offset_log', 'nearest_kept_before', 'nearest_kept_after', 'repeat_count', 'repeat_first', 'repeat_kept_before',
] as const;
const DOC = ['doc_html', 'doc_lines', 'doc_wrapped', 'doc_markdown', 'doc_blocks_log', 'doc_words_log', 'doc_kept_share', 'doc_kept_blocks_log', 'doc_guard', 'doc_stop_words', 'doc_run_share'] as const;
const NEIGHBOUR = ['exists', 'words_log', 'prose', 'kept', 'by_rule', 'by_prose', 'link_density', 'heading', 'list_item', 'same_path'] as const;

/** Every feature's name, in the order of a row's columns. */
export const FEATURE_NAMES: readonly string[] = [
  ...OWN,
  ...TAGS.map((t) => `tag_${t}`),
  ...PATH_TAGS.map((t) => `in_${t}`),
  ...PATH_WORDS.map((w) => `class_${w}`),
  ...SYNTAX.map((s) => `syntax_${s}`),
  ...VERDICT,
  ...modelCategories.map((c) => `cat_${c}`),
  ...PROSE_REASONS.map((r) => `prose_${r}`),
  ...PLACE,
  ...DOC,
  ...PAGE_KIND_FEATURES,
  ...WINDOWS.flatMap((w) => [`win${w}_kept_share`, `win${w}_prose_share`, `win${w}_link_density`]),
  ...OFFSETS.flatMap((o) => NEIGHBOUR.map((n) => `nb${o}_${n}`)),
];

const INDEX: ReadonlyMap<string, number> = new Map(FEATURE_NAMES.map((name, i) => [name, i]));

function column(name: string): number {
  const i = INDEX.get(name);
  if (i === undefined) throw new Error(`block model: no feature named ${name}`);
  return i;
}

/**
 * The columns of the features whose names are made from a list (a window's, a neighbour's,
 * a tag's), looked up once: a name built for each block and looked up again took a
 * fifth of the time of cleaning a text dump once every block was judged.
 */
const WINDOW_COLUMNS = WINDOWS.map((w) => ({ kept: column(`win${w}_kept_share`), prose: column(`win${w}_prose_share`), links: column(`win${w}_link_density`) }));
const NEIGHBOUR_COLUMNS = OFFSETS.map((o) => Object.fromEntries(NEIGHBOUR.map((name) => [name, column(`nb${o}_${name}`)])) as Record<(typeof NEIGHBOUR)[number], number>);
const DOC_COLUMNS = DOC.map((key) => [key, column(key)] as const);
const PAGE_KIND_FIRST = column(PAGE_KIND_FEATURES[0]);
const columnsOf = (prefix: string, names: readonly string[]) => new Map(names.map((name) => [name, column(`${prefix}${name}`)]));
const TAG_COLUMNS = columnsOf('tag_', TAGS);
const PATH_TAG_COLUMNS = [...columnsOf('in_', PATH_TAGS)];
const CLASS_COLUMNS = [...columnsOf('class_', PATH_WORDS)];
const SYNTAX_COLUMNS = columnsOf('syntax_', SYNTAX);
const PROSE_COLUMNS = columnsOf('prose_', PROSE_REASONS);
const CATEGORY_COLUMNS = columnsOf('cat_', modelCategories);

/** Per block, what the block-wide numbers below are made of. */
interface BlockFacts {
  words: number;
  prose: boolean;
  kept: boolean;
  byRule: boolean;
  byProse: boolean;
}

/** The feature rows of every block, one after the other (`blocks × FEATURE_NAMES.length`). */
export function blockFeatures(state: DecisionState): Float32Array {
  const width = FEATURE_NAMES.length;
  const n = state.document.blocks.length;
  const rows = new Float32Array(n * width);
  const fill = featureReader(state);
  for (let i = 0; i < n; i++) fill(i, rows.subarray(i * width, (i + 1) * width));
  return rows;
}

/**
 * Fills one block's row at a time (a zeroed array of FEATURE_NAMES.length), so that a long
 * document needs no table of every row. What rows share (running totals, the densest run
 * of prose, repeats) is worked out once, in time linear in the document's size.
 */
export function featureReader(state: DecisionState): (i: number, row: Float32Array) => void {
  const { document, verdicts } = state;
  const { blocks } = document;
  const n = blocks.length;
  const useStopWords = stopWordsAreInformative(blocks);
  const facts: BlockFacts[] = blocks.map((b, i) => {
    const v = verdicts[i]!;
    const removed = isFullyRemoved(v, b.lines.length);
    const rule = v.block?.rule ?? (removed ? v.lines.values().next().value?.rule : undefined);
    const byProse = removed && rule !== undefined && rule.startsWith('prose/');
    return { words: b.features.words, prose: isProse(b, { useStopWords }), kept: !removed, byRule: removed && !byProse, byProse };
  });
  const totalWords = sum(facts, () => true, (f) => f.words);
  const wordsBefore = prefix(facts, (f) => f.words);
  const keptWords = prefix(facts, (f) => (f.kept ? f.words : 0));
  const proseWords = prefix(facts, (f) => (f.prose ? f.words : 0));
  const linkWords = prefix(blocks, (b) => b.features.words * b.features.linkDensity);
  const keptBlocks = facts.filter((f) => f.kept).length;
  const run = findMainRun(document, emptyVerdicts(n));
  const runWords = run.first === -1 ? 0 : wordsBefore[run.last + 1]! - wordsBefore[run.first]!;
  const repeats = repeatCounts(blocks, facts);
  const nearestBefore = nearestKept(facts, 1);
  const nearestAfter = nearestKept(facts, -1);
  const root = document.articleRoot;

  const doc: Record<(typeof DOC)[number], number> = {
    doc_html: document.inputKind === 'html' ? 1 : 0,
    doc_lines: document.format === 'lines' ? 1 : 0,
    doc_wrapped: document.format === 'wrapped' ? 1 : 0,
    doc_markdown: document.format === 'markdown' ? 1 : 0,
    doc_blocks_log: Math.log1p(n),
    doc_words_log: Math.log1p(totalWords),
    doc_kept_share: totalWords ? keptWords[n]! / totalWords : 0,
    doc_kept_blocks_log: Math.log1p(keptBlocks),
    doc_guard: state.guard ? 1 : 0,
    doc_stop_words: useStopWords ? 1 : 0,
    doc_run_share: totalWords ? runWords / totalWords : 0,
  };
  const pageKind = pageKindFeatures(document);

  return (i, row) => {
    const set = (name: string, value: number | boolean) => (row[column(name)] = Number(value));
    const block = blocks[i]!;
    const f = block.features;
    const fact = facts[i]!;
    const v = verdicts[i]!;
    const path = block.path ? pathColumns(block.path) : NO_PATH_COLUMNS;

    // The block's own.
    const lineWords = block.lines.map((l) => wordsOf(l.text).length);
    set('words_log', Math.log1p(f.words));
    set('chars_per_word', f.words ? Math.min(30, block.text.length / f.words) : 0);
    set('stop_ratio', f.stopWordRatio);
    set('cap_ratio', f.capitalisedRatio);
    set('sentence_ends', Math.min(f.sentenceEnds, 50));
    set('sentence_ends_per_word', f.words ? f.sentenceEnds / f.words : 0);
    set('ends_sentence', f.endsWithSentence);
    set('link_density', f.linkDensity);
    set('number_share', numberShare(block.text));
    set('lines', Math.min(block.lines.length, 100));
    set('words_per_line', block.lines.length ? f.words / block.lines.length : 0);
    set('max_line_words', Math.min(lineWords.reduce((a, b) => Math.max(a, b), 0), 500));
    set('prose', fact.prose);
    set('short_sentence', isShortSentence(block));
    const syntax = block.lines[0]?.syntax;
    set('kind_heading', block.kind === 'heading' || syntax?.kind === 'heading');
    set('kind_list_item', block.kind === 'list-item' || syntax?.kind === 'item');
    set('heading_level', block.headingLevel ?? (syntax?.kind === 'heading' ? syntax.level : 0));
    set('item_line_share', block.lines.length ? block.lines.filter((l) => l.syntax?.kind === 'item').length / block.lines.length : 0);
    set('ends_colon', /:\s*$/.test(block.text));
    set('has_pipe', /\s[|·•]\s/.test(block.text));
    set('has_copyright', /©|\(c\)\s*\d{4}|copyright/i.test(block.text));
    set('path_depth', path.depth);
    set('path_class_count', path.classCount);
    for (const c of path.ones) row[c] = 1;
    if (syntax) row[SYNTAX_COLUMNS.get(syntax.kind) ?? column(`syntax_${syntax.kind}`)] = 1;

    // What the rules said.
    set('kept_by_rules', fact.kept);
    set('removed_by_rule', fact.byRule);
    set('removed_by_prose', fact.byProse);
    set('claimed', document.claimed?.has(i) ?? false);
    set('line_removed_share', !fact.kept || block.lines.length === 0 ? 0 : v.lines.size / block.lines.length);
    const verdict = v.block ?? (fact.kept ? undefined : v.lines.values().next().value);
    if (verdict) {
      if (fact.byProse) {
        const reason = verdict.rule.slice('prose/'.length);
        const proseColumn = PROSE_COLUMNS.get(reason);
        if (proseColumn !== undefined) row[proseColumn] = 1;
        else set('prose_other', 1);
      } else {
        const categoryColumn = CATEGORY_COLUMNS.get(verdict.category);
        if (categoryColumn !== undefined) row[categoryColumn] = 1;
        else set('custom_category', 1);
      }
    }

    // Where it stands.
    set('position', n > 1 ? i / (n - 1) : 0);
    set('words_before_share', totalWords ? wordsBefore[i]! / totalWords : 0);
    set('blocks_after_log', Math.log1p(n - 1 - i));
    const title = state.titleBlock;
    set('is_title', title === i);
    set('after_title', title !== undefined && i > title);
    set('title_offset', title === undefined ? 0 : clamp(i - title, 30));
    set('body_offset', state.bodyStart === -1 ? 0 : clamp(i - state.bodyStart, 30));
    set('after_body', state.bodyStart !== -1 && i >= state.bodyStart);
    set('root_known', Boolean(root?.length));
    set('in_root', Boolean(root?.length) && isInsideAny(document, i, root!));
    set('run_inside', run.first !== -1 && i >= run.first && i <= run.last);
    set('run_offset', run.first === -1 ? 0 : i < run.first ? clamp(i - run.first, 30) : i > run.last ? clamp(i - run.last, 30) : 0);
    set('run_words_offset_log', run.first === -1 ? 0 : i < run.first ? -Math.log1p(wordsBefore[run.first]! - wordsBefore[i + 1]!) : i > run.last ? Math.log1p(wordsBefore[i]! - wordsBefore[run.last + 1]!) : 0);
    set('nearest_kept_before', nearestBefore[i]!);
    set('nearest_kept_after', nearestAfter[i]!);
    const repeat = repeats[i]!;
    set('repeat_count', Math.min(repeat.count - 1, 10));
    set('repeat_first', repeat.first === i);
    set('repeat_kept_before', repeat.keptBefore);

    for (const [key, c] of DOC_COLUMNS) row[c] = doc[key];
    row.set(pageKind, PAGE_KIND_FIRST);
    WINDOWS.forEach((w, k) => {
      const lo = Math.max(0, i - w);
      const hi = Math.min(n, i + w + 1);
      const words = wordsBefore[hi]! - wordsBefore[lo]!;
      const c = WINDOW_COLUMNS[k]!;
      row[c.kept] = words ? (keptWords[hi]! - keptWords[lo]!) / words : 0;
      row[c.prose] = words ? (proseWords[hi]! - proseWords[lo]!) / words : 0;
      row[c.links] = words ? (linkWords[hi]! - linkWords[lo]!) / words : 0;
    });
    OFFSETS.forEach((o, k) => {
      const j = i + o;
      const other = blocks[j];
      if (!other) return;
      const of = facts[j]!;
      const c = NEIGHBOUR_COLUMNS[k]!;
      row[c.exists] = 1;
      row[c.words_log] = Math.log1p(of.words);
      row[c.prose] = Number(of.prose);
      row[c.kept] = Number(of.kept);
      row[c.by_rule] = Number(of.byRule);
      row[c.by_prose] = Number(of.byProse);
      row[c.link_density] = other.features.linkDensity;
      row[c.heading] = Number(other.kind === 'heading' || other.lines[0]?.syntax?.kind === 'heading');
      row[c.list_item] = Number(other.kind === 'list-item' || other.lines[0]?.syntax?.kind === 'item');
      row[c.same_path] = Number(block.path !== undefined && block.path === other.path);
    });
  };
}

function clamp(x: number, limit: number): number {
  return Math.max(-limit, Math.min(limit, x));
}

function sum<T>(xs: readonly T[], keep: (x: T) => boolean, value: (x: T) => number): number {
  let total = 0;
  for (const x of xs) if (keep(x)) total += value(x);
  return total;
}

/** Running totals: `out[i]` is the sum over the first i items. */
function prefix<T>(xs: readonly T[], value: (x: T) => number): Float64Array {
  const out = new Float64Array(xs.length + 1);
  for (let i = 0; i < xs.length; i++) out[i + 1] = out[i]! + value(xs[i]!);
  return out;
}

/** Blocks to the nearest kept block before (`step` 1) or after (-1), up to 20; 20 when there is none. */
function nearestKept(facts: readonly BlockFacts[], step: 1 | -1): Float32Array {
  const out = new Float32Array(facts.length);
  let last = -Infinity;
  const order = step === 1 ? facts.map((_, i) => i) : facts.map((_, i) => facts.length - 1 - i);
  for (const i of order) {
    out[i] = Math.min(20, Math.abs(i - last));
    if (facts[i]!.kept) last = i;
  }
  return out;
}

/** Share of the text's words that are or hold numbers. */
function numberShare(text: string): number {
  const words = wordsOf(text);
  if (words.length === 0) return 0;
  let digits = 0;
  for (const w of words) if (/\d/.test(w)) digits++;
  return digits / words.length;
}

interface Repeat {
  count: number;
  first: number;
  /** Whether an earlier copy is kept by the rules. */
  keptBefore: boolean;
}

/** A block's text as copies of it compare: lower-cased, spaces evened. */
export function repeatKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * How often each block's text (lower-cased, spaces evened) stands in the document, where
 * first, and whether a copy before is kept. Copies are found by the hash of their key
 * (FirstOccurrences), so that no key of every block is held: on a long dump those copies
 * of its whole text were a good part of what the model's reader kept.
 */
function repeatCounts(blocks: readonly Block[], facts: readonly BlockFacts[]): Repeat[] {
  const firsts = new FirstOccurrences((i) => repeatKey(blocks[i]!.text));
  const firstOf = new Int32Array(blocks.length);
  const count = new Int32Array(blocks.length);
  const anyKept = new Uint8Array(blocks.length);
  const keptBefore = blocks.map((_, i) => {
    const first = firsts.first(i);
    firstOf[i] = first;
    count[first]!++;
    const was = first !== i && anyKept[first] === 1;
    if (facts[i]!.kept) anyKept[first] = 1;
    return was;
  });
  // A block without text (its key empty) repeats nothing, however many stand empty.
  return blocks.map((b, i) => ({ count: /\S/.test(b.text) ? count[firstOf[i]!]! : 1, first: firstOf[i]!, keptBefore: keptBefore[i]! }));
}

interface PathFacts {
  /** The innermost element's tag. */
  tag: string | undefined;
  tags: ReadonlySet<string>;
  /** Class and id words, lower-cased. */
  classes: readonly string[];
  depth: number;
}

/** What a block's tag path puts in its row: its depth, its count of class words, and the columns it sets to 1. */
interface PathColumns {
  depth: number;
  classCount: number;
  /** Its innermost tag's column, its elements' (`in_`) and its class words' (`class_`). */
  ones: readonly number[];
}

const NO_PATH_COLUMNS: PathColumns = { depth: 0, classCount: 0, ones: [] };

/**
 * Worked out once per path: a page's blocks share a few dozen paths, and matching every
 * class word against every class of every block's path was a tenth of the time the
 * features of an HTML page took.
 */
const pathColumns = memoizeByText((path: string): PathColumns => {
  const facts = parsePath(path);
  const ones: number[] = [];
  const tagColumn = facts.tag ? TAG_COLUMNS.get(facts.tag) : undefined;
  if (tagColumn !== undefined) ones.push(tagColumn);
  for (const [t, c] of PATH_TAG_COLUMNS) if (facts.tags.has(t)) ones.push(c);
  for (const [w, col] of CLASS_COLUMNS) if (facts.classes.some((c) => c === w || c.startsWith(`${w}-`) || c.endsWith(`-${w}`) || c.includes(`-${w}-`) || c.startsWith(`${w}_`) || c.endsWith(`_${w}`))) ones.push(col);
  return { depth: facts.depth, classCount: facts.classes.length, ones };
});

/** Reads an HTML block's tag path ("body>div.article>p#lead"): its tags and class words. */
function parsePath(path: string): PathFacts {
  const steps = path.split('>');
  const tags = new Set<string>();
  const classes: string[] = [];
  for (const step of steps) {
    const [tag, ...rest] = step.split(/(?=[.#])/);
    if (tag) tags.add(tag.toLowerCase());
    for (const r of rest) classes.push(r.slice(1).toLowerCase());
  }
  const last = steps[steps.length - 1]!.split(/[.#]/)[0]?.toLowerCase();
  return { tag: last, tags, classes, depth: steps.length };
}
