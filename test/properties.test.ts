/**
 * Properties of `clean` over generated documents: real article paragraphs (from the seed
 * articles) with real boilerplate (what the seeds' pages put around them, and the widgets
 * the rule modules name) before, after and between them. Runs UNBOIL_PROPERTY_RUNS cases
 * per property (600 by default; set it higher for a longer run).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/clean.js';
import { formatText } from '../src/format/text.js';
import { ROOT } from './helpers/cli.js';

const RUNS = Number(process.env.UNBOIL_PROPERTY_RUNS ?? 600);
const SEEDS = ['moscow-times-nato-missile-defence', 'independent-nato-overture-to-russia'];

/** The seeds' article paragraphs (their expected output without the title) and the boilerplate their pages carry. */
const articles = SEEDS.map((name) => readFileSync(join(ROOT, 'fixtures/seeds', `${name}.expected.txt`), 'utf8').trim().split('\n\n').slice(1));
// What the rule modules remove from the seed pages: a block the context pass removed only for where it stood
// (a donation appeal's third paragraph, say) is prose out of its place, and would be the article on a page of its own.
const seedBoilerplate = SEEDS.flatMap((name) =>
  clean(readFileSync(join(ROOT, 'fixtures/seeds', `${name}.txt`), 'utf8'))
    .removed.filter((r) => r.category !== 'prose')
    .map((r) => r.text),
).filter((text) => clean(text).paragraphs.length === 0);
const WIDGETS = [
  'Home\nWorld\nBusiness\nSport\nCulture\nOpinion',
  'Share this article\nFacebook\nTwitter\nEmail',
  'Sign up for our free daily newsletter\nEnter your email address\nSubscribe',
  'We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.\nAccept',
  'Read more',
  'Most popular\nCouncil approves budget after long debate\nStorm closes schools across the region\nLocal team wins the cup',
  '© 2019 Example Media. All rights reserved.\nPrivacy Policy | Terms of Use',
  'Advertisement',
  'Comments (12)',
  'Support independent journalism. Donate today.',
];
const boilerplate = fc.constantFrom(...seedBoilerplate, ...WIDGETS);

/** A page: boilerplate, a headline, a run of one article's paragraphs (widgets may stand between them), boilerplate. */
const page = fc
  .record({
    article: fc.integer({ min: 0, max: articles.length - 1 }),
    from: fc.nat(),
    length: fc.integer({ min: 3, max: 12 }),
    before: fc.array(boilerplate, { maxLength: 4 }),
    after: fc.array(boilerplate, { maxLength: 4 }),
    // A comment-section header ends the article by design, so none stands inside it.
    inside: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...WIDGETS.filter((w) => !w.startsWith('Comments')))), { maxLength: 2 }),
    crlf: fc.boolean(),
  })
  .map(({ article, from, length, before, after, inside, crlf }) => {
    const all = articles[article]!;
    const start = from % Math.max(1, all.length - 2);
    const paragraphs = all.slice(start, start + length);
    const body: string[] = [...paragraphs];
    for (const [at, widget] of inside) body.splice(1 + (at % Math.max(1, body.length - 1)), 0, widget);
    const text = [...before, 'NATO and Russia: a new start', ...body, ...after].join('\n\n');
    return { text: crlf ? text.replace(/\n/g, '\r\n') : text, paragraphs };
  });

/** Whether `small`'s characters, whitespace aside, appear in `big` in the same order. */
function isSubsequence(small: string, big: string): boolean {
  const a = small.replace(/\s+/gu, '');
  const b = big.replace(/\s+/gu, '');
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    j = b.indexOf(a[i]!, j);
    if (j === -1) return false;
    j++;
  }
  return true;
}

const params = { numRuns: RUNS };

/** Lets the event loop turn between cases: hundreds of cases in one call must not hold the test runner's thread. */
function property<T>(arbitrary: fc.Arbitrary<T>, check: (value: T) => void) {
  return fc.asyncProperty(arbitrary, async (value) => {
    await new Promise((resolve) => setImmediate(resolve));
    check(value);
  });
}

/** Each property gets time in proportion to its cases. */
const TIMEOUT = 30_000 + RUNS * 60;

describe('properties of clean', () => {
  it('never throws, on pages and on any text at all', async () => {
    await fc.assert(property(page, ({ text }) => void clean(text)), params);
    await fc.assert(property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => void clean(text)), params);
    await fc.assert(property(fc.array(fc.constantFrom('\n', '\n\n', ' ', 'a', 'Home', '.', '“', '—', 'Share', '1'), { maxLength: 200 }), (parts) => void clean(parts.join(''))), params);
  }, TIMEOUT);

  it('is deterministic', async () => {
    await fc.assert(
      property(page, ({ text }) => {
        expect(clean(text)).toEqual(clean(text));
      }),
      params,
    );
  }, TIMEOUT);

  it('is idempotent: cleaning its own output again changes nothing', async () => {
    await fc.assert(
      property(page, ({ text }) => {
        const once = clean(text);
        const output = formatText(once, { title: true });
        const twice = clean(output);
        expect(formatText(twice, { title: true })).toBe(output);
      }),
      params,
    );
  }, TIMEOUT);

  it('adds nothing: every character of the output comes from the input, in order', async () => {
    await fc.assert(
      property(page, ({ text }) => {
        const result = clean(text);
        expect(isSubsequence(formatText(result, { title: true }), text.replace(/\u00a0/g, ' '))).toBe(true);
      }),
      params,
    );
  }, TIMEOUT);

  it('keeps every article paragraph it was given', async () => {
    await fc.assert(
      property(page, ({ text, paragraphs }) => {
        const output = clean(text).text.replace(/\s+/g, ' ');
        for (const p of paragraphs) expect(output).toContain(p.replace(/\s+/g, ' '));
      }),
      params,
    );
  }, TIMEOUT);
});
