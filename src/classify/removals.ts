/** The verdicts as the result reports them: each removed block, or each removed line of a kept block, in document order. */
import type { Document, Removal } from '../types.js';
import { withLazyReason, type BlockVerdict, type Verdict } from './verdicts.js';

export function collectRemovals(document: Document, verdicts: readonly BlockVerdict[]): Removal[] {
  const removals: Removal[] = [];
  // The reason is read from the verdict only when the removal's is: most runs print none.
  const push = (v: Verdict, text: string, start: number, end: number) =>
    removals.push(withLazyReason<Removal>({ rule: v.rule, category: v.category, reason: '', text, start, end }, v));
  document.blocks.forEach((block, i) => {
    const v = verdicts[i]!;
    if (v.block && v.lines.size < block.lines.length) push(v.block, block.text, block.start, block.end);
    else for (const [li, lv] of [...v.lines].sort((a, b) => a[0] - b[0])) push(lv, block.lines[li]!.text, block.lines[li]!.start, block.lines[li]!.end);
  });
  return removals;
}
