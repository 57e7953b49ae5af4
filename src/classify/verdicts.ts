/** The pipeline's record of what is removed: whole blocks, or single lines of a block. */
import type { Category, Document } from '../types.js';

export interface Verdict {
  rule: string;
  category: Category;
  reason: string;
}

export interface BlockVerdict {
  /** Set when the whole block goes. */
  block?: Verdict;
  /** Lines that go, by line index, when the block itself stays (changed with removeLine and clearLines). */
  lines: ReadonlyMap<number, Verdict>;
}

/**
 * The lines of a block that loses none: one map for them all. Most blocks lose no single
 * line, and an empty map of its own costs a block more than its text on a long document.
 */
const NO_LINES: ReadonlyMap<number, Verdict> = new Map();
// A write to it through a cast would remove the line from every block: it fails instead.
(NO_LINES as Map<number, Verdict>).set = () => {
  throw new TypeError("a block's line verdicts are set with removeLine()");
};

/**
 * A copy of `verdict` whose reason is written only when read, from `source.reason`. A
 * reason can cost more than the verdict (the block model's names the features that weighed
 * most, walking every tree again), and most runs never print one. To whoever reads it, the
 * reason is an ordinary enumerable property in the place `verdict` has it: spread, JSON and
 * structured clone see the text, in the same key order.
 */
export function withLazyReason<T extends Verdict>(verdict: T, source: { readonly reason: string }): T {
  const out = {} as T;
  for (const key of Object.keys(verdict) as (keyof T & string)[]) {
    if (key === 'reason') Object.defineProperty(out, key, REASON_PROPERTY);
    else out[key] = verdict[key];
  }
  Object.defineProperty(out, REASON, { value: source, writable: true, enumerable: false, configurable: true });
  return out;
}

/**
 * Where a lazy reason's copy keeps its source, then the reason once read. A symbol no JSON,
 * spread or clone sees, and one getter for every copy: copies made alike share their shape,
 * where a closure of each copy's own (with its context and accessor) cost a long
 * document's removals tens of megabytes.
 */
const REASON = Symbol('unboil.reason');
type WithReason = { [REASON]: { readonly reason: string } | string };

function readReason(this: WithReason): string {
  const held = this[REASON];
  if (typeof held === 'string') return held;
  const reason = held.reason;
  this[REASON] = reason;
  return reason;
}

const REASON_PROPERTY: PropertyDescriptor = { get: readReason, enumerable: true, configurable: true };

export function emptyVerdicts(count: number): BlockVerdict[] {
  return Array.from({ length: count }, () => ({ lines: NO_LINES }));
}

/** Removes one line of the block. */
export function removeLine(v: BlockVerdict, line: number, verdict: Verdict): void {
  if (v.lines === NO_LINES) v.lines = new Map();
  (v.lines as Map<number, Verdict>).set(line, verdict);
}

/** Drops the verdicts on the block's lines: the block goes whole, or is kept whole. */
export function clearLines(v: BlockVerdict): void {
  v.lines = NO_LINES;
}

/** Whether every line of a block is removed one way or another. */
export function isFullyRemoved(v: BlockVerdict, lineCount: number): boolean {
  return v.block !== undefined || (lineCount > 0 && v.lines.size === lineCount);
}

/** HTML: blocks inside subtrees a rule claimed by selector or class word start out removed. */
export function claimedVerdicts(document: Document): BlockVerdict[] {
  const verdicts = emptyVerdicts(document.blocks.length);
  for (const [index, claim] of document.claimed ?? []) verdicts[index]!.block = claim;
  return verdicts;
}
