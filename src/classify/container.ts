/**
 * HTML only: the elements that hold the article — those the page's structure points to
 * (parse/html/article-root.ts), else a marked article body around the main run's prose,
 * else the innermost element holding nearly all of it. Blocks inside after the run (lists,
 * product boxes, closing lines) belong to the article unless a rule says otherwise;
 * blocks outside must earn their place.
 */
import type { Document } from '../types.js';
import type { MainRun } from './context-pass.js';

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
  return elements.some((el) => {
    const range = ranges?.get(el);
    return range ? range[0] <= index && index <= range[1] : (document.ancestors?.[index]?.includes(el) ?? false);
  });
}
