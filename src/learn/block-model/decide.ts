/**
 * The learned keep/remove decision (clean()'s default, `decision: 'model'`): after the
 * rules, the context pass and the recall guard have had their say, the block model reads
 * each block's features (their verdicts among them) and decides on what the prose rule and
 * the context pass removed: is it the article's after all?
 *
 * - What a category rule removed (a newsletter box, a cookie notice, a share bar) stays
 *   removed: those verdicts name what a block is. A rule whose widgets are the content of
 *   some kinds of page says at what odds its removals come back (`meta.modelRestoresAt`:
 *   a forum's posts are marked up as comments).
 * - A block the prose rule or the context pass removed comes back when the model's odds
 *   reach its threshold (0.35, chosen by cross-validation), or the page's lower cut where
 *   the model expects to get fewer of its words right (page-cut.ts); one that stays
 *   removed keeps its rule and gains the model's odds and the features that weighed most
 *   against it, for --explain.
 * - A block the rules kept stays. Cross-validated by site, letting the model also remove
 *   kept blocks (below 0.1 or below 0.5) moved words F1 by less than 0.01 on every set and
 *   format, and lost sentences of hand-made articles between whose paragraphs widgets stand
 *   (docs/block-model.md).
 * - In HTML, nothing comes back in front of the title; in a text dump, whose title is a
 *   guess, a block before it comes back at odds of 0.5 or more. On an HTML page that calls
 *   itself an article, a block after the article's element comes back at 0.5 or more too. Of a text the page
 *   holds more than once (a dump that prints its article twice), no copy comes back when
 *   one is kept, and one at most when none is, and only when it would come back as the
 *   page's only copy (so that cleaning the output again keeps it); what the context pass
 *   removed as a repeat stays removed.
 */
import type { Block, Document } from '../../types.js';
import { namesArticle } from './page-kind.js';
import { lastIndexInside } from '../../classify/container.js';
import { type BlockVerdict, type Verdict, clearLines, isFullyRemoved, withLazyReason } from '../../classify/verdicts.js';
import { featureReader, FEATURE_NAMES, repeatKey, type DecisionState } from './features.js';
import { contributions, predict, predictRows, type BlockModel } from './forest.js';
import { shippedBlockModel } from './shipped-model.js';
import { PARAGRAPH_WORDS } from '../../classify/before-headline.js';
import { pageCut, type PageOdds } from './page-cut.js';
import { saidAfterTitle } from './said-after-title.js';
import { SparseRows } from './sparse-rows.js';
import { modelRestoreOdds, type RestoreOdds } from '../../rules/pipeline-meta.js';

/** The context pass's verdict on a copy of text the article holds: it stays removed. */
const REPEAT = 'prose/repeat';
/** How many other blocks of the page hold the block's text (the feature the model reads too). */
const REPEAT_COUNT = FEATURE_NAMES.indexOf('repeat_count');
const REPEAT_FIRST = FEATURE_NAMES.indexOf('repeat_first');
const REPEAT_KEPT_BEFORE = FEATURE_NAMES.indexOf('repeat_kept_before');

/**
 * Whether a copy of a repeated text would come back as the only one: the output holds one
 * copy, so cleaning the output again must keep it too (the model reads more copies as
 * likelier to be the article's, and one alone as less).
 */
function restoredAlone(model: BlockModel, row: Float32Array, cut: number): boolean {
  const alone = Float32Array.from(row);
  alone[REPEAT_COUNT] = 0;
  alone[REPEAT_FIRST] = 1;
  alone[REPEAT_KEPT_BEFORE] = 0;
  return predict(model, alone, 0) >= cut;
}

/**
 * In a text dump, a block before the title comes back at these odds or more (in HTML, never:
 * the markup names the headline). A dump's title is a guess, often wrong on pages other
 * than news articles, and then the content before it was lost. Cross-validated by site,
 * words F1 of whole-page dumps rose from 0.672 to 0.695 on wcxb-other and from 0.910 to
 * 0.914 on wcxb-articles; under 0.5 (the page's cut), the lists of headlines that stand
 * before a news headline came back on dev/ pages (docs/block-model.md).
 */
const BEFORE_TITLE_ODDS = 0.5;

/**
 * In HTML whose JSON-LD or microdata calls the page an article, a block after the article's
 * element comes back at these odds or more: there it is a teaser, a related story or a
 * reader's comment far more often than the article's. Cross-validated by site, dev HTML went
 * from 0.969 to 0.974 and wcxb-articles from 0.950 to 0.951, and wcxb-other moved by 0.001
 * (0.750 to 0.749). Applied to every page, it cost wcxb-other 0.011 (collections and
 * listings stand outside the element taken for the article's); gated by og:type article
 * too, 0.002, as many listings say og:type article (docs/block-model.md).
 */
const AFTER_ARTICLE_ODDS = 0.5;

/** Features named in the reason of a block the model leaves removed. */
const REASONS_SHOWN = 3;

export interface ModelDecision {
  /** Words of the blocks that came back under the model's threshold, by the page's lower cut: the result is less sure. */
  unsureWords: number;
}

