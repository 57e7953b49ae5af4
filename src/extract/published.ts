/**
 * Finds the publication date on a dateline near the top of the article and returns it
 * as ISO 8601: with the offset when the page names a time zone, without one otherwise.
 *
 * Only a date the line itself spells out counts. "Updated today 10:30" or "3 hours ago"
 * would give the day of the run, not of the page, and the same page cleaned twice would
 * get two dates: chrono's strict parsers leave out "today" and "yesterday", and a date
 * that moves with the reference date ("ago") is refused.
 */
import type * as Chrono from 'chrono-node';
import { lazyRequire } from '../lazy-require.js';

// Only the English parsers are used: the package's main entry also loads a dozen other
// locales, which made loading it four times slower (about 75 ms against 18 ms).
const chrono = lazyRequire<Pick<typeof Chrono, 'strict'>>('chrono-node/en');

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
    if (text.length > 80 || !/\d/.test(text)) continue;
    const [parsed] = chrono.strict.parse(text, REFERENCE);
    if (!parsed || parsed.text.length / text.length < MIN_DATE_SHARE) continue;
    const start = parsed.start;
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
    if (!isAbsolute(parsed.text, start)) continue;
    return { iso: toIso(start), line: i };
  }
  return undefined;
}

/** Two reference dates, years apart: an absolute date reads the same from both. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));
const OTHER_REFERENCE = new Date(Date.UTC(2010, 6, 15));

function isAbsolute(text: string, start: Chrono.ParsedComponents): boolean {
  const [again] = chrono.strict.parse(text, OTHER_REFERENCE);
  return again !== undefined && again.start.date().getTime() === start.date().getTime();
}

function toIso(c: Chrono.ParsedComponents): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${c.get('year')}-${pad(c.get('month')!)}-${pad(c.get('day')!)}`;
  if (!c.isCertain('hour')) return date;
  const time = `${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}:${pad(c.get('second') ?? 0)}`;
  if (!c.isCertain('timezoneOffset')) return `${date}T${time}`;
  const offset = c.get('timezoneOffset')!;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${date}T${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** A date from markup: kept when already ISO 8601, otherwise parsed. */
export function normaliseDate(value: string): string | undefined {
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v)) return v.replace(' ', 'T');
  return findPublished([v])?.iso;
}
