/**
 * What one cleaned document adds to a run's summary: bytes read and written, and how many
 * characters of its text each category of boilerplate took.
 */
import type { Category, CleanResult } from '../types.js';
import type { ReportDigest } from '../format/report/digest.js';

export interface DocumentStats {
  bytesIn: number;
  bytesOut: number;
  /** Characters of the document's text (for HTML, of the page's text as unboil renders it). */
  chars: number;
  /** Characters removed, by category. */
  removedChars: Partial<Record<Category, number>>;
  /** The recall guard stepped in: the rules would have removed too much of the prose. */
  guarded: boolean;
  /** Why the result is doubtful (the result's `warnings`, as messages). */
  warnings: string[];
  /** What the HTML report shows of the document, when the run writes one (--report). */
  digest?: ReportDigest;
}

export function documentStats(result: CleanResult, textLength: number, bytesIn: number, output: string): DocumentStats {
  const removedChars: Partial<Record<Category, number>> = {};
  for (const r of result.removed) removedChars[r.category] = (removedChars[r.category] ?? 0) + (r.end - r.start);
  return { bytesIn, bytesOut: Buffer.byteLength(output), chars: textLength, removedChars, guarded: result.guard !== null, warnings: result.warnings.map((w) => w.message) };
}
