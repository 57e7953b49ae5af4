/**
 * The context pass: after the rule modules, settle what no rule named by where it stands.
 *
 * 1. Find the main run of article prose: the stretch of blocks with the highest sum of
 *    prose weight minus non-prose penalty (blocks removed by rules are transparent).
 * 2. Blocks before and after the run are not the article; the title is chosen from the
 *    blocks before it by metadata extraction, the rest go.
 * 3. Everything after a comment-widget header that follows the article goes.
 * 4. Inside the run, a short block wedged between removed blocks takes their category.
 */
import type { Block, Document } from '../types.js';
import { isProse, isShortSentence, stopWordsAreInformative } from './prose.js';
import type { BlockVerdict, Verdict } from './verdicts.js';
import { findContainer, isInsideAny } from './container.js';

export interface MainRun {
  /** Index of the first and last block of the article body; -1 when none was found. */
  first: number;
  last: number;
  /** Per block: judged to be prose. */
  prose: boolean[];
}

/**
 * `anchor`: the block of a title the markup names. The article then starts after it, and
 * the first strong run after it wins over a bigger one further down (testimonials,
 * footers and comment threads can outweigh a short article).
 */
export function findMainRun(document: Document, verdicts: readonly BlockVerdict[], anchor?: number): MainRun {
  const { blocks } = document;
  const options = { useStopWords: stopWordsAreInformative(blocks) };
  const prose = blocks.map((b, i) => !verdicts[i]!.block && isProse(b, options));
  const segments = positiveSegments(blocks, verdicts, prose, anchor === undefined ? 0 : anchor + 1);
  if (segments.length === 0) return { first: -1, last: -1, prose };
  const strongest = segments.reduce((max, s) => Math.max(max, s.score), 0);
  const chosen = anchor === undefined ? segments.find((s) => s.score === strongest)! : segments.find((s) => s.score >= Math.min(strongest, Math.max(ANCHORED_MIN_SCORE, strongest * 0.3)))!;
  return { first: chosen.first, last: chosen.last, prose };
}

/** A run after a known title must carry at least this much prose to be taken over a stronger one later. */
const ANCHORED_MIN_SCORE = 40;

interface Segment {
  first: number;
  last: number;
  score: number;
}

/** Maximal stretches whose running weight stays positive, each cut at its best end (Kadane's scan). */
function positiveSegments(blocks: readonly Block[], verdicts: readonly BlockVerdict[], prose: readonly boolean[], from: number): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | undefined;
  let score = 0;
  for (let i = from; i < blocks.length; i++) {
    if (verdicts[i]!.block) continue;
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

const COMMENT_ZONE: Verdict = { rule: 'context/after-comments', category: 'context', reason: 'after the comment section header' };

/** Applies the run to the verdicts; `keep` lists blocks outside the run that are used elsewhere (the title). */
export function applyContext(document: Document, verdicts: BlockVerdict[], run: MainRun, keep: ReadonlySet<number> = new Set()): void {
  const { blocks } = document;
  if (run.first === -1) return;

  const commentsStart = blocks.findIndex((_, i) => i > run.first && verdicts[i]!.block?.category === 'comments');
  const container = findContainer(document, run);
  const last = container === undefined ? run.last : lastInside(document, verdicts, run, container, commentsStart);
  blocks.forEach((block, i) => {
    const v = verdicts[i]!;
    if (v.block || keep.has(i)) return;
    if (block.features.words === 0) v.block = { rule: 'context/no-words', category: 'context', reason: 'no words' };
    else if (commentsStart !== -1 && i > commentsStart) v.block = COMMENT_ZONE;
    else if (i < run.first) v.block = { rule: 'context/before-article', category: 'context', reason: describeOutside(block, run, 'before') };
    else if (i > last) v.block = { rule: 'context/after-article', category: 'context', reason: describeOutside(block, run, 'after') };
    else if (container !== undefined && !run.prose[i] && !isInsideAny(document, i, container)) v.block = { rule: 'context/outside-container', category: 'context', reason: 'not prose, outside the article\'s element' };
    else if (!run.prose[i]) settleShortBlock(blocks, verdicts, i);
  });
}

/** Widgets whose header ends the article even inside its element: what follows them is theirs. */
const TERMINAL_WIDGETS = new Set(['related', 'comments', 'share', 'newsletter', 'donation', 'paywall']);

/**
 * The last block after the run that still belongs to the article's element: it stops at
 * the element's end, at a widget header, and at a list of links.
 */
function lastInside(document: Document, verdicts: readonly BlockVerdict[], run: MainRun, container: readonly object[], commentsStart: number): number {
  let last = run.last;
  const end = commentsStart === -1 ? document.blocks.length : commentsStart;
  for (let i = run.last + 1; i < end; i++) {
    const category = verdicts[i]!.block?.category;
    if (!isInsideAny(document, i, container) || (category && TERMINAL_WIDGETS.has(category))) break;
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
  if (before && after && before.category === after.category && before.category !== 'context') {
    verdicts[i]!.block = { rule: before.rule, category: before.category, reason: `short block between two ${before.category} blocks` };
  }
}
