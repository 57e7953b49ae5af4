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

export interface MainRun {
  /** Index of the first and last block of the article body; -1 when none was found. */
  first: number;
  last: number;
  /** Per block: judged to be prose. */
  prose: boolean[];
}

export function findMainRun(document: Document, verdicts: readonly BlockVerdict[]): MainRun {
  const { blocks } = document;
  const options = { useStopWords: stopWordsAreInformative(blocks) };
  const prose = blocks.map((b, i) => !verdicts[i]!.block && isProse(b, options));

  let best = { score: 0, first: -1, last: -1 };
  let score = 0;
  let start = -1;
  blocks.forEach((block, i) => {
    if (verdicts[i]!.block) return;
    const weight = runWeight(block, prose[i]!);
    if (weight === 0) return;
    if (start === -1 || score <= 0) {
      if (weight <= 0) return;
      start = i;
      score = 0;
    }
    score += weight;
    if (score > best.score) best = { score, first: start, last: i };
  });
  return { first: best.first, last: best.last, prose };
}

/**
 * How much a block pulls the run towards itself: prose by its length, a short sentence a
 * little; headings cost a little, menus and link lists (many short lines) a lot.
 */
function runWeight(block: Block, prose: boolean): number {
  const f = block.features;
  if (prose) return Math.min(f.words, 120);
  if (f.words === 0) return 0;
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
  blocks.forEach((block, i) => {
    const v = verdicts[i]!;
    if (v.block || keep.has(i)) return;
    if (block.features.words === 0) v.block = { rule: 'context/no-words', category: 'context', reason: 'no words' };
    else if (commentsStart !== -1 && i > commentsStart) v.block = COMMENT_ZONE;
    else if (i < run.first) v.block = { rule: 'context/before-article', category: 'context', reason: describeOutside(block, run, 'before') };
    else if (i > run.last) v.block = { rule: 'context/after-article', category: 'context', reason: describeOutside(block, run, 'after') };
    else if (!run.prose[i]) settleShortBlock(blocks, verdicts, i);
    if (v.block) v.lines.clear();
  });
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
