import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerCasePattern, lowerCased, replaceAllCaseless, textTest } from '../../src/text/case-fold.js';

describe('lowerCasePattern', () => {
  it('drops `i` from a pattern whose letters are all lower case, keeping its other flags', () => {
    const lower = lowerCasePattern(/^(?:read more|weiterlesen|lire la suite)\s*[:»]?$/iu)!;
    expect(lower.flags).toBe('u');
    expect(lower.source).toBe('^(?:read more|weiterlesen|lire la suite)\\s*[:»]?$');
    expect(lowerCasePattern(/^share\b/gi)!.flags).toBe(''); // asked from the start, so `g` goes too
    expect(lowerCasePattern(/share/iy)).toBeUndefined();
  });

  it('allows escapes that name no case: \\S, \\W, \\D, \\B, letter and number classes, character codes', () => {
    for (const pattern of [/^\S+ \W\D\B$/iu, /(?<![\p{L}\p{N}])más\u00e1\x2d?$/iu, /^\p{Script=Latin}+$/iu]) expect(lowerCasePattern(pattern), pattern.source).toBeInstanceOf(RegExp);
  });

  it('keeps patterns that would stop matching on lower-cased text', () => {
    expect(lowerCasePattern(/^About Ünited$/iu)).toBeUndefined(); // an upper-case letter outside ASCII
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

describe('replaceAllCaseless', () => {
  it('replaces what the case-insensitive pattern matches, in the text as given', () => {
    const months = /(?<![\p{L}\p{N}])(?:november|nov)\.?\s+\d{1,2}(?![\p{L}\p{N}])/giu;
    expect(replaceAllCaseless('Posted NOV. 19 and November 20, by Jane', months, ' §W ')).toBe('Posted  §W  and  §W , by Jane');
    expect(replaceAllCaseless('no date here', months, '§')).toBe('no date here');
  });

  it('gives what String.replace gives, for text in any case, a dotted capital I among it', () => {
    const patterns = [/(?:über|été|nov)\s*\d/giu, /(?<![\p{L}\p{N}])(?:by|von)\s+\p{Lu}/giu, /İst|is/giu];
    const chars = fc.constantFrom(...'überÜBERétéÉTÉnovNOVbyBYvonVON İIıis0123 '.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }), (list) => {
        const text = list.join('');
        for (const pattern of patterns) expect(replaceAllCaseless(text, pattern, '§'), `${pattern} on ${text}`).toBe(text.replace(pattern, '§'));
      }),
    );
  });
});

describe('textTest', () => {
  it('asks a case-insensitive pattern of the lower-cased text, and answers for the text as given', () => {
    const t = textTest(/^read more$/iu);
    expect([t.onLowerCase, t.pattern.flags]).toEqual([true, 'u']);
    expect(['Read More', 'READ MORE', 'read more', 'Read more about it'].map((text) => t.test(text))).toEqual([true, true, true, false]);
  });

  it('asks other patterns as they are, and a stateful one from the start each time without moving the original', () => {
    const sensitive = /^About \p{Lu}/iu;
    expect(textTest(sensitive)).toMatchObject({ pattern: sensitive, onLowerCase: false });
    const global = /share/g;
    const t = textTest(global);
    expect([t.test('share'), t.test('share'), t.test('shared')]).toEqual([true, true, true]);
    expect(global.lastIndex).toBe(0);
  });
});

describe('lowerCasePattern, letters of the pattern itself', () => {
  it('lower-cases ASCII letters and ranges, and keeps what names a case or a code', () => {
    expect(lowerCasePattern(/^(?:GMT|UTC)[T ]\d+$/iu)!.source).toBe('^(?:gmt|utc)[t ]\\d+$');
    expect(lowerCasePattern(/^[A-Z][a-zA-Z]+$/i)!.source).toBe('^[a-z][a-za-z]+$');
    expect(lowerCasePattern(/^(?<Word>\w+)\S\W\D\B\n$/iu)!.source).toBe('^(?<Word>\\w+)\\S\\W\\D\\B\\n$');
    for (const kept of [/[0-Z]/i, /\u0041/iu, /\x41/i, /É/iu, /[À-ÿ]/iu, /\p{Lu}/iu, /\P{Ll}/iu, /(?<a>x)\k<a>/iu, /[\p{L}--[a-z]]/iv]) expect(lowerCasePattern(kept), kept.source).toBeUndefined();
  });

  it('answers as the case-insensitive pattern does, with upper-case letters and ranges in it', () => {
    const patterns = [/^(?:GMT|Uhr|[A-F]\d)\b/iu, /[A-Z]{2}-[a-c]+/i, /^Q(?=u)[^X-Z]/i];
    const chars = fc.constantFrom(...'gmtGMTuhrUHRabcdefABCDEFqQuUxyzXYZ-09 '.split(''));
    fc.assert(
      fc.property(fc.constantFrom('', 'GMT', 'gmt', 'Uhr ', 'UHR', 'B7', 'b7 ', 'QU', 'qu'), fc.array(chars, { maxLength: 12 }), (prefix, list) => {
        const text = prefix + list.join('');
        for (const pattern of patterns) expect(lowerCasePattern(pattern)!.test(lowerCased(text)), `${pattern} on ${text}`).toBe(pattern.test(text));
      }),
    );
  });
});
