/** A doubtful result says so: an empty article, a long page that kept almost nothing, the recall guard. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean.js';
import { FEATURE_NAMES } from '../../src/learn/block-model/features.js';
import type { BlockModel } from '../../src/learn/block-model/forest.js';
import { ROOT } from '../helpers/cli.js';

const MENU = 'Home\nNews\nSport\nCulture\nOpinion\nWeather';
const PROSE = 'The council approved the budget on Tuesday after a long debate, and officials said the work would start in the spring.';

describe('result warnings', () => {
  it('a whole article has none', () => {
    const seed = readFileSync(join(ROOT, 'fixtures/seeds/moscow-times-nato-missile-defence.txt'), 'utf8');
    expect(clean(seed).warnings).toEqual([]);
    expect(clean(`<html><body><article><p>${PROSE}</p><p>${PROSE}</p></article></body></html>`).warnings).toEqual([]);
  });

  it('an empty input has no article, and says the input has no text', () => {
    expect(clean('').warnings).toEqual([{ code: 'no-article', message: 'no article found: the input has no text' }]);
    expect(clean('  \n\n ').warnings).toMatchObject([{ code: 'no-article' }]);
  });

  it('a page whose body shows no text says so, and that scripts may write it', () => {
    // A forum saved before its scripts ran: a title and a description in the head, nothing in the body.
    const shell = '<html><head><title>Where should I start? - Community</title><meta name="description" content="I have nothing smart in my apartment."></head><body><div id="app"></div><script>render()</script></body></html>';
    const result = clean(shell);
    expect(result.paragraphs).toEqual([]);
    expect(result.warnings).toEqual([{ code: 'no-article', message: 'no article found: the page shows no text (its content may be written by scripts, which were not run when it was saved)' }]);
  });

  it('a few words kept of a page that showed little are doubtful too, and a page says scripts may write its content', () => {
    // An online shop's category page saved before its scripts ran: a menu, a heading and a line in its body.
    const nav = `<nav>${MENU.split('\n').map((w) => `<a href="/${w}">${w}</a>`).join(' ')}</nav>`;
    const shell = `<html><head><title>Collectibles &amp; Art</title></head><body>${nav}<main><h1>Collectibles &amp; Art</h1><p>Shop by category</p></main><script>render()</script></body></html>`;
    const result = clean(shell);
    expect(result.paragraphs).toEqual(['Shop by category']);
    expect(result.warnings).toEqual([{ code: 'little-kept', message: 'little kept: 3 of 11 words, most as navigation (100%); the page shows little text (its content may be written by scripts, which were not run when it was saved)' }]);
    const dump = clean(`Collectibles & Art\n\n${MENU}\n\nShop by category now.`);
    expect(dump.paragraphs).toEqual(['Shop by category now.']);
    expect(dump.warnings).toEqual([{ code: 'little-kept', message: 'little kept: 4 of 12 words, most as navigation (100%)' }]);
  });

  it('a page of boilerplate has no article, and says what took it', () => {
    const page = [MENU, 'Sign up for our newsletter\nEnter your email\nSubscribe', '© 2024 Example Media. All rights reserved.'].join('\n\n');
    const result = clean(page);
    expect(result.paragraphs).toEqual([]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]!.code).toBe('no-article');
    expect(result.warnings[0]!.message).toMatch(/^no article found: all 3 blocks were removed, most as \w+ \(\d+%\)$/);
  });

  it('a short input kept whole says that the input is small, not that the cleaning took much', () => {
    const line = clean('Just one line of text here.');
    expect(line.paragraphs).toEqual(['Just one line of text here.']);
    expect(line.warnings).toEqual([{ code: 'little-kept', message: 'little text: the input holds only 6 words, fewer than an article\'s' }]);
    const word = clean('Hello');
    expect(word.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^(little text: the input holds only 1 word,|no article found: its only block was removed)/)]);
  });

  it('the same in HTML', () => {
    const result = clean('<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><footer>© 2024 Example Media</footer></body></html>');
    expect(result.paragraphs).toEqual([]);
    expect(result.warnings).toMatchObject([{ code: 'no-article' }]);
  });

  // A long list of headlines and a one-line caption: nothing like an article, but not nothing.
  const headlines = Array.from({ length: 80 }, (_, i) => `Storm number ${i} closes schools across the region`).join('\n');
  const teasers = ['Weather', headlines, 'Photo: a flooded road near the river, on Monday morning.'].join('\n\n');

  it('a long page that keeps a few words only is flagged as little kept', () => {
    const result = clean(teasers, { decision: 'rules' });
    expect(result.paragraphs.length).toBeGreaterThan(0);
    expect(result.warnings).toEqual([{ code: 'little-kept', message: expect.stringMatching(/^little kept: \d\d? of 651 words, most as prose \(\d+%\)$/) }]);
  });

  it('a result made mostly of what the block model brought back with low odds is flagged as unsure', () => {
    // A model that gives every block odds of 0.3, under its threshold of 0.5: on a page that
    // holds nothing likelier, keeping the list is the best bet, and the result says how unsure it is.
    const lowOdds: BlockModel = { format: 'unboil-block-model', version: 1, features: FEATURE_NAMES, threshold: 0.5, baseMargin: 0, roots: [0], feature: [-1], split: [0], left: [-1], right: [-1], leaf: [Math.log(0.3 / 0.7)], cover: [1] };
    const result = clean(teasers, { blockModel: lowOdds });
    expect(result.text).toContain('Storm number 79 closes schools');
    expect(result.warnings).toEqual([{ code: 'unsure', message: expect.stringMatching(/^unsure: \d+ of the 650 words kept came back with low odds of being the article's, on a page that reads little like one$/) }]);
    // Most of what was kept: the list, whatever the model's exact odds for the caption.
    expect(Number(/(\d+) of the/.exec(result.warnings[0]!.message)![1])).toBeGreaterThanOrEqual(600);
  });

  it('with the shipped model, the same page is flagged whichever way its odds fall: unsure, or little kept', () => {
    const result = clean(teasers);
    expect(result.warnings.map((w) => w.code)).toEqual([expect.stringMatching(/^(?:unsure|little-kept)$/)]);
  });

  it('a short page that keeps one paragraph is not flagged', () => {
    const menus = Array.from({ length: 10 }, (_, i) => `Home\nNews ${i}\nSport`).join('\n\n');
    const result = clean([menus, PROSE].join('\n\n'));
    expect(result.paragraphs).toEqual([PROSE]);
    expect(result.warnings).toEqual([]);
  });
});
