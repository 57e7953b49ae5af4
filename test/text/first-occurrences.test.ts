import { describe, expect, it } from 'vitest';
import { FirstOccurrences } from '../../src/text/first-occurrences.js';

describe('FirstOccurrences', () => {
  const firstsOf = (keys: string[]) => {
    const firsts = new FirstOccurrences((i) => keys[i]!);
    return keys.map((_, i) => firsts.first(i));
  };

  it('gives each item the first item with its key, and new keys themselves', () => {
    expect(firstsOf(['home', 'news', 'home', 'sport', 'news', 'home'])).toEqual([0, 1, 0, 3, 1, 0]);
  });

  it('tells apart keys whose hashes are the same', () => {
    // These two have the same 32-bit FNV-1a hash.
    expect(firstsOf(['menu item 170342', 'menu item 1321240', 'menu item 1321240', 'menu item 170342'])).toEqual([0, 1, 1, 0]);
  });

  it('takes the key when the caller has it at hand', () => {
    const firsts = new FirstOccurrences(() => 'made again');
    expect(firsts.first(0, 'made again')).toBe(0);
    expect(firsts.first(1)).toBe(0);
  });
});
