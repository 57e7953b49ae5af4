/**
 * The RuleTester reports each case as a test of the framework it is given, passes when a
 * rule removes exactly what a case lists, and fails, saying what differs, when it removes
 * more, less, or under another rule, category or reason.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { RuleTester, type TestFunction } from '../../src/rule-tester/rule-tester.js';
import type { RuleTestCases } from '../../src/rule-tester/cases.js';
import type { Rule } from '../../src/types.js';

const houseAd: Rule<{ maxWords: number }> = {
  meta: {
    id: 'house-ad',
    category: 'promo',
    description: 'Plugs for the publisher’s own shop.',
    defaultOn: true,
    options: { maxWords: { default: 12, description: 'Longer blocks are never removed.' } },
  },
  linePatterns: [/^visit our shop\b.{0,40}$/i],
  classWords: ['houseads'],
  classify: (block, context) => (block.features.words <= context.options.maxWords && /\bour (shop|store)\b/i.test(block.text) && /\byou\b/i.test(block.text) ? { reason: 'sends the reader to the shop' } : null),
};

const STORY = 'The council approved the new budget on Tuesday after a long debate about the cost of repairing the harbour wall.';

/** Declares the cases with a recording framework and runs every test; the names and failures, by test. */
function runRecorded(cases: RuleTestCases, tester = new RuleTester()): { name: string; error?: Error }[] {
  const tests: { name: string; fn: () => void; only: boolean }[] = [];
  const groups: string[] = [];
  RuleTester.describe = (name, fn) => {
    groups.push(name);
    fn();
    groups.pop();
  };
  RuleTester.it = (name, fn) => tests.push({ name: [...groups, name].join(' > '), fn, only: false });
  RuleTester.itOnly = (name, fn) => tests.push({ name: [...groups, name].join(' > '), fn, only: true });
  tester.run('house-ad', houseAd as Rule, cases);
  return tests.map(({ name, fn, only }) => {
    try {
      fn();
      return { name: only ? `${name} (only)` : name };
    } catch (error) {
      return { name, error: error as Error };
    }
  });
}

afterEach(() => {
  RuleTester.describe = describe as unknown as TestFunction;
  RuleTester.it = it as unknown as TestFunction;
  RuleTester.itOnly = it.only as unknown as TestFunction;
});

describe('RuleTester', () => {
  it('declares one test per case under the rule’s name, and passes when the rule removes what each case lists', () => {
    const results = runRecorded({
      valid: [STORY, { html: `<article><p>${STORY}</p><p>Visitors to our shop in the harbour said the prices had gone up.</p></article>` }],
      invalid: [
        { name: 'the shop line', text: `${STORY}\nVisit our shop today`, removed: [{ text: 'Visit our shop today', category: 'promo', reason: /^matches / }] },
        { html: `<article><p>${STORY}</p></article><div class="houseads"><p>Everything in the paper, printed on mugs.</p></div>`, removed: [{ text: 'Everything in the paper, printed on mugs.', reason: 'class or id word "houseads"' }] },
        { text: `${STORY}\n\nYou will love our shop.`, removed: [{ text: /love our shop/, rule: 'house-ad', reason: 'sends the reader to the shop' }], only: true },
      ],
    });
    expect(results.map((r) => r.name)).toEqual([
      `house-ad > valid > text: ${STORY.slice(0, 69)}…`,
      `house-ad > valid > html: <article><p>${STORY.slice(0, 57)}…`,
      'house-ad > invalid > the shop line',
      `house-ad > invalid > html: <article><p>${STORY.slice(0, 57)}…`,
      `house-ad > invalid > text: ${STORY.slice(0, 69)}… (only)`,
    ]);
    expect(results.filter((r) => r.error)).toEqual([]);
  });

  it('fails a valid case the rule removes something from, naming what went', () => {
    const [result] = runRecorded({ valid: [`${STORY}\n\nVisit our shop today`] });
    expect(result!.error!.message).toContain('- removed "Visit our shop today" (house-ad, promo: matches /^visit our shop\\b.{0,40}$/), which is not expected');
  });

  it('fails an invalid case when the rule removes more than it lists, or misses what it lists', () => {
    const page = `Visit our shop today\n\n${STORY}\n\nYou will love our shop.`;
    const [more, missing] = runRecorded({
      invalid: [
        { text: page, removed: [{ text: 'Visit our shop today' }] },
        { text: page, removed: [{ text: 'Visit our shop today' }, { text: 'You will love our shop.' }, { text: STORY }] },
      ],
    });
    expect(more!.error!.message).toContain('- removed "You will love our shop." (house-ad, promo: sends the reader to the shop), which is not expected');
    expect(missing!.error!.message).toContain(`- did not remove "${STORY}"`);
  });

  it('fails when a removal’s text, rule, category or reason is not the one listed', () => {
    const text = `${STORY}\n\nYou will love our shop.`;
    const failures = runRecorded({
      invalid: [
        { text, removed: [{ text: 'You will love our shop' }] },
        { text, removed: [{ text: 'You will love our shop.', rule: 'newsletter' }] },
        { text, removed: [{ text: 'You will love our shop.', category: 'ads' }] },
        { text, removed: [{ text: 'You will love our shop.', reason: 'a plug' }] },
        { text, removed: [{ text: 'You will love our shop.', reason: /newsletter/ }] },
      ],
    }).map((r) => r.error?.message.split('\n')[1]);
    expect(failures).toEqual([
      '- removal 1: expected "You will love our shop", removed "You will love our shop." (house-ad, promo: sends the reader to the shop)',
      '- removal 1 "You will love our shop.": expected rule newsletter, got house-ad',
      '- removal 1 "You will love our shop.": expected category ads, got promo',
      '- removal 1 "You will love our shop.": expected reason "a plug", got "sends the reader to the shop"',
      '- removal 1 "You will love our shop.": expected reason /newsletter/, got "sends the reader to the shop"',
    ]);
  });

  it('gives a case’s options to the rule', () => {
    const text = `${STORY}\n\nYou will love our shop.`;
    const results = runRecorded({
      valid: [{ text, options: { maxWords: 3 } }],
      invalid: [{ text, options: { maxWords: 5 }, removed: [{ text: 'You will love our shop.' }] }],
    });
    expect(results.filter((r) => r.error)).toEqual([]);
    expect(runRecorded({ valid: [{ text, options: { maxWord: 3 } }] })[0]!.error!.message).toMatch(/option 'maxWord' of rule 'house-ad' is not an option of this rule/);
  });

  it('refuses an invalid case that lists nothing removed', () => {
    expect(() => runRecorded({ invalid: [{ text: STORY, removed: [] }] })).toThrow(/an invalid case must list what the rule removes/);
  });

  it('without a test framework, runs every case at once and throws at the first that fails', () => {
    RuleTester.describe = undefined;
    RuleTester.it = undefined;
    RuleTester.itOnly = undefined;
    const tester = new RuleTester();
    expect(() => tester.run('house-ad', houseAd as Rule, { valid: [STORY], invalid: [{ text: 'Visit our shop today', removed: [{ text: 'Visit our shop today' }] }] })).not.toThrow();
    expect(() => tester.run('house-ad', houseAd as Rule, { valid: [STORY, 'Visit our shop today', 'Visit our shop now'] })).toThrow(/removed "Visit our shop today"/);
  });
});
