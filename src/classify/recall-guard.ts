/**
 * The recall guard: a document never silently loses its article. When the rules and the
 * context pass together would remove more than a set share of the document's prose (an
 * article about newsletters judged a newsletter box, or an article body inside an element
 * a rule claims), the most article-like stretch — the main run of prose found as if no
 * rule but the comment rules had fired — is kept, and the document is flagged so that a
 * person can look at it.
 */
import type { Document, RecallGuard } from '../types.js';
import { clearLines, emptyVerdicts, type BlockVerdict } from './verdicts.js';
import { isProse, stopWordsAreInformative } from './prose.js';
import { COMMENT_ZONE, findMainRun } from './context-pass.js';
import { threadOpeners, type CategoryTest } from '../rules/pipeline-meta.js';

/** By default the guard steps in when more than this share of the prose would go. */
export const DEFAULT_MAX_REMOVAL = 0.8;
/** Below this many words of prose there is too little to judge. */
const MIN_PROSE_WORDS = 60;

/** `opensThread`: whether a category's widgets open a comment thread (`meta.opensThread`). */
export function applyRecallGuard(document: Document, verdicts: BlockVerdict[], maxRemoval = DEFAULT_MAX_REMOVAL, opensThread: CategoryTest = threadOpeners()): RecallGuard | undefined {
  const { blocks } = document;
  const options = { useStopWords: stopWordsAreInformative(blocks) };
  const prose = blocks.map((b) => isProse(b, options));
  // Comment threads are prose, and taking them out is the rule's whole point: they count
  // neither as prose lost nor as a place to look for the article.
  const isComments = (i: number) => {
    const v = verdicts[i]!.block;
    return v !== undefined && (opensThread(v.category) || v.rule === COMMENT_ZONE.rule);
  };
  let total = 0;
  let kept = 0;
  blocks.forEach((b, i) => {
    if (!prose[i] || isComments(i)) return;
    total += b.features.words;
    if (!verdicts[i]!.block) kept += b.features.words;
  });
  if (total < MIN_PROSE_WORDS) return undefined;
  const removedShare = 1 - kept / total;
  if (removedShare <= maxRemoval) return undefined;

  const onlyComments = emptyVerdicts(blocks.length);
  blocks.forEach((_, i) => {
    if (isComments(i)) onlyComments[i]!.block = verdicts[i]!.block;
  });
  const run = findMainRun(document, onlyComments);
  let restored = 0;
  for (let i = run.first; i >= 0 && i <= run.last; i++) {
    const v = verdicts[i]!;
    if (!prose[i] || !v.block) continue;
    v.block = undefined;
    clearLines(v);
    restored++;
  }
  const share = Math.round(removedShare * 100);
  return {
    removedShare: Math.round(removedShare * 1000) / 1000,
    restoredBlocks: restored,
    reason: `the rules would have removed ${share}% of the prose (more than ${Math.round(maxRemoval * 100)}%); ${restored} block${restored === 1 ? '' : 's'} of the main run of prose ${restored === 1 ? 'was' : 'were'} kept`,
  };
}
