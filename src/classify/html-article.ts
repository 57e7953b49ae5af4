/**
 * HTML only: what stands outside the elements that hold the article (see
 * html/article-root.ts) is not the article. The title the markup names is kept for
 * metadata; everything else outside goes before the main run is looked for, so teasers,
 * sidebars and footers cannot extend it.
 */
import type { Block, Document } from '../types.js';
import type { EndsArticle } from '../rules/pipeline-meta.js';
import type { MainRun } from './main-run.js';
import type { BlockVerdict, Verdict } from './verdicts.js';
import { isInsideAny } from './container.js';

const OUTSIDE: Verdict = { rule: 'prose/outside-article', category: 'prose', reason: "outside the element that holds the article" };

export function removeOutsideArticle(document: Document, verdicts: BlockVerdict[], keep: ReadonlySet<number>): void {
  const root = document.articleRoot;
  if (!root?.length) return;
  for (const block of document.blocks) {
    const v = verdicts[block.index]!;
    if (v.block || keep.has(block.index) || isInsideAny(document, block.index, root)) continue;
    v.block = OUTSIDE;
  }
}

/**
 * Inside the article's element the main run is widened: back over what opens the article
 * before its first long paragraph (a short lead, a heading, a list, a table), and on past
 * link-heavy blocks that read as sentences (a summary list whose items each link their
 * subject). It stops at the title, a level-one heading, a list of links and (going on) a
 * widget's header (of a category that `endsArticle`). Bylines and credits there are claimed by their class names.
 */
export function widenRunInArticle(document: Document, verdicts: readonly BlockVerdict[], run: MainRun, title: number | undefined, endsArticle: EndsArticle): MainRun {
  const root = document.articleRoot;
  if (!root?.length || run.first === -1 || !isInsideAny(document, run.first, root)) return run;
  const { blocks } = document;
  let { first, last } = run;
  for (let i = run.first - 1; i >= 0 && i !== title; i--) {
    if (verdicts[i]!.block) continue;
    if (!isInsideAny(document, i, root) || isBoundary(blocks[i]!)) break;
    first = i;
  }
  for (let i = run.last + 1; i < blocks.length; i++) {
    const category = verdicts[i]!.block?.category;
    if (category && endsArticle(category)) break;
    if (category) continue;
    if (!isInsideAny(document, i, root) || isBoundary(blocks[i]!)) break;
    last = i;
  }
  return { ...run, first, last };
}

function isBoundary(block: Block): boolean {
  if (block.kind === 'heading' && block.headingLevel === 1) return true;
  const f = block.features;
  return f.linkDensity > 0.5 && !(f.words >= 12 && f.sentenceEnds >= 1 && f.endsWithSentence);
}