/** Rewrites `verdicts` with the model's decision; `model` defaults to the one shipped in models/. */
export function decideByModel(state: DecisionState & { verdicts: BlockVerdict[] }, model: BlockModel = shippedBlockModel(), restoreOdds: RestoreOdds = modelRestoreOdds()): ModelDecision {
  checkFeatures(model);
  const { document, verdicts } = state;
  // Rows are read before any verdict changes: every block is judged on the rules' picture.
  const fill = featureReader(state);
  const barFrom = afterArticleBarFrom(document);
  let candidates: { i: number; odds: number; words: number; row: number }[] = [];
  // Kept for the candidates' repeats and for their reasons, which --explain may read long after.
  const rows = new SparseRows(FEATURE_NAMES.length);
  const page: PageOdds = { expectedArticleWords: 0, expectedRightKept: 0, keptWords: 0 };
  const judge = (i: number, odds: number, row: Float32Array) => {
    const block = document.blocks[i]!;
    const words = block.features.words;
    const v = verdicts[i]!;
    // Every block's odds count towards the article's expected size, for the page's cut.
    page.expectedArticleWords += odds * words;
    if (!isFullyRemoved(v, block.lines.length)) {
      page.expectedRightKept += odds * words;
      page.keptWords += words;
      return;
    }
    if (odds < oddsToComeBack(state, i, v, restoreOdds, barFrom)) return;
    // Only a block that may come back keeps its row, for its repeats and its reason.
    candidates.push({ i, odds, words, row: rows.add(row) });
  };
  // Blocks without words weigh nothing either way; the title is chosen elsewhere.
  const scored = document.blocks.flatMap((block, i) => (i === state.titleBlock || block.features.words === 0 ? [] : [i]));
  scoreInBatches(model, scored, fill, judge);
  // A block before the title that the page says again after it: the later copy is the article's.
  const title = state.titleBlock;
  const beforeTitle = title === undefined ? [] : candidates.filter((c) => c.i < title).map((c) => document.blocks[c.i]!);
  if (beforeTitle.length > 0) {
    const saidAgain = saidAfterTitle(document.blocks, title!, beforeTitle);
    candidates = candidates.filter((c) => !saidAgain.has(document.blocks[c.i]!));
  }
  const threshold = model.threshold ?? 0;
  const cut = pageCut(threshold, page, candidates);
  const oddsOf = new Map(candidates.map((c) => [c.i, c.odds]));
  const changes: (() => void)[] = [];
  const restored: number[] = [];
  /** The texts kept, read only when a repeated text is up for coming back. */
  let copiesKept: Set<string> | undefined;
  for (const { i, odds, row: rowAt } of candidates) {
    const block = document.blocks[i]!;
    const row = rows.row(rowAt);
    const v = verdicts[i]!;
    // Of a text the page holds more than once, one copy at most is in the article, and only
    // one that would come back alone.
    const key = row[REPEAT_COUNT]! > 0 ? repeatKey(block.text) : undefined;
    if (key !== undefined && (copiesKept ??= keptTexts(state)).has(key)) continue;
    if (odds >= cut && (key === undefined || restoredAlone(model, row, cut))) {
      if (key !== undefined) copiesKept!.add(key);
      restored.push(i);
    } else if (v.block) {
      const removal = withLazyReason(v.block, new ModelReason(v.block, odds, model, rows, rowAt));
      changes.push(() => (v.block = removal));
    }
  }
  let unsureWords = 0;
  for (const i of withoutDanglingLines(document.blocks, verdicts, restored)) {
    verdicts[i]!.block = undefined;
    clearLines(verdicts[i]!);
    if (oddsOf.get(i)! < threshold) unsureWords += document.blocks[i]!.features.words;
  }
  for (const change of changes) change();
  return { unsureWords };
}

/**
 * The removal's reason with the model's odds and what weighed most against the block,
 * written when read (--explain, JSON): naming what weighed most walks every tree again. It
 * holds only what it reads, not all that decideByModel had at hand.
 */
class ModelReason {
  constructor(
    private readonly removal: Verdict,
    private readonly odds: number,
    private readonly model: BlockModel,
    private readonly rows: SparseRows,
    private readonly at: number,
  ) {}

  get reason(): string {
    return `${this.removal.reason}; the block model gives it ${(this.odds * 100).toFixed(0)}% of being the article's${weighedMost(this.model, this.rows.row(this.at))}`;
  }
}

/** Rows scored together: enough for the trees to be read from the cache, few enough to stay small on any page. */
const BATCH_ROWS = 256;

/**
 * Fills the rows of the blocks `indices` a batch at a time, has the trees score each batch
 * together (predictRows), and hands each block its odds and row, in order.
 */
function scoreInBatches(model: BlockModel, indices: readonly number[], fill: (i: number, row: Float32Array) => void, judge: (i: number, odds: number, row: Float32Array) => void): void {
  const width = FEATURE_NAMES.length;
  const rows = new Float32Array(Math.min(BATCH_ROWS, indices.length) * width);
  const odds = new Float64Array(BATCH_ROWS);
  for (let from = 0; from < indices.length; from += BATCH_ROWS) {
    const count = Math.min(BATCH_ROWS, indices.length - from);
    rows.fill(0);
    for (let k = 0; k < count; k++) fill(indices[from + k]!, rows.subarray(k * width, (k + 1) * width));
    predictRows(model, rows, count, width, odds);
    for (let k = 0; k < count; k++) judge(indices[from + k]!, odds[k]!, rows.subarray(k * width, (k + 1) * width));
  }
}

