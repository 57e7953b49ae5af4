/**
 * The calendar date a short line spells out ("September 4, 2025", "Updated 12/19/2025",
 * "By Jane Doe · Jan 29, 2025 · 5 min read"), as ISO 8601.
 *
 * Only a date the line itself spells out counts. "Updated today 10:30" or "3 hours ago"
 * would give the day of the run, not of the page, and the same page cleaned twice would
 * get two dates: chrono's strict parsers leave out "today" and "yesterday", and a date
 * that moves with the reference date ("ago") is refused, as is one without a year.
 */
import type * as Chrono from 'chrono-node';
import type * as ChronoEnglish from 'chrono-node/en';
import { lazyRequire } from '../lazy-require.js';
import { memoizeByText } from '../text/memo.js';

// Only the English parsers are used: the package's main entry also loads a dozen other
// locales, which made loading it four times slower (about 75 ms against 18 ms).
const chrono = lazyRequire<Pick<typeof ChronoEnglish, 'Chrono' | 'configuration'>>('chrono-node/en');

/**
 * Parsers of chrono's strict English set that never give a date this module takes: a span
 * of time ("within 3 days", "2 hours ago", "in 5 minutes"), a month without its day
 * ("12/2025", "2025 March"). Each compiles its patterns on first use and reads every line;
 * without them, the first date parsed costs about a third as much and each line about two
 * thirds, and on the 29,457 lines of the evaluation pages that might hold a date, the
 * dates read were the same, to the character (test/extract/date-text.test.ts checks the set).
 * One reading differs, on no line of those pages: "3 days after Jan 3, 2024" gives the date
 * it spells out, January 3, where the whole set gave January 6.
 */
export const PARSERS_LEFT_OUT: ReadonlySet<string> = new Set(['ENTimeUnitWithinFormatParser', 'ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser', 'ENSlashMonthFormatParser', 'ENYearMonthNameParser']);

let strictDates: Chrono.Chrono | undefined;

/** chrono's strict English parsers, less those that never give a date taken here; made on first use. */
export function dateParser(): Chrono.Chrono {
  if (strictDates) return strictDates;
  const configuration = chrono.configuration.createConfiguration(true, false);
  configuration.parsers = configuration.parsers.filter((parser) => !PARSERS_LEFT_OUT.has(parser.constructor.name));
  return (strictDates = new chrono.Chrono(configuration));
}

/** Longest line read for a date: datelines are short, and chrono's cost grows with the text. */
export const MAX_DATE_LINE = 200;

export interface LineDate {
  iso: string;
  /** The share of the line's characters the date takes (1: the line is the date). */
  share: number;
  /** Where the date starts and ends in the line (in a line whose words ran together, about there). */
  at: number;
  end: number;
}

/** A month's name or a number shaped like part of a date: lines without one are not parsed. */
const DATE_HINT = /\d{1,4}[-/.]\d{1,2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d|\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** The first absolute date with a year in the text, if any. */
export const dateIn: (text: string) => LineDate | undefined = memoizeByText((text) => {
  if (text.length > MAX_DATE_LINE || !DATE_HINT.test(text)) return undefined;
  // "MillerPublished: Jan 29" – words run together where a dump joined two elements.
  // "June 29, 2020November 12, 2021": a year run into the next word.
  const spaced = text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/(?<!\d)((?:19|20)\d\d)(?=\p{L})/gu, '$1; ');
  for (const parsed of dateParser().parse(spaced, REFERENCE)) {
    const start = parsed.start;
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
    if (!isAbsolute(parsed.text, start)) continue;
    return { iso: toIso(start), share: parsed.text.length / spaced.trim().length, at: parsed.index, end: parsed.index + parsed.text.length };
  }
  return undefined;
});

/** Two reference dates, years apart: an absolute date reads the same from both. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));
const OTHER_REFERENCE = new Date(Date.UTC(2010, 6, 15));

function isAbsolute(text: string, start: Chrono.ParsedComponents): boolean {
  const [again] = dateParser().parse(text, OTHER_REFERENCE);
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
