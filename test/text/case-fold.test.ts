import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerCasePattern, lowerCased } from '../../src/text/case-fold.js';

describe('lowerCasePattern', () => {
  it('drops `i` from a pattern whose letters are all lower case, keeping its other flags', () => {
    const lower = lowerCasePattern(/^(?:read more|weiterlesen|lire la suite)\s*[:»]?$/iu)!;
    expect(lower.flags).toBe('u');
    expect(lower.source).toBe('^(?:read more|weiterlesen|lire la suite)\\s*[:»]?$');
    expect(lowerCasePattern(/^share\b/gi)!.flags).toBe('g');
  });

  it('allows escapes that name no case: \\S, \\W, \\D, \\B, letter and number classes, character codes', () => {
    for (const pattern of [/^\S+ \W\D\B$/iu, /(?<![\p{L}\p{N}])más\u00e1\x41?$/iu, /^\p{Script=Latin}+$/iu]) expect(lowerCasePattern(pattern), pattern.source).toBeInstanceOf(RegExp);
  });

  it('keeps patterns that would stop matching on lower-cased text', () => {
    expect(lowerCasePattern(/^About Us$/iu)).toBeUndefined(); // an upper-case letter
    expect(lowerCasePattern(/^about \p{Lu}/iu)).toBeUndefined(); // a class that names a case
    expect(lowerCasePattern(/^\P{Ll}+$/iu)).toBeUndefined();
    expect(lowerCasePattern(/^(?<Word>a)\k<Word>$/iu)).toBeUndefined();
  });

  it('leaves case-sensitive patterns alone', () => {
    expect(lowerCasePattern(/^share$/u)).toBeUndefined();
  });

  it('answers as the case-insensitive pattern does, for text in any case', () => {
    const patterns = [/^(?:share|teilen|partager) (?:on|auf|sur) (?:x|facebook)$/iu, /(?<![\p{L}\p{N}])(?:más|über|été)(?![\p{L}\p{N}])/iu, /^\s*(?:subscribe|abonnez-vous)\W*$/iu, /ß|ø|æ/iu];
    const letters = fc.constantFrom(...'shareonxfacebookteilenaufpartagersurmásüberétéSHAREONFACEBOOKMÁSÜBERÉTÉ ÆØæøßẞ-!'.split(''));
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 30 }), fc.constantFrom('', 'share on ', 'SHARE ON ', 'Teilen auf ', 'más ', 'ÜBER '), (chars, prefix) => {
        const text = prefix + chars.join('');
        for (const pattern of patterns) expect(lowerCasePattern(pattern)!.test(lowerCased(text)), `${pattern} on ${text}`).toBe(pattern.test(text));
      }),
    );
  });
});

describe('lowerCased', () => {
  it('gives each text its own lower case, also when texts alternate', () => {
    expect(lowerCased('Share ON X')).toBe('share on x');
    expect(lowerCased('ÜBER')).toBe('über');
    expect(lowerCased('Share ON X')).toBe('share on x');
    expect(lowerCased('')).toBe('');
  });
});
