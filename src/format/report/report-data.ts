/** What the HTML report is rendered from: the run's summary and totals, and the documents it shows. */
import type { SummaryJson } from '../../runner/summary.js';
import type { ResultWarning } from '../../types.js';
import type { ReportDigest } from './digest.js';

export interface ReportedDocument {
  /** The document's place in the run, from 0: its anchor in the page (#d12). */
  seq: number;
  /** Its path, "(stdin)", or for JSON Lines the input's. */
  source: string;
  /** JSON Lines: the record's line. */
  line?: number;
  /** Characters of its text, and of them removed. */
  chars: number;
  removedChars: number;
  digest: ReportDigest;
}

/** What was removed, over the whole run, by rule or by category. */
export interface RemovedTotal {
  id: string;
  /** A rule's category; absent for a category's own total. */
  category?: string;
  chars: number;
  /** Documents it removed something from. */
  documents: number;
}

export interface WarnedDocument {
  seq: number;
  source: string;
  line?: number;
  warnings: ResultWarning[];
}

export interface ReportData {
  /** The command line that made the run. */
  command: string;
  /** When the report was written (ISO 8601). */
  generated: string;
  summary: SummaryJson;
  byCategory: RemovedTotal[];
  byRule: RemovedTotal[];
  /** The documents shown, in input order. */
  documents: ReportedDocument[];
  /** Set when the run had more documents than are shown: how they were chosen. */
  selection?: { cleaned: number; sampled: number; mostCut: number; warned: number };
  /** The most cut documents, most first (shown among `documents`). */
  mostCut: ReportedDocument[];
  /** Documents with warnings, in input order (the first ones, `warnedNotListed` more). */
  warned: WarnedDocument[];
  warnedNotListed: number;
}
