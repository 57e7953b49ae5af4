/**
 * The context pass: after the rule modules, settle what no rule named by where it stands.
 *
 * 1. Find the main run of article prose: the stretch of blocks with the highest sum of
 *    prose weight minus non-prose penalty (blocks removed by rules are transparent).
 * 2. Blocks before and after the run are not the article; the title is chosen from the
 *    blocks before it by metadata extraction, the rest go.
 * 3. Everything after a comment-widget header (of a category that `opensThread`) that
 *    follows the article goes.
 * 4. Inside the run, a short block wedged between removed blocks takes their category.
 * 5. A block that repeats a kept block goes (see repeats.ts).
 */
import type { Block, Document } from '../types.js';
import { isProse, isShortSentence, stopWordsAreInformative } from './prose.js';
import type { BlockVerdict, Verdict } from './verdicts.js';
import { findContainer, isInsideAny } from './container.js';
import { wordsOf } from '../text/words.js';
import { isContainedIn, repeatsOf, type Repeat } from './repeats.js';
import type { MainRun } from './main-run.js';
import { articleEndings, threadOpeners, type CategoryTest, type EndsArticle } from '../rules/pipeline-meta.js';

/**
 * `anchor`: the block of a title the markup names. The article then starts after it, and
 * the first strong run after it wins over a bigger one further down (testimonials,
 * footers and comment threads can outweigh a short article).
 */
export function findMainRun(document: Document, verdicts: readonly BlockVerdict[], anchor?: number, before = document.blocks.length): MainRun {
  const { blocks } = document;
  const options = { useStopWords: stopWordsAreInformative(blocks) };
  const repeats = repeatsOf(document);
  const prose = blocks.map((b, i) => !verdicts[i]!.block && !repeats[i] && isProse(b, options));
  const segments = positiveSegments(blocks, verdicts, prose, anchor === undefined ? 0 : anchor + 1, before, repeats);
  if (segments.length === 0) return { first: -1, last: -1, prose, score: 0 };
  const strongest = segments.reduce((max, s) => Math.max(max, s.score), 0);
  const chosen = anchor === undefined ? segments.find((s) => s.score === strongest)! : segments.find((s) => s.score >= Math.min(strongest, Math.max(ANCHORED_MIN_SCORE, strongest * 0.3)))!;
  return { first: chosen.first, last: extendOverIntroducedList(blocks, verdicts, chosen.last), prose, score: chosen.score };
}

/**
 * The main run after the article's title block. A doubtful title (a text dump's headline
 * said again further down, perhaps by a share box or a footer below the article) yields
 * to a stronger run before it.
 */
export function findRunAfterTitle(document: Document, verdicts: readonly BlockVerdict[], title: number | undefined, doubtful: boolean): MainRun {
  if (title === undefined) return findMainRun(document, verdicts);
  const anchored = findMainRun(document, verdicts, title);
  if (anchored.first === -1) return findMainRun(document, verdicts);
  if (doubtful) {
    const earlier = findMainRun(document, verdicts, undefined, title);
    if (earlier.score > anchored.score) return earlier;
  }
  return anchored;
}

/**
 * A list the article introduces with a colon ("The tour dates:", "Here is what we know:")
 * is the article's, however unlike prose its entries look.
 */
function extendOverIntroducedList(blocks: readonly Block[], verdicts: readonly BlockVerdict[], last: number): number {
  let end = last;
  for (let i = last + 1; i < blocks.length; i++) {
    if (verdicts[i]!.block) break;
    const lead = blocks[end]!.lines.at(-1)?.text ?? '';
    const own = blocks[i]!.lines[0]?.text ?? '';
    const introduced = /:$/.test(lead) || (blocks[i]!.lines.length > 2 && /:$/.test(own) && wordsOf(own).length >= 3);
    if (!introduced || blocks[i]!.features.linkDensity > 0.5) break;
    end = i;
  }
  return end;
}

/** A run after a known title must carry at least this much prose to be taken over a stronger one later. */
const ANCHORED_MIN_SCORE = 40;

interface Segment {
  first: number;
  last: number;
  score: number;
}

