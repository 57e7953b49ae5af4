/**
 * Fuzzing clean() with grammar-shaped input: HTML with random nesting, tags left open,
 * entities, scripts of several languages and stray control bytes; text dumps of random
 * blocks, bullets, wrapping and Markdown. Nothing throws, every word of the output stands
 * in the input, and a run gives the same answer twice. CI runs a fixed seed; set
 * UNBOIL_FUZZ_RUNS (and UNBOIL_FUZZ_SEED) for a longer run locally.
 */
import fc from 'fast-check';
import { decodeHTML } from 'entities';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/clean.js';

const RUNS = Number(process.env.UNBOIL_FUZZ_RUNS ?? 150);
const SEED = Number(process.env.UNBOIL_FUZZ_SEED ?? 20261206);
const params = { numRuns: RUNS, seed: SEED };

const WORDS = ['the', 'council', 'approved', 'budget', 'Tuesday', 'Straße', 'über', 'café', 'число', 'новости', '東京', '経済', 'العربية', 'עברית', 'δημοκρατία', '😀', 'Share', 'Home', 'Subscribe', 'newsletter', '2024', '—', '“quoted”', 'it’s'];
const ENTITIES = ['&amp;', '&lt;', '&gt;', '&nbsp;', '&eacute;', '&#8217;', '&#x201C;', '&copy;', '&bogus;', '&'];
const CONTROL = ['\u0000', '\u0007', '\u001b', '\u000b', '\u0001'];
const TAGS = ['div', 'p', 'span', 'article', 'section', 'h1', 'h2', 'ul', 'li', 'a', 'b', 'table', 'tr', 'td', 'nav', 'footer', 'script', 'style', 'pre', 'blockquote', 'template', 'html', 'body', 'head'];
const ATTRIBUTES = ['', ' class="article-body"', ' class="newsletter"', ' hidden', ' style="display:none"', ' id="S:0"', ' class="x', " data-x='1'", ' aria-hidden="true"'];

const word = fc.constantFrom(...WORDS, ...ENTITIES);
const sentence = fc.array(word, { minLength: 1, maxLength: 25 }).map((ws) => ws.join(' ') + '.');

/** HTML as pages are and as they break: nesting, unclosed and stray tags, entities, control bytes. */
const html: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    sentence,
    fc.constantFrom(...CONTROL),
    fc.tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRIBUTES), fc.array(tie('node'), { maxLength: 4 }), fc.boolean()).map(
      ([tag, attributes, children, closed]) => `<${tag}${attributes}>${children.join('')}${closed ? `</${tag}>` : ''}`,
    ),
    fc.constantFrom('</div>', '</p></p>', '<br>', '<![CDATA[x]]>', '<!-- note -->', '<!--', '<html><head><body>', '<'),
  ),
})).node.map((body) => `<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`);

/** Text dumps: blocks of lines and sentences, bullets, Markdown, wrapped or not. */
const text: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(
      fc.oneof(
        sentence,
        fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' ')),
        sentence.map((s) => `   * ${s}`),
        sentence.map((s) => `## ${s}`),
        sentence.map((s) => `[${s}](https://example.org/a)`),
        fc.constantFrom('```', '> quoted words', '| a | b |', '|---|---|', '[IMG]', '(BUTTON) Go', '____', ...CONTROL),
      ),
      { maxLength: 30 },
    ),
    fc.array(fc.constantFrom('\n', '\n\n', '\r\n', ' '), { minLength: 30, maxLength: 30 }),
    fc.constantFrom(0, 40, 72),
  )
  .map(([parts, separators, width]) => {
    const joined = parts.map((p, i) => p + separators[i]!).join('');
    return width === 0 ? joined : joined.replace(new RegExp(`(.{${width - 10},${width}}) `, 'g'), '$1\n');
  });

/** Words, each Chinese or Japanese character one: lines of those scripts join without a space. */
const words = (s: string) => s.toLowerCase().match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[[\p{L}\p{N}]--[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]]+/gv) ?? [];

/** Every word of the output stands in the input (its entities decoded, for HTML). */
function wordsComeFromInput(output: string, input: string, html: boolean): boolean {
  const have = new Set(words(html ? decodeHTML(input) : input));
  return words(output).every((w) => have.has(w));
}

function property(arbitrary: fc.Arbitrary<string>, check: (input: string) => void) {
  return fc.asyncProperty(arbitrary, async (input) => {
    // Between cases the event loop turns: a long run never holds the test runner's thread.
    await new Promise((resolve) => setImmediate(resolve));
    check(input);
  });
}

describe('fuzzing clean()', () => {
  for (const [name, arbitrary, isHtml] of [['HTML', html, true], ['text dumps', text, false]] as const) {
    it(`${name}: never throws, keeps only words of the input, and gives the same answer twice`, async () => {
      await fc.assert(
        property(arbitrary, (input) => {
          const first = clean(input);
          const output = [first.title ?? '', ...first.paragraphs].join('\n');
          expect(wordsComeFromInput(output, input, isHtml)).toBe(true);
          expect(clean(input)).toEqual(first);
        }),
        params,
      );
    }, 120_000);
  }
});
