/**
 * The cue prefilter never changes an answer: a union that runs only the patterns whose
 * cues a line holds answers as every pattern asked one by one, on every line of the
 * fixtures and on random lines built from the rules' own words, in every letter case.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInRules } from '../../src/index.js';
import { unionOf } from '../../src/text/pattern-union.js';
import { regexCues } from '../../src/text/regex-cues.js';
import { cueText, registerCues } from '../../src/text/cue-index.js';
import { forgetTexts } from '../../src/text/memo.js';
import { textTest } from '../../src/text/case-fold.js';
import { ROOT } from '../helpers/cli.js';

const lists = builtInRules.filter((rule) => rule.linePatterns?.length).map((rule) => rule.linePatterns!);
const patterns = lists.flat();
const fresh = (pattern: RegExp) => new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
/**
 * The first pattern that matches, each asked alone as unions ask it (textTest: through the
 * lower-cased line where that keeps its answer, which differs from the pattern as it is
 * only on the few letters case-fold.ts names, such as the long s).
 */
const plainFirstMatch = (list: readonly RegExp[], text: string) => list.findIndex((p) => textTest(p).test(text));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(txt|md|html?)$/.test(name) ? [path] : [];
  });
}
const fixtureLines = [
  ...new Set(filesUnder(join(ROOT, 'fixtures')).flatMap((file) => readFileSync(file, 'utf8').split('\n').map((line) => line.trim()))),
].filter(Boolean);
const caseVariants = (line: string) => [line, line.toUpperCase(), line.toLowerCase()];

/** Words of the rules' cues, and letters that case folding treats apart, to build lines that come near the patterns. */
const cueWords = [...new Set(patterns.flatMap((p) => regexCues(p) ?? []).flatMap((cue) => cue.split(/\s+/)))].filter(Boolean);
const oddLetters = ['ſ', 'K', 'Σ', 'ς', 'İ', 'ı', 'ß', 'ẞ', 'é', 'É', '©', '’', "'", '-', ':', '.', '!', '?', '…', '»', '|', '1', '2024'];
const randomLine = fc
  .array(fc.oneof(fc.constantFrom(...cueWords), fc.constantFrom(...oddLetters), fc.string({ maxLength: 3 })), { maxLength: 12 })
  .chain((words) => fc.constantFrom(' ', '', '  ').map((sep) => words.join(sep)))
  .chain((line) => fc.constantFrom(...caseVariants(line), line.replace(/s/g, 'ſ'), ` ${line} `));

