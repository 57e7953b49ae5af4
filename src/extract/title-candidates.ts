/**
 * The blocks that may be the article's headline, each described by a few numbers that
 * title-model.ts weighs: where it stands against the body (headlines stand just before
 * it), its shape (a heading, 4–16 capitalised words, no full stop), whether the page
 * says it again (as its <title> with the site's name, in a breadcrumb), and what stands
 * beside it (a byline or a dateline under a headline, prose after it).
 */
import type { Block, Document } from '../types.js';
import type { BlockVerdict } from '../classify/verdicts.js';
import { unionFor } from '../text/pattern-union.js';
import { dateIn } from './date-text.js';
import { withoutSiteName } from './site-name.js';
import { NOT_A_HEADLINE } from './title.js';
import { titleKey } from './title-key.js';
import { isPersonName } from './byline-candidates.js';

export const TITLE_FEATURES = [
  'distBefore', 'distAfter', 'after', 'heading', 'h1', 'h2', 'h3', 'firstH1', 'words4to16', 'wordsFew', 'wordsMany',
  'capitalised', 'endsSentence', 'endsColon', 'question', 'notHeadline', 'removed', 'linkDensity', 'multiLine',
  'repeated', 'inLonger', 'pageTitleEq', 'pageTitleIn', 'pageTitleOverlap', 'markupEq', 'markupOverlap', 'proseAfter',
  'dateBefore', 'dateAfter', 'bylineBefore', 'bylineAfter', 'firstBlock', 'siteSuffix', 'isMarkup', 'lowerStart', 'part', 'partFirst',
  'selfDate', 'selfByline', 'selfName', 'nameBefore', 'nameAfter', 'bodyOverlap', 'elsewhere', 'logWords',
  'toParagraph', 'paragraphsBefore', 'prevShaped', 'nextShaped', 'pagePosition', 'nextParagraphOverlap',
  'shortRunBefore', 'shortRunAfter', 'widget',
] as const;
export type TitleFeature = (typeof TITLE_FEATURES)[number];

export interface TitleCandidate {
  /** The block, or undefined for the markup's own title (og:title, JSON-LD headline). */
  index: number | undefined;
  /** The title as it would be given. */
  text: string;
  features: Record<TitleFeature, number>;
}

export interface TitleHints {
  /** The page's own title: the <title> element, or a text dump's first line when it reads as one. */
  pageTitle?: string;
  /** The headline the markup names (og:title, JSON-LD headline), HTML only. */
  markupTitle?: string;
}

/**
 * Headlines stand near the body: blocks this far before its start and into it are read
 * (the body's start is a guess: menus of prose-like teasers can come first), and those
 * at the top of the page.
 */
const BEFORE_BODY = 150;
const INTO_BODY = 60;
const TOP = 40;
/** Blocks read at the top of the page for repeats of a headline (its <title>, a breadcrumb). */
const TOP_READ = 400;
/**
 * Blocks read before the page's first paragraph of prose, wherever the body's start was
 * guessed: a long list of short items (a listicle's entries, a table) can make the context
 * pass's main run start far down the page, past the headline above the first paragraph.
 */
const BEFORE_FIRST_PARAGRAPH = 20;
/** Longest text that can be a headline or repeat one. */
const MAX_CHARS = 300;
/** Blocks either side of a headline where its byline and dateline stand. */
const NEAR = 3;


