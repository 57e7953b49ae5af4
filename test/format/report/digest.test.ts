/** What a thread sends back of a document for the report: bounded text, removals as numbers. */
import { describe, expect, it } from 'vitest';
import { reportDigest } from '../../../src/format/report/digest.js';
import { fakeResult } from './fake-result.js';

describe('reportDigest', () => {
  it('keeps the text and each removal as start, end, rule and reason, rules and reasons listed once', () => {
    const text = 'Home\nNews\nThe story goes on.\nShare this';
    const digest = reportDigest(fakeResult(text, [[0, 4, 'navigation'], [5, 9, 'navigation'], [29, 39, 'share']]), text);
    expect(digest.text).toBe(text);
    expect(digest.length).toBe(text.length);
    expect(digest.rules).toEqual([{ id: 'navigation', category: 'navigation', chars: 8 }, { id: 'share', category: 'share', chars: 10 }]);
    expect(digest.reasons).toEqual(['navigation reason', 'share reason']);
    expect([...digest.marks]).toEqual([0, 4, 0, 0, 5, 9, 0, 0, 29, 39, 1, 1]);
    expect(digest.marksPastCut).toBe(0);
  });

  it('cuts a long text at a line end near the limit, counting the removals past the cut but not losing their characters', () => {
    const text = `${'a'.repeat(90)}\n${'b'.repeat(50)}\n${'c'.repeat(50)}`;
    const digest = reportDigest(fakeResult(text, [[80, 120, 'ads'], [150, 160, 'legal']]), text, 100);
    expect(digest.text).toBe('a'.repeat(90)); // the line end at 90 is within the last fifth of the limit
    expect(digest.length).toBe(text.length);
    expect([...digest.marks]).toEqual([80, 90, 0, 0]); // a removal across the cut ends there
    expect(digest.marksPastCut).toBe(1);
    expect(digest.rules.map((r) => r.chars)).toEqual([40, 10]); // totals count the whole text
  });

  it('cuts at the limit when no line ends near it', () => {
    const text = 'x'.repeat(500);
    expect(reportDigest(fakeResult(text, []), text, 100).text).toHaveLength(100);
  });

  it('carries the warnings as plain data, fit to cross to another thread', () => {
    const text = 'Only menus';
    const digest = reportDigest(fakeResult(text, [[0, 10, 'navigation']], [{ code: 'no-article', message: 'no article found' }]), text);
    expect(structuredClone(digest)).toEqual(digest);
    expect(digest.warnings).toEqual([{ code: 'no-article', message: 'no article found' }]);
    expect(digest.marks).toBeInstanceOf(Uint32Array);
  });
});
