/**
 * HTML only: the elements that hold the article — those the page's structure points to
 * (html/article-root.ts), else a marked article body around the main run's prose,
 * else the innermost element holding nearly all of it. Blocks inside after the run (lists,
 * product boxes, closing lines) belong to the article unless a rule says otherwise;
 * blocks outside must earn their place.
 */
import type { Document } from '../types.js';
import type { MainRun } from './main-run.js';

/** Share of the run's prose words the container must hold. */
const COVERAGE = 0.9;

export function findContainer(document: Document, run: MainRun): readonly object[] | undefined {
  const { ancestors, blocks } = document;
  if (!ancestors || run.first === -1) return undefined;
  if (document.articleRoot?.length) return document.articleRoot;
  const proseBlocks: number[] = [];
  for (let i = run.first; i <= run.last; i++) if (run.prose[i]) proseBlocks.push(i);
  const total = proseBlocks.reduce((n, i) => n + blocks[i]!.features.words, 0);
  if (total === 0) return undefined;

  const held = new Map<object, number>();
  for (const i of proseBlocks) for (const el of ancestors[i]!) held.set(el, (held.get(el) ?? 0) + blocks[i]!.features.words);

  const chain = ancestors[proseBlocks[0]!]!;
  const marked = chain.find((el) => document.contentRoots?.has(el) && (held.get(el) ?? 0) >= 0.5 * total);
  const found = marked ?? chain.find((el) => (held.get(el) ?? 0) >= COVERAGE * total);
  return found && [found];
}

/** Whether block `index` lies inside any of the elements (by their block ranges; nesting depth does not matter). */
export function isInsideAny(document: Document, index: number, elements: readonly object[]): boolean {
  const ranges = document.elementRanges;
  if (!ranges) return elements.some((el) => document.ancestors?.[index]?.includes(el) ?? false);
  // An article can be joined from thousands of sibling paragraphs: search their merged ranges.
  const spans = spansOfElements(ranges, elements);
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [first, last] = spans[mid]!;
    if (index < first) hi = mid - 1;
    else if (index > last) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The last block inside any of the elements, by their block ranges; -1 when none is known. */
export function lastIndexInside(document: Document, elements: readonly object[]): number {
  const ranges = document.elementRanges;
  return ranges ? (spansOfElements(ranges, elements).at(-1)?.[1] ?? -1) : -1;
}

const spansOf = new WeakMap<readonly object[], (readonly [number, number])[]>();

/** The elements' block ranges merged, kept with the list of elements. */
function spansOfElements(ranges: NonNullable<Document['elementRanges']>, elements: readonly object[]): (readonly [number, number])[] {
  let spans = spansOf.get(elements);
  if (!spans) {
    spans = mergedSpans(elements.map((el) => ranges.get(el)).filter((r): r is readonly [number, number] => r !== undefined && r[1] >= r[0]));
    spansOf.set(elements, spans);
  }
  return spans;
}

/** Sorted, non-overlapping block ranges covering the same blocks. */
function mergedSpans(ranges: (readonly [number, number])[]): (readonly [number, number])[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [first, last] of sorted) {
    const previous = merged[merged.length - 1];
    if (previous && first <= previous[1] + 1) previous[1] = Math.max(previous[1], last);
    else merged.push([first, last]);
  }
  return merged;
}
