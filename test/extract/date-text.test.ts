import { describe, expect, it } from 'vitest';
import { dateIn } from '../../src/extract/date-text.js';

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
});
