/**
 * HTML only: the element that holds the article — the innermost ancestor of the main
 * run's prose that holds nearly all of it, or a marked article body around that prose.
 * Blocks inside it after the run (lists, product boxes, closing lines) belong to the
 * article unless a rule says otherwise; blocks outside must earn their place.
 */
import type { Document } from '../types.js';
import type { MainRun } from './context-pass.js';

/** Share of the run's prose words the container must hold. */
const COVERAGE = 0.9;

export function findContainer(document: Document, run: MainRun): object | undefined {
  const { ancestors, blocks } = document;
  if (!ancestors || run.first === -1) return undefined;
  const proseBlocks: number[] = [];
  for (let i = run.first; i <= run.last; i++) if (run.prose[i]) proseBlocks.push(i);
  const total = proseBlocks.reduce((n, i) => n + blocks[i]!.features.words, 0);
  if (total === 0) return undefined;

  const held = new Map<object, number>();
  for (const i of proseBlocks) for (const el of ancestors[i]!) held.set(el, (held.get(el) ?? 0) + blocks[i]!.features.words);

  const chain = ancestors[proseBlocks[0]!]!;
  const marked = chain.find((el) => document.contentRoots?.has(el) && (held.get(el) ?? 0) >= 0.5 * total);
  return marked ?? chain.find((el) => (held.get(el) ?? 0) >= COVERAGE * total);
}

export function isInside(document: Document, index: number, container: object): boolean {
  return document.ancestors?.[index]?.includes(container) ?? false;
}
