/** The pipeline's record of what is removed: whole blocks, or single lines of a block. */
import type { Category } from '../types.js';

export interface Verdict {
  rule: string;
  category: Category;
  reason: string;
}

export interface BlockVerdict {
  /** Set when the whole block goes. */
  block?: Verdict;
  /** Lines that go, by line index, when the block itself stays. */
  lines: Map<number, Verdict>;
}

export function emptyVerdicts(count: number): BlockVerdict[] {
  return Array.from({ length: count }, () => ({ lines: new Map<number, Verdict>() }));
}

/** Whether every line of a block is removed one way or another. */
export function isFullyRemoved(v: BlockVerdict, lineCount: number): boolean {
  return v.block !== undefined || (lineCount > 0 && v.lines.size === lineCount);
}
