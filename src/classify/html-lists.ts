/**
 * HTML only: the items of one list share its purpose. When a rule removed the header
 * just before a list of links ("More:", "Related"), or most of a list's items (headlines
 * whose wording gave most of them away), the items left that are mostly links are more
 * of the same and go with them. Consecutive lists under one parent count as one (some
 * pages give each item a list of its own).
 */
import type { Category, Document } from '../types.js';
import type { BlockVerdict } from './verdicts.js';
import { linkListHeaders, type CategoryTest } from '../rules/pipeline-meta.js';

const LIST_TAGS = new Set(['ul', 'ol']);

/** Share of a list's items one category must have removed. */
const MOST = 0.6;
/** A remaining item goes when at least this share of its text is in links. */
const LINKED = 0.5;

const MAX_HEADER_WORDS = 6;

/** `headsLinkList`: whether a category's header heads a widget that is a list of links (`meta.listsLinks`). */
export function removeRestOfLists(document: Document, verdicts: BlockVerdict[], headsLinkList: CategoryTest = linkListHeaders()): void {
  for (const items of listRuns(document)) {
    const header = verdicts[items[0]! - 1]?.block;
    if (header && headsLinkList(header.category) && document.blocks[items[0]! - 1]!.features.words <= MAX_HEADER_WORDS && items.every((i) => verdicts[i]!.block || document.blocks[i]!.features.linkDensity >= LINKED)) {
      for (const i of items) verdicts[i]!.block ??= { rule: header.rule, category: header.category, reason: `list of links under a ${header.category} header` };
      continue;
    }
    if (items.length < 3) continue;
    const removedBy = new Map<Category, number>();
    for (const i of items) {
      const category = verdicts[i]!.block?.category;
      if (category && category !== 'prose') removedBy.set(category, (removedBy.get(category) ?? 0) + 1);
    }
    const [category, count] = [...removedBy].sort((a, b) => b[1] - a[1])[0] ?? [];
    if (!category || count! < MOST * items.length) continue;
    const rule = items.map((i) => verdicts[i]!.block).find((v) => v?.category === category)!.rule;
    for (const i of items) {
      const v = verdicts[i]!;
      if (!v.block && document.blocks[i]!.features.linkDensity >= LINKED) v.block = { rule, category, reason: `linked item of a list whose other items are ${category}` };
    }
  }
}

/** Runs of consecutive blocks inside list items whose lists share a parent. */
function listRuns(document: Document): number[][] {
  const { ancestors } = document;
  if (!ancestors) return [];
  const runs: number[][] = [];
  let current: number[] = [];
  let currentParent: object | undefined;
  ancestors.forEach((chain, i) => {
    const li = chain.findIndex((el) => nameOf(el) === 'li');
    const list = li === -1 ? undefined : chain.slice(li).find((el) => LIST_TAGS.has(nameOf(el)));
    const parent = list && (list as { parent?: object | null }).parent;
    if (parent && parent === currentParent) {
      current.push(i);
      return;
    }
    if (current.length) runs.push(current);
    current = parent ? [i] : [];
    currentParent = parent ?? undefined;
  });
  if (current.length) runs.push(current);
  return runs;
}

function nameOf(el: object): string {
  return (el as { name?: string }).name ?? '';
}
