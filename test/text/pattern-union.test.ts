import { describe, expect, it } from 'vitest';
import { unionOf as unionOfPatterns } from '../../src/text/pattern-union.js';

/** The answer the union must always give: whether any pattern, asked alone, matches. */
const anyMatches = (patterns: readonly RegExp[], text: string) => patterns.some((p) => new RegExp(p.source, p.flags.replace(/[gy]/g, '')).test(text));

// A union asks its patterns one by one at first and joins them after a number of texts:
// every test runs on both.
describe.each([
  ['asked one by one', {}],
  ['joined', { testsBeforeJoining: 0 }],
])('unionOf, %s', (_, options) => {
  const unionOf = (patterns: readonly RegExp[]) => unionOfPatterns(patterns, options);

  it('answers as the patterns asked one by one, across flags', () => {
    const patterns = [/^share on (?:facebook|x)$/iu, /^Follow us$/u, /^\s*print\s*$/i, /^(?:read more|weiterlesen)\b/iu, /\bcookies?\b/i];
    const texts = ['Share on Facebook', 'SHARE ON X', 'follow us', 'Follow us', '  Print ', 'Read more about it', 'Weiterlesen', 'We use cookies.', 'The minister shared the report on Facebook.', ''];
    for (const text of texts) expect(unionOf(patterns).test(text), text).toBe(anyMatches(patterns, text));
  });

  it('answers case-insensitive patterns in any case, those that name a case included', () => {
    // The first two are asked of lower-cased text; the last two, which name a case, are not.
    const patterns = [/^weiterlesen$/iu, /^suivez[- ]nous sur \p{L}+$/iu, /^About \p{Lu}\p{L}+$/iu, /^ÉDITION$/iu];
    const texts = ['WEITERLESEN', 'Suivez-nous sur Élysée', 'about jane', 'ABOUT JANE', 'édition', 'Edition', 'weiterlesen bitte'];
    for (const text of texts) expect(unionOf(patterns).test(text), text).toBe(anyMatches(patterns, text));
    expect(texts.filter((text) => unionOf(patterns).test(text))).toEqual(['WEITERLESEN', 'Suivez-nous sur Élysée', 'about jane', 'ABOUT JANE', 'édition']);
  });

  it('keeps each pattern’s anchors: one anchored alternative does not anchor another', () => {
    const union = unionOf([/^menu$/i, /newsletter$/i]);
    expect(union.test('Our newsletter')).toBe(true);
    expect(union.test('The menu')).toBe(false);
  });

  it('gives the same answer every time for stateful (g, y) patterns, and leaves them as they were', () => {
    const global = /share/giu;
    const sticky = /print/y;
    const union = unionOf([global, sticky]);
    for (let i = 0; i < 3; i++) expect(union.test('share this')).toBe(true);
    for (let i = 0; i < 3; i++) expect(union.test('print')).toBe(true);
    expect(union.test('reprint')).toBe(false); // sticky: only from the start
    expect([global.lastIndex, sticky.lastIndex]).toEqual([0, 0]);
  });

  it('keeps back-references and named groups working', () => {
    const union = unionOf([/^(\w+) and \1$/u, /^(?<word>\w+)-\k<word>$/u, /^(?<x>a)$/u, /^(?<x>b)$/u]);
    expect(union.test('more and more')).toBe(true);
    expect(union.test('more and less')).toBe(false);
    expect(union.test('bye-bye')).toBe(true);
    expect(union.test('bye-now')).toBe(false);
    expect(union.test('b')).toBe(true);
  });

  it('splits a long list into pieces and still finds a match in any of them', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `item${i}word`);
    const patterns = words.map((w) => new RegExp(`^${w}$`, 'i'));
    const union = unionOf(patterns);
    expect(union.test('item0word')).toBe(true);
    expect(union.test('ITEM2999WORD')).toBe(true);
    expect(union.test('item3000word')).toBe(false);
  });

  it('names the first pattern, in the order given, that a text matches', () => {
    const union = unionOf([/^share$/iu, /^Follow us$/u, /^(?:share|print)$/iu, /print/giu]);
    expect(union.firstMatch('SHARE')).toBe(0);
    expect(union.firstMatch('Print')).toBe(2);
    expect(union.firstMatch('reprint')).toBe(3);
    expect(union.firstMatch('reprint')).toBe(3); // a stateful pattern, asked again from the start
    expect(union.firstMatch('Follow us')).toBe(1);
    expect(union.firstMatch('follow us')).toBe(-1);
  });

  it('matches nothing when given no patterns', () => {
    expect(unionOf([]).test('anything')).toBe(false);
  });
});

describe('unionOf, joining as it goes', () => {
  it('gives the same answers before and after it joins its patterns', () => {
    const patterns = [/^share on (?:facebook|x)$/iu, /^print$/iu, /^Follow us$/u, /^Subscribe$/u, /^(\w+) and \1$/u, /cookies?/giu];
    const texts = ['Share on X', 'PRINT', 'follow us', 'Subscribe', 'more and more', 'We use cookies', 'The minister spoke.', 'Follow us'];
    const union = unionOfPatterns(patterns, { testsBeforeJoining: 7 });
    for (let round = 0; round < 4; round++) for (const text of texts) expect(union.test(text), `${text}, round ${round}`).toBe(anyMatches(patterns, text));
  });
});
