import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/parse/html/index.js';
import type { Rule } from '../../../src/types.js';

const texts = (html: string, rules: Rule[] = []) => parseHtml(html, rules).blocks.map((b) => b.text);

describe('parseHtml', () => {
  it('drops scripts, styles, templates, form controls and hidden elements before taking text', () => {
    const html = `<body><script>var x = "script text";</script><style>p{}</style><noscript>Enable JS</noscript>
      <template><p>template text</p></template><p>Visible one.</p><p hidden>hidden attr</p><p aria-hidden="true">aria hidden</p>
      <p style="color:red; display: none">inline none</p><p class="sr-only">screen reader</p><form><input value="x"><button>Go</button><select><option>Opt</option></select></form><p>Visible two.</p></body>`;
    expect(texts(html)).toEqual(['Visible one.', 'Visible two.']);
  });

  it('makes a block of each block-level element, a line of each <br>, and joins inline text', () => {
    const html = '<div><h2>Heading</h2><p>One <b>bold</b> and <a href="#">linked</a> words.</p><ul><li>First</li><li>Second<br>line</li></ul></div>';
    const doc = parseHtml(html, []);
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Heading'],
      ['paragraph', 'One bold and linked words.'],
      ['list-item', 'First'],
      ['list-item', 'Second\nline'],
    ]);
    expect(doc.blocks[0]!.headingLevel).toBe(2);
    expect(doc.blocks[1]!.path).toMatch(/div>p$/);
  });

  it('measures link density as the share of characters inside links', () => {
    const doc = parseHtml('<p><a href="#">Read this</a> now</p><p><a href="#">All</a> <a href="#">links</a></p>', []);
    expect(doc.blocks[0]!.features.linkDensity).toBeCloseTo(9 / 13, 2);
    expect(doc.blocks[1]!.features.linkDensity).toBeCloseTo(8 / 9, 2);
  });

  it('lets a rule claim subtrees by class or id words and by selectors, reporting which', () => {
    const rule: Rule = { meta: { id: 'share', category: 'share', description: 'test', defaultOn: true }, classWords: ['share', 'social'], selectors: ['[data-widget="tweet"]'] };
    const html = `<body><article><p>${'Story text goes on here. '.repeat(20)}</p>
      <div class="article-shareBar"><a>Facebook</a></div><div id="social-links"><a>Twitter</a></div>
      <div data-widget="tweet"><p>Embedded</p></div><div class="shareholders"><p>Shareholders met.</p></div></article></body>`;
    const doc = parseHtml(html, [rule]);
    const claimed = [...doc.claimed!].map(([i, c]) => [doc.blocks[i]!.text, c.reason]);
    expect(claimed).toEqual([
      ['Facebook', 'class or id word "share"'],
      ['Twitter', 'class or id word "social"'],
      ['Embedded', 'matches selector [data-widget="tweet"]'],
    ]);
  });

  it('never lets a class word claim the element that holds most of the page', () => {
    const rule: Rule = { meta: { id: 'comments', category: 'comments', description: 'test', defaultOn: true }, classWords: ['comments'] };
    const doc = parseHtml(`<body><div class="post has-comments"><p>${'The article itself is long. '.repeat(30)}</p></div></body>`, [rule]);
    expect(doc.claimed!.size).toBe(0);
  });

  it('reads metadata from meta tags, JSON-LD and the html element', () => {
    const html = `<html lang="de-AT"><head><title>Ein Titel | Die Zeitung</title><meta property="og:site_name" content="Die Zeitung">
      <link rel="canonical" href="https://zeitung.example/a"><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"Ein Titel","author":[{"name":"Anna Berger"},{"name":"Jan Novak"}],"datePublished":"2023-01-02T08:00:00+01:00"}]}</script></head><body><p>Text.</p></body></html>`;
    expect(parseHtml(html, []).meta).toEqual({
      title: 'Ein Titel',
      byline: 'Anna Berger, Jan Novak',
      published: '2023-01-02T08:00:00+01:00',
      site: 'Die Zeitung',
      lang: 'de',
      url: 'https://zeitung.example/a',
      // What the markup says, kept for the learned choice of title, byline and date.
      hints: {
        authors: [{ source: 'ld', value: 'Anna Berger, Jan Novak' }],
        dates: [{ source: 'ld:published', value: '2023-01-02T08:00:00+01:00' }],
        headline: 'Ein Titel',
        pageTitle: 'Ein Titel | Die Zeitung',
      },
    });
  });

  it("takes an <h1>'s words without the code of a <style> or <script> inside it", () => {
    const meta = parseHtml('<html><body><h1><style>.kicker{color:red}</style>Markets <script>track("h1")</script>rally</h1><p>Text.</p></body></html>', []).meta;
    expect(meta?.title).toBe('Markets rally');
  });

  it('strips the site name from a bare <title>', () => {
    expect(parseHtml('<html><head><title>Markets rally | Example News</title><meta property="og:site_name" content="Example News"></head><body></body></html>', []).meta?.title).toBe('Markets rally');
  });
});