/** Maximal stretches whose running weight stays positive, each cut at its best end (Kadane's scan). */
function positiveSegments(
  blocks: readonly Block[],
  verdicts: readonly BlockVerdict[],
  prose: readonly boolean[],
  from: number,
  before: number,
  repeats: readonly (Repeat | undefined)[],
): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | undefined;
  let score = 0;
  for (let i = from; i < before; i++) {
    // Removed blocks and repeats are transparent: they neither make nor break a run.
    if (verdicts[i]!.block || repeats[i]) continue;
    const weight = runWeight(blocks[i]!, prose[i]!);
    if (weight === 0) continue;
    if (!current) {
      if (weight <= 0) continue;
      current = { first: i, last: i, score: 0 };
      score = 0;
    }
    score += weight;
    if (score > current.score) {
      current.score = score;
      current.last = i;
    }
    if (score <= 0) {
      segments.push(current);
      current = undefined;
    }
  }
  if (current) segments.push(current);
  return segments;
}

/**
 * How much a block pulls the run towards itself: prose by its length, a short sentence a
 * little; headings cost a little, menus and link lists (many short lines) a lot.
 */
function runWeight(block: Block, prose: boolean): number {
  const f = block.features;
  if (prose) return Math.min(f.words, 120);
  if (f.words === 0) return 0;
  if (f.linkDensity > 0.5) return -(6 + f.words);
  if (isShortSentence(block)) return 1;
  if (block.lines.length === 1 && f.words <= 12) return -(3 + f.words * 0.5);
  return -(6 + f.words * 0.6);
}

export const COMMENT_ZONE: Verdict = { rule: 'prose/after-comments', category: 'prose', reason: 'after the comment section header' };

/**
 * Applies the run to the verdicts; `keep` lists blocks outside the run that are used
 * elsewhere (the title). `opensThread`: whether a category's widgets open a comment thread.
 */
export function applyContext(
  document: Document,
  verdicts: BlockVerdict[],
  run: MainRun,
  keep: ReadonlySet<number> = new Set(),
  endsArticle: EndsArticle = articleEndings(),
  opensThread: CategoryTest = threadOpeners(),
): void {
  const { blocks } = document;
  if (run.first === -1) return;

  const commentsStart = findCommentsStart(document, verdicts, run, opensThread);
  const container = findContainer(document, run);
  const last = endBeforeComments(run, verdicts, container === undefined ? run.last : lastInside(document, verdicts, run, container, commentsStart, endsArticle), commentsStart);
  blocks.forEach((block, i) => {
    const v = verdicts[i]!;
    if (v.block || keep.has(i)) return;
    if (block.features.words === 0) v.block = { rule: 'prose/no-words', category: 'prose', reason: 'no words' };
    else if (commentsStart !== -1 && i > commentsStart) v.block = COMMENT_ZONE;
    else if (i < run.first) v.block = { rule: 'prose/before-article', category: 'prose', reason: describeOutside(block, run, 'before') };
    else if (i > last) v.block = { rule: 'prose/after-article', category: 'prose', reason: describeOutside(block, run, 'after') };
    else if (container !== undefined && !run.prose[i] && !isInsideAny(document, i, container)) v.block = { rule: 'prose/outside-container', category: 'prose', reason: 'not prose, outside the article\'s element' };
    else if (!run.prose[i]) settleShortBlock(blocks, verdicts, i);
  });
  removeRepeats(document, verdicts, keep);
}

