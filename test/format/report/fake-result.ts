/** A cleaning result with only what the report reads: removals and warnings (the pipeline is not needed to test the page). */
import type { CleanResult, Removal, ResultWarning } from '../../../src/types.js';

export function fakeResult(text: string, removed: [start: number, end: number, rule: string, category?: string, reason?: string][], warnings: ResultWarning[] = []): CleanResult {
  const removals: Removal[] = removed.map(([start, end, rule, category, reason]) => ({
    start,
    end,
    rule,
    category: (category ?? rule) as Removal['category'],
    reason: reason ?? `${rule} reason`,
    text: text.slice(start, end),
  }));
  return {
    title: 'A title',
    byline: null,
    published: null,
    site: null,
    lang: 'en',
    url: null,
    paragraphs: [],
    text: '',
    removed: removals,
    removedCategories: [...new Set(removals.map((r) => r.category))],
    guard: warnings.some((w) => w.code === 'recall-guard') ? { removedShare: 0.9, restoredBlocks: 2, reason: 'guarded' } : null,
    warnings,
  };
}