/**
 * The blocks to bring back, less short lines without a sentence (a heading, a credit, a
 * label) after which no paragraph is kept: they would end the output dangling, and
 * cleaning the output again would drop them as after the article.
 */
function withoutDanglingLines(blocks: readonly Block[], verdicts: readonly BlockVerdict[], restored: readonly number[]): number[] {
  const back = new Set(restored);
  let paragraphAfter = false;
  const kept: number[] = [];
  for (let i = blocks.length - 1; i >= 0; i--) {
    const stays = back.has(i) || !isFullyRemoved(verdicts[i]!, blocks[i]!.lines.length);
    if (!stays) continue;
    if (back.has(i) && !isParagraph(blocks[i]!) && !paragraphAfter) continue;
    if (back.has(i)) kept.push(i);
    if (isParagraph(blocks[i]!)) paragraphAfter = true;
  }
  return kept;
}

function keptTexts(state: DecisionState): Set<string> {
  const kept = new Set<string>();
  state.document.blocks.forEach((block, i) => {
    if (!isFullyRemoved(state.verdicts[i]!, block.lines.length)) kept.add(repeatKey(block.text));
  });
  return kept;
}

/**
 * The odds a removed block needs to be up for coming back (the page's cut then decides among
 * those that are), Infinity for one that never comes back: a category rule's removal only
 * at its meta's `modelRestoresAt`, and only of a whole block; a repeat never; a block before
 * the title never in HTML, and at BEFORE_TITLE_ODDS in a text dump.
 */
function oddsToComeBack(state: DecisionState, i: number, v: BlockVerdict, restoreOdds: RestoreOdds, barFrom: number): number {
  if (v.block?.rule === REPEAT) return Infinity;
  let least = removedByCategory(v) ? ((v.block && isParagraph(state.document.blocks[i]!) && restoreOdds(v.block.category)) || Infinity) : 0;
  if (state.titleBlock !== undefined && i < state.titleBlock) least = Math.max(least, state.document.inputKind === 'html' ? Infinity : BEFORE_TITLE_ODDS);
  if (i >= barFrom) least = Math.max(least, AFTER_ARTICLE_ODDS);
  return least;
}

/**
 * A paragraph, not a line: a sentence, or a paragraph's words. A category's removal comes
 * back only as one (a post, never the buttons under it, "Like Quote Reply", or a label
 * beside it, which the model, reading a thread's neighbours, can rate as high as its
 * posts), and a short line comes back only before one (withoutDanglingLines).
 */
function isParagraph(block: Block): boolean {
  return block.features.words >= PARAGRAPH_WORDS || block.features.sentenceEnds > 0;
}

/** The first block after the article's element on an HTML page that calls itself an article (AFTER_ARTICLE_ODDS), or Infinity. */
function afterArticleBarFrom(document: Document): number {
  const root = document.articleRoot;
  if (document.inputKind !== 'html' || !root?.length || !namesArticle(document)) return Infinity;
  const end = lastIndexInside(document, root);
  return end >= 0 ? end + 1 : Infinity;
}

/** Whether a category rule (not the prose rule or the context pass) removed the block, whole or line by line. */
function removedByCategory(v: BlockVerdict): boolean {
  if (v.block) return v.block.category !== 'prose';
  for (const line of v.lines.values()) if (line.category !== 'prose') return true;
  return false;
}

/** ' (most against it: link_density 0.81 -1.92, ...)': the features that pulled the block's odds down most. */
function weighedMost(model: BlockModel, row: Float32Array): string {
  if (!model.cover) return '';
  const pulls = contributions(model, row, 0);
  const against = strongestAgainst(pulls);
  if (against.length === 0) return '';
  return ` (most against it: ${against.map((f) => `${model.features[f]} ${round(row[f]!)} ${pulls[f]!.toFixed(2)}`).join(', ')})`;
}

/** The features of the most negative pulls, most negative first (one pass: a row has hundreds). */
function strongestAgainst(pulls: Float64Array): number[] {
  const top: number[] = [];
  for (let f = 0; f < pulls.length; f++) {
    if (pulls[f]! >= 0) continue;
    let at = top.length;
    while (at > 0 && pulls[top[at - 1]!]! > pulls[f]!) at--;
    if (at < REASONS_SHOWN) {
      top.splice(at, 0, f);
      if (top.length > REASONS_SHOWN) top.pop();
    }
  }
  return top;
}

function round(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(2);
}

/** A model trained on other features would read the wrong columns: it is refused. */
function checkFeatures(model: BlockModel): void {
  const same = model.features.length === FEATURE_NAMES.length && model.features.every((name, i) => name === FEATURE_NAMES[i]);
  if (!same) throw new Error('the block model was trained on other features than this version of unboil computes: run npm run train');
}
