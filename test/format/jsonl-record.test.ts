/** A cleaned record keeps the input record's fields and adds the result's. */
import { describe, expect, it } from 'vitest';
import { mergeRecord } from '../../src/format/jsonl-record.js';

describe('mergeRecord', () => {
  it('keeps the record fields in order, drops the cleaned field and adds the result', () => {
    const merged = mergeRecord({ id: 7, html: '<p>x</p>', url: 'https://example.org/a' }, 'html', { title: 'T', url: null, text: 'Body' });
    expect(Object.keys(merged)).toEqual(['id', 'url', 'title', 'text']);
    expect(merged).toEqual({ id: 7, url: 'https://example.org/a', title: 'T', text: 'Body' });
  });

  it('puts the cleaned text in "text" even when the record has its own', () => {
    expect(mergeRecord({ text: 'raw dump', title: 'Scraped title' }, 'text', { title: 'Found title', text: 'clean' })).toEqual({ title: 'Scraped title', text: 'clean' });
    expect(mergeRecord({ html: '<p>', text: 'visible text' }, 'html', { text: 'clean' })).toEqual({ text: 'clean' });
  });

  it('keeps a "__proto__" field as a plain field', () => {
    const merged = mergeRecord(JSON.parse('{"__proto__": {"polluted": true}, "text": "x"}'), 'text', { text: 'y' });
    expect(JSON.stringify(merged)).toBe('{"__proto__":{"polluted":true},"text":"y"}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
