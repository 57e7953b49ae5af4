/**
 * Text dumps in the formats scrapers write — one block a line, hard-wrapped and laid out by
 * text browsers and converters, Markdown — become the same Document, and the same article.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse, clean } from '../../src/clean.js';
import { formatMarkdown } from '../../src/format/markdown.js';
import { parseText } from '../../src/parse/text.js';
import { physicalLines } from '../../src/parse/dump/physical-lines.js';
import { findWrapWidth } from '../../src/parse/dump/wrap-width.js';
import { detectFormat } from '../../src/parse/dump/detect-format.js';
import { stripInline } from '../../src/parse/dump/markdown-syntax.js';
import { formatText } from '../../src/format/text.js';
import { ROOT } from '../helpers/cli.js';
import { fold } from '../helpers/fold.js';

const dump = (name: string) => readFileSync(join(ROOT, 'fixtures/dumps', name), 'utf8');
const seed = (name: string) => readFileSync(join(ROOT, 'fixtures/seeds', `${name}.txt`), 'utf8');
const PARAGRAPH =
  'The city council approved its budget for the coming year on Tuesday evening, setting aside an extra £4.2m for school buildings and £1.1m for road repairs, after a debate that lasted almost four hours.';

describe('the wrap width of a dump', () => {
  it.each([60, 72, 78, 80])('is found when the dump was wrapped at %i columns', (width) => {
    const wrapped = fold(seed('moscow-times-nato-missile-defence'), width);
    const found = findWrapWidth(physicalLines(wrapped), 'columns')!.width;
    expect(found).toBeLessThanOrEqual(width);
    expect(found).toBeGreaterThan(width - 6);
  });

  it('is none for a dump with one block a line', () => {
    expect(findWrapWidth(physicalLines(seed('moscow-times-nato-missile-defence')), 'columns')).toBeUndefined();
    expect(detectFormat(physicalLines(seed('independent-nato-overture-to-russia')))).toMatchObject({ format: 'lines' });
  });

  it('tells the formats apart', () => {
    expect(detectFormat(physicalLines(dump('council-budget.lynx.txt'))).format).toBe('wrapped');
    expect(detectFormat(physicalLines(dump('council-budget.w3m.txt'))).format).toBe('wrapped');
    expect(detectFormat(physicalLines(dump('council-budget.html2text.md'))).format).toBe('markdown');
    expect(detectFormat(physicalLines(dump('council-budget.lines.txt'))).format).toBe('lines');
    expect(detectFormat(physicalLines(dump('council-budget.html2text.md')), 'text').format).not.toBe('markdown');
  });
});

describe('logical lines', () => {
  it('rejoin a wrapped paragraph into one line whose offsets span it in the input', () => {
    const input = `Home\nNews\n\n${fold(PARAGRAPH, 60)}\n\n${fold(PARAGRAPH.replace('city', 'county'), 60)}\n`;
    const doc = parseText(input, 'en');
    const block = doc.blocks.find((b) => b.text.startsWith('The city'))!;
    expect(block.lines).toHaveLength(1);
    expect(block.text).toBe(PARAGRAPH);
    expect(input.slice(block.start, block.end).replace(/\s+/g, ' ')).toBe(PARAGRAPH);
    // Short lines are lines of their own: the menu is not joined.
    expect(doc.blocks[0]!.lines.map((l) => l.text)).toEqual(['Home', 'News']);
  });

  it('join a word a converter broke at its hyphen, and Chinese without a space', () => {
    // Enough wrapped lines for the width to show: a paragraph a line, each broken at a hyphen.
    const hyphen = Array.from({ length: 6 }, (_, i) => `${'word '.repeat(13)}protein-\nforward meals number ${i} for the whole week`).join('\n\n');
    expect(parseText(hyphen, 'en').blocks[0]!.text).toBe(`${'word '.repeat(13)}protein-forward meals number 0 for the whole week`);
    // html2text's textwrap breaks a long URL after a hyphen in it, whatever follows: the link stays whole.
    const link = Array.from({ length: 6 }, (_, i) => `${'word '.repeat(9)}see [The Small Change Diet](https://www.example.com/Small-Change-Diet-Thinner-\nHealthier/dp/14516089${i}X) for the whole of the plan and more words`).join('\n\n');
    expect(parseText(link, 'en', 'markdown').blocks[0]!.text).toBe(`${'word '.repeat(9)}see The Small Change Diet for the whole of the plan and more words`);
    const chinese = '中国经济在第三季度继续增长官员表示消费和投资都有所回升。'.repeat(3);
    const wrapped = [chinese.slice(0, 38), chinese.slice(38, 76), chinese.slice(76)].join('\n');
    expect(parseText([wrapped, wrapped, wrapped].join('\n\n'), 'zh').blocks[0]!.text).toBe(chinese);
  });

  it('keep list items apart, with their wrapped continuations, and drop bullets and placeholders', () => {
    const lynx = [
      '   Skip to content',
      '     * Home',
      '     * Meal Prep (BUTTON)',
      '          + How It Works',
      '',
      '   [IMG] Fall is a time when nutrition and wellness trends take center stage, and',
      '   everyone is looking for ways to stay fueled and support long-term health, as',
      '   our chefs have said for years.',
      '',
      '     * A first point that is long enough to be wrapped by the text browser onto',
      '       a second line of its own.',
      '     * A second point.',
      '',
      '   Seasonal produce like squash, root vegetables and leafy greens are packed',
      '   with vitamins and antioxidants that keep your immune system strong heading',
      '   into the cooler months, and our chefs put them in every menu this fall.',
      '',
      '   Portion control is making a comeback, especially as people set fall fitness',
      '   goals. Instead of extreme diets, the trend is shifting toward balanced and',
      '   manageable meals that make it easier to stay consistent through the year.',
    ].join('\n');
    const blocks = parseText(lynx, 'en').blocks;
    // lynx sets its text in from a margin and starts each of the page's blocks on a line of
    // its own: once wrapped lines are joined, each line is a block, as a <p> or an <li> is.
    expect(blocks.slice(0, 4).map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Skip to content'],
      ['list-item', 'Home'],
      ['list-item', 'Meal Prep'],
      ['list-item', 'How It Works'],
    ]);
    expect(blocks[4]!.text).toBe('Fall is a time when nutrition and wellness trends take center stage, and everyone is looking for ways to stay fueled and support long-term health, as our chefs have said for years.');
    expect(blocks[5]).toMatchObject({ kind: 'list-item', text: 'A first point that is long enough to be wrapped by the text browser onto a second line of its own.' });
    expect(blocks[6]).toMatchObject({ kind: 'list-item', text: 'A second point.' });
  });

  it('keep the lines a dump wrapped at its edge grouped as they were (fold, w3m): no margin says each line is a block', () => {
    const atEdge = [
      'Skip to content',
      'Home',
      'Meal Prep',
      '',
      fold(PARAGRAPH, 60),
      '',
      fold(PARAGRAPH.replace('city', 'county'), 60),
      '',
      fold(PARAGRAPH.replace('city', 'town'), 60),
    ].join('\n');
    const blocks = parseText(atEdge, 'en').blocks;
    expect(blocks[0]!.lines.map((l) => l.text)).toEqual(['Skip to content', 'Home', 'Meal Prep']);
    expect(blocks[1]!.text).toBe(PARAGRAPH);
    // The same lines set in from a margin, as lynx writes them: each line a block.
    const inMargin = atEdge.split('\n').map((l) => (l === '' ? l : `   ${l}`)).join('\n');
    expect(parseText(inMargin, 'en').blocks.slice(0, 3).map((b) => b.text)).toEqual(['Skip to content', 'Home', 'Meal Prep']);
  });
});

describe('a bullet alone on its line', () => {
  it('is layout: lynx\'s "o" and w3m\'s "•" with nothing after them leave no word and keep the block whole', () => {
    const lynx = [
      '   The council met on Tuesday evening to discuss the budget for the coming year, and',
      '   voted on it after a long debate that went on until almost midnight.',
      '',
      '     * Topics',
      '     *',
      '          o',
      '     * What is the budget?',
      '',
      '   The council said the budget would pay for new roofs at three primary schools in',
      '   the city, and that the work would start in the spring of next year.',
    ].join('\n');
    const blocks = parseText(lynx, 'en').blocks;
    expect(blocks[1]!.lines.map((l) => l.text)).toEqual(['Topics', 'What is the budget?']);
    expect(blocks).toHaveLength(3);
    // w3m's bullets, "•" and "□", alone on their lines too.
    const w3mBullets = lynx.replace('* Topics\n     *\n          o\n', '• Topics\n     • \n          □\n').replace('* What', '• What');
    expect(w3mBullets).toContain('•');
    expect(parseText(w3mBullets, 'en').blocks[1]!.lines.map((l) => l.text)).toEqual(['Topics', 'What is the budget?']);
  });
});

describe('headings a text browser lays out', () => {
  const paragraph = (n: number) => fold(`${PARAGRAPH} It was vote number ${n} of the year.`, 74).replace(/^/gm, '   ');

  it('are the lines that lynx sets left of its margin, or centred, each alone between blank lines', () => {
    const lynx = [
      '                Council approves budget with new school funding',
      '',
      paragraph(1),
      '',
      'Council tax rise',
      '',
      paragraph(2),
      '',
      paragraph(3),
    ].join('\n');
    const blocks = parseText(lynx, 'en').blocks;
    const headings = blocks.filter((b) => b.kind === 'heading');
    expect(headings.map((b) => b.text)).toEqual(['Council approves budget with new school funding', 'Council tax rise']);
    // The layout does not show the level.
    expect(headings.map((b) => b.lines[0]!.syntax)).toEqual([{ kind: 'heading', level: 0 }, { kind: 'heading', level: 0 }]);
    expect(blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(3);
  });

  it('are in the lynx fixture, and in none of the dumps that set text at the left edge', () => {
    const headings = (name: string) => parseText(dump(name), 'en').blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings('council-budget.lynx.txt')).toEqual(['Council approves budget with new school funding', 'Get the Courier in your inbox', 'Council tax rise', 'Related stories', 'Comments']);
    for (const name of ['council-budget.w3m.txt', 'council-budget.pandoc.txt', 'council-budget.lines.txt']) expect(headings(name)).toEqual([]);
  });

  it('are not a block of lines at the left edge (preformatted code), nor a left-edge line in a dump without a margin', () => {
    const code = ['const total = items', '  .map((item) => item.price)', '  .reduce((a, b) => a + b, 0);'].join('\n');
    const lynx = [paragraph(1), '', code, '', 'A line at the edge with a paragraph under it', paragraph(2), '', paragraph(3)].join('\n');
    expect(parseText(lynx, 'en').blocks.filter((b) => b.kind === 'heading')).toEqual([]);
    const flush = ['Council tax rise', '', fold(PARAGRAPH, 74), '', fold(PARAGRAPH.replace('city', 'county'), 74)].join('\n');
    expect(parseText(flush, 'en').blocks.filter((b) => b.kind === 'heading')).toEqual([]);
  });

  it('come out as Markdown headings', () => {
    const markdown = formatMarkdown(analyse(dump('council-budget.lynx.txt')), { title: false });
    expect(markdown).toMatch(/^## Council tax rise$/m);
    expect(markdown).not.toMatch(/^## (?!Council tax rise)/m);
  });
});

describe('Markdown', () => {
  it('takes out inline syntax: link targets, images, emphasis, escapes', () => {
    expect(stripInline('At **Scratch Culinary** , see [our menus](https://x.example/menus "Menus") ![logo](https://x.example/a.png) and `code`.')).toBe(
      'At Scratch Culinary, see our menus and code.',
    );
    expect(stripInline('####  **1\\. High-Protein Meals**')).toBe('#### 1. High-Protein Meals');
  });

  it('makes headings, list items, quotes, tables and code of its lines; link targets never count as words', () => {
    const md = [
      '# Council approves budget',
      '',
      'The council [approved](https://news.example/a-very-long-link-target/that-goes-on-and-on) the budget on Tuesday evening after a long debate.',
      '',
      '> "These buildings have been patched for twenty years," she said.',
      '',
      '* [Home](/)',
      '* [News](/news)',
      '',
      '| Band | Rise |',
      '|---|---|',
      '| D | 4.99% |',
      '',
      '```',
      'const  rise = 4.99;',
      '```',
      '',
      '[1]: https://news.example/ref',
    ].join('\n');
    const doc = parseText(md, 'en', 'markdown');
    expect(doc.format).toBe('markdown');
    const [heading, paragraph, quote, list, table, code] = doc.blocks;
    expect(heading).toMatchObject({ kind: 'heading', headingLevel: 1, text: 'Council approves budget' });
    expect(paragraph!.text).toBe('The council approved the budget on Tuesday evening after a long debate.');
    expect(paragraph!.features.words).toBe(12);
    expect(quote!.lines[0]!.syntax).toEqual({ kind: 'quote' });
    expect(list).toMatchObject({ kind: 'list-item', text: 'Home\nNews' });
    expect(table!.lines.map((l) => l.syntax?.kind)).toEqual(['table-row', 'table-row']);
    expect(code!.text).toBe('const  rise = 4.99;');
    expect(doc.blocks).toHaveLength(6); // the reference definition is no text
  });
});

describe('every format cleans to the same article', () => {
  const expected = formatText(clean(dump('council-budget.lines.txt')), { title: true });

  it.each(['lynx.txt', 'lynx-links.txt', 'w3m.txt', 'html2text.md', 'pandoc.txt'])('council-budget.%s', (name) => {
    expect(formatText(clean(dump(`council-budget.${name}`)), { title: true })).toBe(expected);
  });

  it('council-budget.html-to-text.txt, whose headings the tool wrote in capitals', () => {
    const input = dump('council-budget.html-to-text.txt');
    expect(input).toContain('News [/news]');
    const out = formatText(clean(input), { title: true });
    expect(out.toLowerCase()).toBe(expected.toLowerCase());
  });

  it('html-to-text\'s link and image targets after their text are layout, never words', () => {
    const input = dump('council-budget.html-to-text.txt');
    const { document } = analyse(input);
    const words = document.blocks.map((b) => b.text).join(' ');
    expect(words).toContain('By Priya Natarajan · 5 March 2024');
    expect(words).not.toMatch(/\[\/|\[https?:/);
    // Not a citation, an elision, an address or a word in brackets.
    const prose = 'A court heard the claim [1] and the reply [...] from [email protected], who said [sic] nothing more at all on the day. See the report [https://example.com/report?year=2024#summary] and the photo [data:image/png;base64,iVBORw0KGgo=] of it.';
    // Wrapped at 78 columns, as html-to-text wraps (at 80) by default.
    const page = Array.from({ length: 6 }, () => prose.replace(/(.{1,78})(?: |$)/g, '$1\n').trim()).join('\n\n');
    const texts = analyse(page, { inputKind: 'text' }).document.blocks.map((b) => b.text);
    expect(texts[0]).toContain('[1] and the reply [...] from [email protected], who said [sic]');
    expect(texts.join(' ')).toContain('and the photo of it.');
    expect(texts.join(' ')).not.toMatch(/https:|base64/);
  });

  it('html-to-text writes a target as the page gives it: with spaces, a mailto link bare, a mail link as its query', () => {
    const prose = 'Share this story on X [https://x.com/intent/tweet?text=A Budget Vote at Last&url=https://example.com/budget ] or by mail [?subject=A%20budget&body=https%3A%2F%2Fexample.com] and write to the clerk [clerk@example.org] or start now [/signup?utm_content=Try it now] with the rest of the council members today.';
    const page = Array.from({ length: 6 }, () => prose.replace(/(.{1,78})(?: |$)/g, '$1\n').trim()).join('\n\n');
    const texts = analyse(page, { inputKind: 'text' }).document.blocks.map((b) => b.text);
    expect(texts[0]!.replace(/\s+/g, ' ')).toBe('Share this story on X or by mail and write to the clerk or start now with the rest of the council members today.');
    // Brackets of words stay: a path needs no space after its slash, a query a word after its mark.
    const kept = analyse(page.replace(/\[\?subject/g, '[? subject').replace('[/signup', '[/ signup'), { inputKind: 'text' }).document.blocks.map((b) => b.text).join(' ').replace(/\s+/g, ' ');
    expect(kept).toContain('[? subject=');
    expect(kept).toContain('[/ signup?utm_content=Try it now]');
  });

  it('html-to-text writes the href of an anchor without text bare: it goes, and a URL the page shows stays', () => {
    // As html-to-text 9 writes them: a link whose text is its URL, an image link, a button whose text is a block, an empty link.
    const page = [
      'A BUDGET VOTE AT LAST',
      '',
      'The council passed the budget [/budget] on Tuesday after a long debate about the library, the pools and the roads, which',
      'the papers are at www.example.org/budget [https://www.example.org/budget] for anyone; the clerk said the old address',
      'https://example.org/old?id=7 still works for the whole of this year and the next one too.',
      '',
      'Council budget [/img/budget.webp]https://example.org/budget-photo',
      '',
      'Read the full report',
      '[https://example.org/report]',
      '',
      'Get started for freehttps://example.org/signup',
      '',
      ' * 0 https://www.facebook.com/sharer.php?u=https%3A%2F%2Fexample.org 0 https://twitter.com/intent/tweet?url=x',
      '',
      'https://example.org/empty',
      '',
      'The budget goes to the mayor [/mayor], who has ten days to sign it or send it back to the council for a second vote.',
    ].join('\n');
    const texts = analyse(page, { inputKind: 'text' }).document.blocks.map((b) => b.text.replace(/\s+/g, ' '));
    const all = texts.join(' | ');
    expect(all).toContain('the papers are at www.example.org/budget for anyone; the clerk said the old address');
    expect(all).toContain('https://example.org/old?id=7 still works');
    expect(all).toContain('Council budget');
    expect(all).toContain('Get started for free');
    expect(all).not.toMatch(/budget-photo|signup|sharer|intent|\/empty|\[| 0 /);
    expect(all).toContain('The budget goes to the mayor, who has ten days');
    // A dump that writes no targets (a browser's, a plain walk's) keeps its bare URLs.
    const plain = analyse(page.replace(/ ?\[[^\]]*\]/g, ''), { inputKind: 'text' }).document.blocks.map((b) => b.text).join(' ');
    expect(plain).toContain('https://example.org/empty');
    expect(plain).toContain('freehttps://example.org/signup');
  });

  it('html-to-text\'s targets go from a dump that reads as Markdown, and a forum\'s [/quote] stays', () => {
    const page = ['## A BUDGET VOTE AT LAST', '', '**The council** passed the budget on Tuesday [https://example.com/budget] after a long debate about the library and the pools, and said so in a [statement](https://example.com/s).', '', '## WHAT THEY SAID', '', 'One member wrote [quote]we waited long enough[/quote] on the forum, and many agreed with the member that evening.', '', '## WHAT COMES NEXT', '', 'The budget goes to the mayor, who has ten days to sign it [www.example.com/mayor] or send it back.'].join('\n');
    const texts = analyse(page).document.blocks.map((b) => b.text);
    expect(texts).toContain('The council passed the budget on Tuesday after a long debate about the library and the pools, and said so in a statement.');
    expect(texts).toContain('The budget goes to the mayor, who has ten days to sign it or send it back.');
    expect(texts.join(' ')).toContain('[quote]we waited long enough[/quote]');
  });

  it('and its removals point into the input as given', () => {
    const input = dump('council-budget.lynx.txt');
    const { removed } = clean(input);
    expect(removed.length).toBeGreaterThan(5);
    // Every word of a removal stands in that order in the input between its offsets (layout such as "(BUTTON)" aside).
    const words = (s: string): string[] => s.match(/[\p{L}\p{N}]+/gu) ?? [];
    for (const r of removed) {
      const span = words(input.slice(r.start, r.end));
      let at = 0;
      for (const word of words(r.text)) at = span.indexOf(word, at) + 1;
      expect(at, r.text).toBeGreaterThan(0);
      expect(words(r.text).every((w) => span.includes(w))).toBe(true);
    }
  });

  it('--input text reads a Markdown dump as text: its syntax stays', () => {
    const md = dump('council-budget.html2text.md');
    expect(JSON.stringify(clean(md, { inputKind: 'text' }).removed)).toContain('](/news)');
    expect(clean(md, { inputKind: 'markdown' }).text).toBe(clean(md).text);
  });
});

describe('wrapping does not change what is kept', () => {
  const seeds = ['moscow-times-nato-missile-defence', 'independent-nato-overture-to-russia'].map(seed);
  const words = (s: string) => s.replace(/\s+/g, ' ').trim();

  it('at 60, 72 or 80 columns, for pages made of the seeds\' blocks in any order', async () => {
    const blocks = seeds.flatMap((s) => s.split(/\n\s*\n/));
    const page = fc.tuple(fc.integer({ min: 0, max: 1 }), fc.subarray(blocks, { minLength: 8 }), fc.constantFrom(60, 72, 80));
    await fc.assert(
      fc.asyncProperty(page, async ([which, extra, width]) => {
        await new Promise((resolve) => setImmediate(resolve));
        const text = [seeds[which]!, ...extra.slice(0, 3)].join('\n\n');
        expect(words(clean(fold(text, width)).text)).toBe(words(clean(text).text));
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
