/**
 * Site and CMS packs: each pack's lines go with the pack on and stay with it off, in text
 * dumps and in HTML, rule by rule (RuleTester) and through the whole pipeline; no other
 * pack or language module holds them; and a pack adds only to rules that are built again
 * when packs are switched.
 */
import { describe, expect, it } from 'vitest';
import { RuleTester, builtInRules, clean, withPacks } from '../../src/index.js';
import { PHRASE_PACKS } from '../../src/rules/phrases/index.js';
import { packsFeeding, phraseBook, phrases } from '../../src/rules/phrases/phrase-book.js';
import { UnknownPackError, selectedPackIds } from '../../src/rules/phrases/pack-selection.js';
import { PACK_AWARE_RULES } from '../../src/rules/pack-rules.js';
import { unionOf } from '../../src/text/pattern-union.js';
import { STORY, page } from '../helpers/rule-cases.js';

const byId = new Map(builtInRules.map((rule) => [rule.meta.id, rule]));
const LATER = 'Work on the second bridge will begin in the spring, the council said in its report on Thursday.';

for (const pack of PHRASE_PACKS) {
  for (const [ruleId, lines] of Object.entries(pack.examples)) {
    const rule = byId.get(ruleId)!;
    const [without] = withPacks([rule], { disablePacks: [pack.meta.id] });

    new RuleTester().run(`${ruleId}, ${pack.meta.id} pack on`, rule, {
      valid: [STORY],
      invalid: lines.flatMap((line) => [
        { text: `${STORY}\n\n${line}`, removed: [{ text: line }] },
        { html: page([STORY, line]), removed: [{ text: line }] },
      ]),
    });

    // Off, the line is kept: neither a language module nor another pack holds it.
    new RuleTester().run(`${ruleId}, ${pack.meta.id} pack off`, without!, {
      valid: lines.flatMap((line) => [`${STORY}\n\n${line}`, { html: page([STORY, line]) }]),
      invalid: [],
    });
  }
}

describe('packs through the whole pipeline', () => {
  // The prose rule would take a short line before the article's end for other reasons.
  const rulesOnly = { disable: ['prose'], decision: 'rules' as const };

  for (const pack of PHRASE_PACKS) {
    const lines = Object.values(pack.examples).flat();
    it(`${pack.meta.id}: its lines go with the pack on and stay with it off (text)`, () => {
      for (const line of lines) {
        const input = `Council Opens Bridge\n\n${STORY}\n\n${line}\n\n${LATER}\n`;
        expect(clean(input, rulesOnly).text).not.toContain(line);
        expect(clean(input, { ...rulesOnly, disablePacks: [pack.meta.id] }).text).toContain(line);
      }
    });

    it(`${pack.meta.id}: its lines go with the pack on and stay with it off (HTML)`, () => {
      for (const line of lines) {
        const html = page([STORY, line, LATER]).replace('<body>', '<head><title>Council Opens Bridge</title></head><body>');
        expect(clean(html, rulesOnly).text).not.toContain(line);
        expect(clean(html, { ...rulesOnly, disablePacks: [pack.meta.id] }).text).toContain(line);
      }
    });
  }

  it('refuses a pack id that names no pack', () => {
    expect(() => clean(STORY, { disablePacks: ['wordpres'] })).toThrow(UnknownPackError);
    expect(() => clean(STORY, { disablePacks: ['wordpres'] })).toThrow(/unknown pack 'wordpres'/);
  });
});

describe('pack data', () => {
  it('has an example line for every pattern of every pack', () => {
    for (const pack of PHRASE_PACKS) {
      for (const [ruleId, lists] of Object.entries(pack.phrases)) {
        const examples = pack.examples[ruleId] ?? [];
        for (const [name, list] of Object.entries(lists)) {
          for (const pattern of list as RegExp[]) {
            expect(examples.some((line) => unionOf([pattern]).test(line)), `${pack.meta.id} ${ruleId}/${name} ${pattern}`).toBe(true);
          }
        }
      }
    }
  });

  it('adds only to rules that are built again when packs are switched', () => {
    for (const pack of PHRASE_PACKS) for (const ruleId of Object.keys(pack.phrases)) expect(PACK_AWARE_RULES).toContain(ruleId);
  });

  it('lists of a pack are read from a rule\'s book, never once at load', () => {
    expect(packsFeeding('comments', 'lines')).toContain('wordpress');
    expect(() => phrases('comments', 'lines')).toThrow(/takes phrases from packs \(wordpress, disqus\)/);
  });

  it('switching a pack off builds the rules once per set of packs, keeping their options', () => {
    const off = withPacks(builtInRules, { disablePacks: ['bbc'] });
    expect(withPacks(builtInRules, { disablePacks: ['bbc'] })).toEqual(off);
    const share = off.find((r) => r.meta.id === 'share')!;
    expect(share).not.toBe(byId.get('share'));
    expect(share.meta).toBe(byId.get('share')!.meta);
    expect(withPacks(builtInRules, { disablePacks: ['bbc'] }).find((r) => r.meta.id === 'share')).toBe(share);
    // Rules no pack adds to stay as they are; with the default packs, all do.
    expect(off.find((r) => r.meta.id === 'newsletter')).toBe(byId.get('newsletter'));
    expect(withPacks(builtInRules, {})).toBe(builtInRules);
    expect(withPacks(builtInRules, { enablePacks: ['bbc'] })).toBe(builtInRules);
  });

  it('selects packs: on by default, the last word of --pack and --no-pack', () => {
    expect(selectedPackIds()).toEqual(PHRASE_PACKS.map((p) => p.meta.id));
    expect(selectedPackIds({ disablePacks: ['nyt', 'ap'] })).toEqual(['wordpress', 'disqus', 'bbc']);
    expect(() => selectedPackIds({ enablePacks: ['nope'] })).toThrow(UnknownPackError);
    expect(phraseBook({ disablePacks: ['ap'] }).list('metadata', 'wireSlugs')).toEqual([]);
  });
});
