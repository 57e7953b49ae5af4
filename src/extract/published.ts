/**
 * Finds the publication date on a dateline near the top of the article and returns it
 * as ISO 8601 (see date-text.ts for which dates count).
 */
import { dateIn } from './date-text.js';

/** A line counts as a dateline when the date covers most of it. */
const MIN_DATE_SHARE = 0.5;

export interface FoundDate {
  iso: string;
  /** Index of the line that held it, among the lines given. */
  line: number;
}

export function findPublished(lines: readonly string[]): FoundDate | undefined {
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.replace(/^(published|updated|first published|posted|last updated)\s*:?\s*/i, '');
    if (text.length > 80) continue;
    const found = dateIn(text);
    if (found && found.share >= MIN_DATE_SHARE) return { iso: found.iso, line: i };
  }
  return undefined;
}

/** A date from markup: kept when already ISO 8601, otherwise parsed. */
export function normaliseDate(value: string): string | undefined {
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v)) return v.replace(' ', 'T');
  return findPublished([v])?.iso;
}
