import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type * as ChronoEnglish from 'chrono-node/en';
import { dateIn, dateParser, PARSERS_LEFT_OUT } from '../../src/extract/date-text.js';

// As the source loads it: the package's English entry, in CommonJS.
const chrono = createRequire(import.meta.url)('chrono-node/en') as typeof ChronoEnglish;

describe('dateIn', () => {
  it('reads the date a dateline spells out, wherever it stands on the line', () => {
    expect(dateIn('September 4, 2025')).toMatchObject({ iso: '2025-09-04', share: 1, at: 0 });
    expect(dateIn('Dec 26, 2025 • Mahua Das in Project Management')?.iso).toBe('2025-12-26');
    expect(dateIn('109 Comments | Jill Winger | Last Updated: March 11, 2019')?.iso).toBe('2019-03-11');
  });

  it('finds a date that a dump ran into the name before it', () => {
    expect(dateIn('By Korin MillerPublished: Jan 29, 2025')?.iso).toBe('2025-01-29');
  });

  it('reads a date whose year a dump ran into the next word', () => {
    expect(dateIn('Posted on June 29, 2020November 12, 2021')?.iso).toBe('2020-06-29');
    expect(dateIn('Dec 17, 2025Julian K. Arni')?.iso).toBe('2025-12-17');
  });

  it('refuses dates without a year and dates relative to the day of the run', () => {
    expect(dateIn('Apr 12')).toBeUndefined();
    expect(dateIn('Updated 3 hours ago')).toBeUndefined();
    expect(dateIn('Published yesterday at 5 pm')).toBeUndefined();
  });

  it('leaves lines without a date-like number unparsed', () => {
    expect(dateIn('The Best Tax Prep Software of 2025')).toBeUndefined();
  });

  it("leaves out only parsers of chrono's strict set, all of them, and reads what the whole set reads", () => {
    // A parser renamed in a new chrono would stay in silently (slower, not wrong): the names must all be found.
    const strict = chrono.configuration.createConfiguration(true, false).parsers.map((p) => p.constructor.name);
    expect([...PARSERS_LEFT_OUT].filter((name) => !strict.includes(name))).toEqual([]);
    expect(dateParser()).toBe(dateParser());
    const lines = ['Updated 12/19/2025 10:30 am', 'Monday, June 29, 2020', '2025-03-04T09:15:00Z', 'within 3 days of 12 March 2024', 'Posted 2 hours ago · 12/2025', '2025 March 3', '4th of July 2023', 'Jan 5, 2024 - Feb 6, 2024'];
    // The dates each set reads as absolute: certain day, month and year, the same from two reference dates.
    const absolute = (c: ChronoEnglish.Chrono, line: string) =>
      c.parse(line, new Date(Date.UTC(2000, 0, 1)))
        .filter((p) => p.start.isCertain('day') && p.start.isCertain('year') && c.parse(p.text, new Date(Date.UTC(2010, 6, 15)))[0]?.start.date().getTime() === p.start.date().getTime())
        .map((p) => [p.text, p.index, p.start.date().toISOString()]);
    for (const line of lines) expect(absolute(dateParser(), line), line).toEqual(absolute(chrono.strict, line));
    expect(dateIn('Monday, June 29, 2020')).toMatchObject({ iso: '2020-06-29', share: 1 });
    // Where the whole set read a span from a date as a date of its own, the date the line spells out is read.
    expect(chrono.strict.parse('3 days after Jan 3, 2024', new Date(Date.UTC(2000, 0, 1)))[0]?.start.date().toISOString()).toBe('2024-01-06T12:00:00.000Z');
    expect(dateIn('3 days after Jan 3, 2024')?.iso).toBe('2024-01-03');
  });
});
