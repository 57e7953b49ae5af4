import { describe, expect, it } from 'vitest';
import { dateInUrl } from '../../../src/parse/html/url-date.js';

describe('the day a page address gives', () => {
  it('reads a year, month and day as path segments, by number or by name', () => {
    expect(dateInUrl('https://whatever.example.com/2025/12/18/the-december-comfort-watches/')).toBe('2025-12-18');
    expect(dateInUrl('https://www.example.com/blog/2023/october/03/how-to-taste-wine')).toBe('2023-10-03');
    expect(dateInUrl('https://www.example.com/2019/sept/1/story')).toBe('2019-09-01');
    expect(dateInUrl('/2020/5/6')).toBe('2020-05-06');
  });

  it('reads a day written with hyphens into a path segment', () => {
    expect(dateInUrl('https://blog.example.fr/articles/2025-12-15+Rust+GCC+backend')).toBe('2025-12-15');
    expect(dateInUrl('https://example.com/news/2024-02-29-leap-day')).toBe('2024-02-29');
  });

  it('gives nothing for an address without a whole, valid day', () => {
    expect(dateInUrl('https://example.com/2025/12/the-month-only/')).toBeUndefined();
    expect(dateInUrl('https://example.com/2024/02/30/no-such-day')).toBeUndefined();
    expect(dateInUrl('https://example.com/2023/marketing/03/a-word-not-a-month')).toBeUndefined();
    // A version number is not a day: hyphenated days have two digits each.
    expect(dateInUrl('https://community.example.io/t/2024-4-4-2024-5-0-issue/42')).toBeUndefined();
    expect(dateInUrl('https://example.com/products/12345')).toBeUndefined();
    expect(dateInUrl('What are the different types of wine?')).toBeUndefined();
    expect(dateInUrl(undefined)).toBeUndefined();
  });

  it('reads the path, not the host or the query', () => {
    expect(dateInUrl('https://example.com/search?from=/2025/01/02/')).toBeUndefined();
  });
});