/** A repeat goes when a copy of it before it is kept; the first copy kept is the article's. */
function removeRepeats(document: Document, verdicts: BlockVerdict[], keep: ReadonlySet<number>): void {
  const { blocks } = document;
  const repeats = repeatsOf(document);
  const isKept = (i: number) => keep.has(i) || !verdicts[i]!.block;
  // The first kept copy of each text said more than once, as the blocks go by, by the
  // text's first block (which a repeat names).
  const keptCopy = new Map<number, number>();
  const originals = new Set<number>();
  for (const r of repeats) if (r?.kind === 'same') originals.add(r.of);
  blocks.forEach((block, j) => {
    const repeat = repeats[j];
    const key = repeat?.kind === 'same' ? repeat.of : originals.has(j) ? j : undefined;
    if (!isKept(j)) return;
    if (repeat && !keep.has(j)) {
      const copy = key === undefined ? undefined : keptCopy.get(key);
      const said = repeat.kind === 'same' ? copy !== undefined : isContainedIn(block, blocks.slice(0, j).filter((_, i) => isKept(i)));
      if (said) {
        const reason = repeat.kind === 'same' ? `says again what block ${copy} says` : 'repeats text that stands above';
        verdicts[j]!.block = { rule: 'prose/repeat', category: 'prose', reason };
        return;
      }
    }
    if (key !== undefined && !keptCopy.has(key)) keptCopy.set(key, j);
  });
}

/** Prose that is enough of an article for a comment section to follow it, however long the thread. */
const COMMENTS_AFTER_WORDS = 150;

/**
 * The comment section that closes the article: the first comment-widget block inside or
 * after the run that follows most of the run's prose, or a good article's worth of it (the
 * thread itself may be longer than the article). A comment form or "Comments" link
 * standing above the article (a tip box, a comment count under the headline) starts nothing.
 */
function findCommentsStart(document: Document, verdicts: readonly BlockVerdict[], run: MainRun, opensThread: CategoryTest): number {
  const { blocks } = document;
  const proseWords = (from: number, to: number) => {
    let n = 0;
    for (let i = from; i <= to; i++) if (run.prose[i] && !verdicts[i]!.block) n += blocks[i]!.features.words;
    return n;
  };
  const total = proseWords(run.first, run.last);
  for (let i = run.first + 1; i < blocks.length; i++) {
    const category = verdicts[i]!.block?.category;
    if (!category || !opensThread(category)) continue;
    if (i > run.last || proseWords(run.first, i) >= Math.min(total / 2, COMMENTS_AFTER_WORDS)) return i;
  }
  return -1;
}

/**
 * A comment section inside the run ends the article at its last prose before the section,
 * as if the run had ended there: what stands between (a wire credit, a share line) goes
 * with what stands after any article.
 */
function endBeforeComments(run: MainRun, verdicts: readonly BlockVerdict[], last: number, commentsStart: number): number {
  if (commentsStart === -1 || commentsStart > last) return last;
  for (let i = commentsStart - 1; i >= run.first; i--) if (run.prose[i] && !verdicts[i]!.block) return i;
  return last;
}

/**
 * The last block after the run that still belongs to the article's element: it stops at
 * the element's end, at the header of a widget that ends the article (what follows it is
 * the widget's), and at a list of links.
 */
function lastInside(document: Document, verdicts: readonly BlockVerdict[], run: MainRun, container: readonly object[], commentsStart: number, endsArticle: EndsArticle): number {
  let last = run.last;
  const end = commentsStart === -1 ? document.blocks.length : commentsStart;
  for (let i = run.last + 1; i < end; i++) {
    const category = verdicts[i]!.block?.category;
    if (!isInsideAny(document, i, container) || (category && endsArticle(category))) break;
    if (document.blocks[i]!.features.linkDensity > 0.5) break;
    if (!category) last = i;
  }
  return last;
}

function describeOutside(block: Block, run: MainRun, where: 'before' | 'after'): string {
  const f = block.features;
  const traits = [`${f.words} words`];
  if (f.capitalisedRatio > 0.6) traits.push('Title Case');
  if (!f.endsWithSentence && f.sentenceEnds === 0) traits.push('no sentence');
  traits.push(`${where} the article (blocks ${run.first}–${run.last})`);
  return traits.join(', ');
}

/** A short non-prose block between two removed blocks of one category is part of that widget. */
function settleShortBlock(blocks: readonly Block[], verdicts: BlockVerdict[], i: number): void {
  if (blocks[i]!.features.words > 12) return;
  const before = verdicts[i - 1]?.block;
  const after = verdicts[i + 1]?.block;
  if (before && after && before.category === after.category && before.category !== 'prose') {
    verdicts[i]!.block = { rule: before.rule, category: before.category, reason: `short block between two ${before.category} blocks` };
  }
}