/** A full stop or an exclamation mark at the end, before closing quotes or brackets: a sentence, no headline. */
const ENDS_SENTENCE = /[.!]["'”’)]*$/u;

/** Credit lines that stand where headlines do: "Reviewed by X", "ByJane Doe", "Editorial Team". */
const CREDIT = /^(?:by|written|edited|reviewed|fact[- ]checked|contributions?|contributors?|authors?|posted|medically reviewed)\b|^by\p{L}|\b(?:editorial )?team$/iu;

export function titleCandidates(document: Document, verdicts: readonly BlockVerdict[], bodyStart: number, hints: TitleHints): TitleCandidate[] {
  const { blocks } = document;
  const body = bodyStart === -1 ? blocks.length : bodyStart;
  const from = Math.max(0, body - BEFORE_BODY);
  const to = Math.min(blocks.length, body + INTO_BODY);
  const keys = shortKeys(blocks, from, to);
  const page = hints.pageTitle ? titleKey(hints.pageTitle) : '';
  const markup = hints.markupTitle ? titleKey(hints.markupTitle) : '';
  const compared = hintKeys(page, markup);
  const firstH1 = blocks.findIndex((b) => b.headingLevel === 1);
  const bodyWords = vocabulary(blocks, body);
  const everywhere = shortKeysEverywhere(blocks);
  const holdsDateline = blocksWithLine(blocks, isDateline);
  const holdsCredit = blocksWithLine(blocks, isCredit);
  // An author's bare name, with no "By": under a headline, or in a name's place in a menu.
  const holdsName = blocksWithLine(blocks, isPersonName);
  const paragraphs = paragraphIndices(blocks);
  const paragraphWordsAfter = wordsOfNextParagraphs(blocks, paragraphs);
  const candidates: TitleCandidate[] = [];
  const indices = candidateIndices(from, to, paragraphs[0]);
  for (const i of indices) {
    const block = blocks[i]!;
    if (block.text.length > MAX_CHARS || block.lines.length > 3) continue;
    const k = titleKey(block.text);
    const words = block.features.words;
    if (!k || words < 1 || words > 40) continue;
    // A text dump's first line is often the page's <title>, "Headline | Site".
    const blockLine = oneLine(block.text);
    const text = i === 0 && document.inputKind === 'text' ? withoutSiteName(blockLine) : blockLine;
    const tk = titleKey(text);
    const f = emptyFeatures();
    f.distBefore = i < body ? Math.log2(body - i) : 0;
    f.after = i >= body ? 1 : 0;
    f.distAfter = i >= body ? Math.log2(2 + i - body) : 0;
    f.heading = block.kind === 'heading' ? 1 : 0;
    f.h1 = block.headingLevel === 1 ? 1 : 0;
    f.h2 = block.headingLevel === 2 ? 1 : 0;
    f.h3 = (block.headingLevel ?? 0) >= 3 ? 1 : 0;
    f.firstH1 = i === firstH1 ? 1 : 0;
    f.words4to16 = words >= 4 && words <= 16 ? 1 : 0;
    f.wordsFew = words < 4 ? 1 : 0;
    f.wordsMany = words > 16 ? 1 : 0;
    f.capitalised = block.features.capitalisedRatio;
    f.endsSentence = ENDS_SENTENCE.test(block.text) ? 1 : 0;
    f.endsColon = /[:,;]$/.test(block.text) ? 1 : 0;
    f.question = /\?$/.test(block.text) ? 1 : 0;
    f.notHeadline = unionFor(NOT_A_HEADLINE).test(block.text) ? 1 : 0;
    f.removed = verdicts[i]!.block && verdicts[i]!.block!.category !== 'metadata' ? 1 : 0;
    f.widget = isWidget(verdicts[i]!) ? 1 : 0;
    f.linkDensity = block.features.linkDensity;
    f.multiLine = block.lines.length > 1 ? 1 : 0;
    f.repeated = Math.min(3, (keys.exact.get(k) ?? 1) - 1);
    f.inLonger = Math.min(3, countInLonger(k, keys));
    compareWithHints(f, tk, compared);
    f.proseAfter = proseAfter(blocks, verdicts, i);
    f.dateBefore = near(blocks, i, -NEAR, holdsDateline);
    f.dateAfter = near(blocks, i, NEAR, holdsDateline);
    f.bylineBefore = near(blocks, i, -NEAR, holdsCredit);
    f.bylineAfter = near(blocks, i, NEAR, holdsCredit);
    f.firstBlock = i === 0 ? 1 : 0;
    f.siteSuffix = text !== blockLine || / [|–—] \S/u.test(block.text) ? 1 : 0;
    f.lowerStart = /^\p{Ll}/u.test(block.text) ? 1 : 0;
    f.selfDate = dateIn(block.text) ? 1 : 0;
    f.selfByline = CREDIT.test(block.text) ? 1 : 0;
    f.selfName = block.lines.length === 1 && holdsName(i) ? 1 : 0;
    f.nameBefore = near(blocks, i, -NEAR, holdsName);
    f.nameAfter = near(blocks, i, NEAR, holdsName);
    f.bodyOverlap = shareIn(tk, bodyWords);
    f.elsewhere = Math.min(3, (everywhere.get(k) ?? 1) - 1);
    f.logWords = Math.log2(words);
    const next = nextParagraph(paragraphs, i);
    placeAmongParagraphs(f, i, next, paragraphs);
    f.prevShaped = i > 0 && isHeadlineShaped(blocks[i - 1]!) ? 1 : 0;
    f.nextShaped = i + 1 < blocks.length && isHeadlineShaped(blocks[i + 1]!) ? 1 : 0;
    f.pagePosition = i / blocks.length;
    f.nextParagraphOverlap = shareIn(tk, paragraphWordsAfter(next));
    f.shortRunBefore = Math.log2(1 + shortRun(blocks, i, -1));
    f.shortRunAfter = Math.log2(1 + shortRun(blocks, i, 1));
    candidates.push({ index: i, text, features: f });
    // "Headline | Site", "Blog: Headline", "Headline - Part 1": each side may be the headline alone.
    for (const part of parts(text)) {
      const pf = { ...f, part: 1, partFirst: part.first ? 1 : 0, siteSuffix: 0 };
      const pk = titleKey(part.text);
      compareWithHints(pf, pk, compared);
      pf.bodyOverlap = shareIn(pk, bodyWords);
      pf.words4to16 = part.words >= 4 && part.words <= 16 ? 1 : 0;
      pf.wordsFew = part.words < 4 ? 1 : 0;
      pf.wordsMany = part.words > 16 ? 1 : 0;
      candidates.push({ index: i, text: part.text, features: pf });
    }
  }
  if (hints.markupTitle) {
    const f = emptyFeatures();
    f.isMarkup = 1;
    f.markupEq = 1;
    f.markupOverlap = 1;
    if (page) {
      f.pageTitleEq = markup === page ? 1 : 0;
      f.pageTitleOverlap = overlap(markup, compared.pageWords);
    }
    candidates.push({ index: undefined, text: hints.markupTitle, features: f });
  }
  return candidates;
}

/** The blocks read as candidates, in order: the page's top, those around the body's start, and those just before the first paragraph. */
function candidateIndices(from: number, to: number, firstParagraph: number | undefined): number[] {
  const read = new Set(from > TOP ? [...range(0, TOP), ...range(from, to)] : range(0, to));
  if (firstParagraph !== undefined) for (const i of range(Math.max(0, firstParagraph - BEFORE_FIRST_PARAGRAPH), firstParagraph + 1)) read.add(i);
  return [...read].sort((a, b) => a - b);
}

/**
 * Whether a category rule removed the block (a newsletter box, a donation appeal, a share
 * bar): that names what it is, and it is no headline. Not the context pass's removals
 * (prose), which a headline before the body it guessed may get, nor a metadata line's.
 */
export function isWidget(verdict: BlockVerdict): boolean {
  const category = verdict.block?.category;
  return category !== undefined && category !== 'prose' && category !== 'metadata';
}

/** The keys of the page's own title and of the markup's headline ('' when not given), and their words. */
interface HintKeys {
  page: string;
  pageWords: ReadonlySet<string>;
  markup: string;
  markupWords: ReadonlySet<string>;
}

/** The hints' words are split once for the document, not for every candidate compared with them. */
function hintKeys(page: string, markup: string): HintKeys {
  return { page, pageWords: new Set(page.split(' ')), markup, markupWords: new Set(markup.split(' ')) };
}

/** How the candidate's key compares with the page's own title and the markup's headline. */
function compareWithHints(f: Record<TitleFeature, number>, k: string, { page, pageWords, markup, markupWords }: HintKeys): void {
  if (page) {
    f.pageTitleEq = k === page ? 1 : 0;
    f.pageTitleIn = k !== page && k.length >= 0.4 * page.length && contains(page, k) ? 1 : 0;
    f.pageTitleOverlap = overlap(k, pageWords);
  }
  if (markup) {
    f.markupEq = k === markup ? 1 : 0;
    f.markupOverlap = overlap(k, markupWords);
  }
}

/** Blocks of prose read from the body's start for its vocabulary. */
const BODY_BLOCKS = 40;

/** The longer words (four letters or more) of the body's first paragraphs: a headline shares its topic's words with them. */
function vocabulary(blocks: readonly Block[], body: number): Set<string> {
  const words = new Set<string>();
  for (const b of blocks.slice(body, body + BODY_BLOCKS)) {
    if (b.features.words < 12) continue;
    for (const w of titleKey(b.text).split(' ')) if (w.length >= 4) words.add(w);
  }
  return words;
}

/** The share of a key's longer words found in the set. */
function shareIn(k: string, words: ReadonlySet<string>): number {
  const own = k.split(' ').filter((w) => w.length >= 4);
  return own.length ? own.filter((w) => words.has(w)).length / own.length : 0;
}

/** The two sides of a title cut at a separator, each as a candidate of its own. */
function parts(text: string): { text: string; first: boolean; words: number }[] {
  const m = /^(.+?)(?: [|–—•»:\/-] |: )(.+)$/u.exec(text);
  if (!m) return [];
  const count = (t: string) => t.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return [
    { text: m[1]!.trim(), first: true, words: count(m[1]!) },
    { text: m[2]!.trim(), first: false, words: count(m[2]!) },
  ].filter((p) => p.words >= 1);
}

const NO_FEATURES = Object.fromEntries(TITLE_FEATURES.map((name) => [name, 0])) as Record<TitleFeature, number>;

/** Every feature at 0, copied from one made once (a copy is far cheaper than building it anew for each candidate). */
function emptyFeatures(): Record<TitleFeature, number> {
  return { ...NO_FEATURES };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

interface ShortKeys {
  /** How often each key is said whole. */
  exact: Map<string, number>;
  /** Every key with a space at either end, so that a key is looked for in it as whole words. */
  spaced: string[];
  /** For each word, the keys of four words or more in `spaced` (by index, each once) that hold it. */
  withWord: Map<string, number[]>;
}

/**
 * Keys of the short blocks at the top and around the body: how often each is said whole,
 * and all of them spaced and indexed by word, for `countInLonger`, which looks for every
 * candidate's key in them.
 */
function shortKeys(blocks: readonly Block[], top: number, to: number): ShortKeys {
  const exact = new Map<string, number>();
  const spaced: string[] = [];
  const withWord = new Map<string, number[]>();
  const near = blocks.slice(0, TOP_READ).concat(blocks.slice(Math.max(TOP_READ, top), to + INTO_BODY));
  for (const b of near) {
    if (b.text.length > MAX_CHARS) continue;
    const k = titleKey(b.text);
    if (!k) continue;
    exact.set(k, (exact.get(k) ?? 0) + 1);
    const line = spaced.push(` ${k} `) - 1;
    const words = k.split(' ');
    // Keys looked for have three words or more: a line holds one with more around it only with four or more.
    if (words.length < 4) continue;
    for (const word of words) {
      const lines = withWord.get(word);
      if (!lines) withWord.set(word, [line]);
      else if (lines[lines.length - 1] !== line) lines.push(line);
    }
  }
  return { exact, spaced, withWord };
}

/**
 * How often each short block's key stands anywhere on the page. A site's name and its
 * menu's items come again in the footer; a headline seldom does.
 */
function shortKeysEverywhere(blocks: readonly Block[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const b of blocks) {
    if (b.text.length > MAX_CHARS) continue;
    const k = titleKey(b.text);
    if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/**
 * Lines that hold the key with more around it: "Home > Blog > Headline", "Headline | Site".
 * A line that holds the key holds each of its words, so only the lines with its rarest
 * word are read (reading every line for every candidate took a share of the whole run).
 */
function countInLonger(k: string, { spaced, withWord }: ShortKeys): number {
  const words = k.split(' ');
  if (words.length < 3) return 0;
  let fewest: readonly number[] | undefined;
  for (const word of words) {
    const lines = withWord.get(word) ?? [];
    if (!fewest || lines.length < fewest.length) fewest = lines;
  }
  const spacedKey = ` ${k} `;
  let n = 0;
  for (const line of fewest!) if (spaced[line]!.length > spacedKey.length && spaced[line]!.includes(spacedKey)) n++;
  return n;
}

/** Whether `whole` holds `part` as whole words. */
function contains(whole: string, part: string): boolean {
  return (' ' + whole + ' ').includes(' ' + part + ' ');
}

/** The share of the words of both that they have in common. */
function overlap(a: string, bw: ReadonlySet<string>): number {
  const aw = new Set(a.split(' '));
  let common = 0;
  for (const w of aw) if (bw.has(w)) common++;
  return common / Math.max(aw.size, bw.size, 1);
}

/** A paragraph of the page's prose: 25 words or more and two sentences. Menus' teasers seldom are. */
const PROSE_PARAGRAPH_WORDS = 25;

/** The blocks that are paragraphs, in order. */
function paragraphIndices(blocks: readonly Block[]): number[] {
  const out: number[] = [];
  blocks.forEach((b, i) => {
    if (b.features.words >= PROSE_PARAGRAPH_WORDS && b.features.sentenceEnds >= 2) out.push(i);
  });
  return out;
}

/**
 * Where the candidate stands among the page's paragraphs, read from the page itself and not
 * from the body's start the context pass guessed: how far the next paragraph is (a headline
 * stands a few blocks before the first) and how many come before it.
 */
function placeAmongParagraphs(f: Record<TitleFeature, number>, i: number, next: number, paragraphs: readonly number[]): void {
  f.paragraphsBefore = Math.log2(1 + next);
  f.toParagraph = next < paragraphs.length ? Math.log2(paragraphs[next]! - i) : 8;
}

/** The position in `paragraphs` of the first paragraph after block i (their count when none is), by binary search. */
function nextParagraph(paragraphs: readonly number[], i: number): number {
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid]! <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Paragraphs read after a candidate for the words it shares with them. */
const NEXT_PARAGRAPHS = 3;

/**
 * The longer words of the paragraphs from the `next`th on (nextParagraph): a headline's topic words come back
 * in the article's first paragraphs, whether or not the body's start was guessed right.
 * Worked out once for each first paragraph: candidates between two paragraphs share it.
 */
function wordsOfNextParagraphs(blocks: readonly Block[], paragraphs: readonly number[]): (next: number) => ReadonlySet<string> {
  const known = new Map<number, Set<string>>();
  return (next) => {
    if (next >= paragraphs.length) return new Set();
    let words = known.get(next);
    if (!words) {
      words = new Set();
      for (const p of paragraphs.slice(next, next + NEXT_PARAGRAPHS)) for (const w of titleKey(blocks[p]!.text).split(' ')) if (w.length >= 4) words.add(w);
      known.set(next, words);
    }
    return words;
  };
}

/** Longest run of short blocks counted beside a candidate. */
const MAX_RUN = 30;

/** How many blocks of four words or fewer stand in a row just before (step -1) or after (1) block i: a menu's items. */
function shortRun(blocks: readonly Block[], i: number, step: 1 | -1): number {
  let n = 0;
  for (let j = i + step; j >= 0 && j < blocks.length && n < MAX_RUN && blocks[j]!.features.words <= 4; j += step) n++;
  return n;
}

/** A short line shaped like a headline or a deck: a sub-heading's neighbour, a deck under a headline. */
function isHeadlineShaped(b: Block): boolean {
  return b.lines.length === 1 && b.features.words >= 3 && b.features.words <= 16 && !ENDS_SENTENCE.test(b.text);
}

/** Closeness of the next paragraph of prose the rules kept (1 right after, 0 none in six blocks). */
function proseAfter(blocks: readonly Block[], verdicts: readonly BlockVerdict[], i: number): number {
  for (let j = i + 1; j < Math.min(blocks.length, i + 7); j++) {
    const b = blocks[j]!;
    if (!verdicts[j]!.block && b.features.words >= 20 && b.features.sentenceEnds >= 1) return 1 / (j - i);
  }
  return 0;
}

const isDateline = (line: string) => (dateIn(line)?.share ?? 0) >= 0.4;
const isCredit = (line: string) => CREDIT.test(line);

/**
 * Whether block j holds a short line that passes the test, worked out once per block: each
 * block is near up to six candidates, and each asked about it again.
 */
function blocksWithLine(blocks: readonly Block[], test: (line: string) => boolean): (j: number) => boolean {
  const known: boolean[] = [];
  return (j) => (known[j] ??= blocks[j]!.lines.some((line) => line.text.length <= 120 && test(line.text.trim())));
}

/** Whether one of the `span` blocks after block i (before it, when negative) holds such a line. */
function near(blocks: readonly Block[], i: number, span: number, holdsLine: (j: number) => boolean): number {
  const [from, to] = span > 0 ? [i + 1, Math.min(blocks.length - 1, i + span)] : [Math.max(0, i + span), i - 1];
  for (let j = from; j <= to; j++) if (holdsLine(j)) return 1;
  return 0;
}