describe('cue prefilter', () => {
  it('gives every list of the rules the first match of its patterns asked one by one, on every fixture line', () => {
    const unions = lists.map((list) => unionOf(list));
    let matched = 0;
    for (const line of fixtureLines.flatMap(caseVariants)) {
      lists.forEach((list, k) => {
        const expected = plainFirstMatch(list, line);
        if (unions[k]!.firstMatch(line) !== expected) expect.fail(`list ${k} on "${line}": expected ${expected}`);
        if (unions[k]!.test(line) !== expected >= 0) expect.fail(`list ${k} test on "${line}"`);
        if (expected >= 0) matched++;
      });
    }
    expect(matched).toBeGreaterThan(100); // the lines reach the patterns
  });

  it('gives the same answers on random lines made of the rules’ words', () => {
    const unions = lists.map((list) => unionOf(list));
    fc.assert(
      fc.property(randomLine, (line) => {
        lists.forEach((list, k) => expect(unions[k]!.firstMatch(line), line).toBe(plainFirstMatch(list, line)));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds a cue of each pattern in every line the pattern matches', () => {
    let checked = 0;
    for (const pattern of patterns) {
      const cues = regexCues(pattern);
      if (!cues) continue;
      for (const line of fixtureLines.flatMap(caseVariants)) {
        if (!fresh(pattern).test(line)) continue;
        checked++;
        if (!cues.some((cue) => cueText(line).includes(cue))) expect.fail(`${pattern} matches "${line}" without any of ${JSON.stringify(cues)}`);
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('reads most of the rules’ patterns for cues', () => {
    const cued = patterns.filter((p) => regexCues(p));
    expect(cued.length).toBeGreaterThan(patterns.length * 0.9);
  });
});

describe('cue index', () => {
  it('gives a pattern one slot, however many lists hold it, and finds its cues before and after it joins the shared automaton', () => {
    const first = registerCues([{ key: 'i/^share on x$', cues: ['share on x'] }, { key: 'i/^print$', cues: ['print'] }]);
    const again = registerCues([{ key: 'i/^print$', cues: ['print'] }]);
    expect(again.slots).toEqual([first.slots[1]]);
    expect(first.hits('Share on X')).toContain(first.slots[0]);
    expect([...again.hits('PRINT')]).toEqual([again.slots[0]]);
    forgetTexts(); // a new document: the patterns join the shared automaton
    expect([...first.hits('print or share on x')]).toEqual(expect.arrayContaining([...first.slots]));
    expect([...again.hits('nothing here')]).toEqual([]);
    expect(registerCues([{ key: 'i/^print$', cues: ['print'] }]).hits('print')).toContain(first.slots[1]);
  });
});

describe('regexCues', () => {
  it('reads cues through alternations, optional parts and classes', () => {
    expect(regexCues(/^(?:sign up|subscribe) (?:now )?for (?:our|the) newsletter$/i)).toEqual([' newsletter']);
    expect(regexCues(/^[Gg]et the app$/u)).toEqual(['get the app']);
    expect(regexCues(/^(?:share|print)\b/iu)?.sort()).toEqual(['print', 'share']);
    expect(regexCues(/^©\s*\d{4}/u)).toEqual(['©']);
  });

  it('has no cues for a pattern that could match text no literal names', () => {
    for (const pattern of [/^\w+$/u, /^(?:ab|\d+)$/u, /^(?:x)*$/u, /^[^a]{3}$/u, /^(\w+) \1$/u, /ad/iu, /^(?:ÉD)$/iu, /^\p{Lu}{3,}$/u]) {
      expect(regexCues(pattern), String(pattern)).toBeUndefined();
    }
  });
});

describe('case folding of the cues of case-insensitive patterns', () => {
  /** Every code point but the lone surrogates. */
  const everyCharacter = function* () {
    for (let c = 0x80; c <= 0x10ffff; c++) if (c < 0xd800 || c > 0xdfff) yield String.fromCodePoint(c);
  };

  it('lets no character outside ASCII match an ASCII letter but the two cueText reads as one', () => {
    const asciiUnicode = /^[\x00-\x7f]$/iu;
    const asciiLegacy = /^[\x00-\x7f]$/i;
    const folding: string[] = [];
    for (const char of everyCharacter()) {
      if (asciiLegacy.test(char)) expect.fail(`${char} matches ASCII under i`);
      if (asciiUnicode.test(char)) folding.push(char);
    }
    expect(folding).toEqual(['\u017f', '\u212a']);
    // Both then read as the letter they match in the scanned line.
    expect(cueText('ſ')).toBe('s');
    expect(cueText('\u212a')).toBe('k');
  });

  it('lets no other character match a caseless cue character under i', () => {
    const caselessCueCharacters = [...new Set(patterns.filter((p) => p.ignoreCase).flatMap((p) => regexCues(p) ?? []).join(''))].filter(
      (c) => c.codePointAt(0)! > 0x7f,
    );
    expect(caselessCueCharacters.length).toBeGreaterThan(0);
    for (const cueCharacter of caselessCueCharacters) {
      const alone = new RegExp(`^${cueCharacter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'iu');
      for (const char of everyCharacter()) if (char !== cueCharacter && alone.test(char)) expect.fail(`${char} matches ${cueCharacter} under iu`);
    }
  });
});
