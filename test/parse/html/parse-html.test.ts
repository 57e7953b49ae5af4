import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/parse/html/index.js';

const texts = (html: string) => parseHtml(html).document.blocks.map((b) => b.text);

describe('parseHtml', () => {
  it('drops scripts, styles, templates, form controls and hidden elements before taking text', () => {
    const html = `<body><script>var x = "script text";</script><style>p{}</style><noscript>Enable JS</noscript>
      <template><p>template text</p></template><p>Visible one.</p><p hidden>hidden attr</p><p aria-hidden="true">aria hidden</p>
      <p style="color:red; display: none">inline none</p><p class="sr-only">screen reader</p><form><input value="x"><button>Go</button><select><option>Opt</option></select></form><p>Visible two.</p></body>`;
    expect(texts(html)).toEqual(['Visible one.', 'Visible two.']);
  });

  it('makes a block of each block-level element, a line of each <br>, and joins inline text', () => {
    const html = '<div><h2>Heading</h2><p>One <b>bold</b> and <a href="#">linked</a> words.</p><ul><li>First</li><li>Second<br>line</li></ul></div>';
    const doc = parseHtml(html).document;
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
    const doc = parseHtml('<p><a href="#">Read this</a> now</p><p><a href="#">All</a> <a href="#">links</a></p>').document;
    expect(doc.blocks[0]!.features.linkDensity).toBeCloseTo(9 / 13, 2);
    expect(doc.blocks[1]!.features.linkDensity).toBeCloseTo(8 / 9, 2);
  });

  it('reads metadata from meta tags, JSON-LD and the html element', () => {
    const html = `<html lang="de-AT"><head><title>Ein Titel | Die Zeitung</title><meta property="og:site_name" content="Die Zeitung">
      <link rel="canonical" href="https://zeitung.example/a"><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"Ein Titel","author":[{"name":"Anna Berger"},{"name":"Jan Novak"}],"datePublished":"2023-01-02T08:00:00+01:00"}]}</script></head><body><p>Text.</p></body></html>`;
    expect(parseHtml(html).document.meta).toEqual({
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
        kind: { types: ['NewsArticle'], ogType: undefined, articles: 0 },
      },
    });
  });

  it('reads what the page says it is: JSON-LD and microdata types, og:type, its <article> elements', () => {
    const html = `<html><head><meta property="og:type" content="Product"><script type="application/ld+json">[{"@type":["Product","Thing"],"offers":{"@type":"Offer"}},{"@type":"http://schema.org/BreadcrumbList"}]</script></head>
      <body><div itemscope itemtype="https://schema.org/Review http://schema.org/CreativeWork/"><article><p>One.</p></article><article><p>Two.</p></article></div></body></html>`;
    const kind = parseHtml(html).document.meta?.hints?.kind;
    // Nested items (the offer) are not read: the page's own types stand at the top or in @graph.
    expect(kind).toEqual({ types: ['Product', 'Thing', 'BreadcrumbList', 'Review', 'CreativeWork'], ogType: 'product', articles: 2 });
  });

  it('reads dates from meta tags under other names, apart from the standard ones, and leaves out dates of other things', () => {
    const html = `<html><head><meta name="DC.Date" content="2019-06-25"><meta name="parsely-pub-date" content="2019-06-26T10:00:00Z">
      <meta name="last-modified-date" content="2020-01-02"><meta name="offer-expires" content="2030-01-01"><meta name="format-detection" content="telephone=no">
      <meta property="article:published_time" content="2019-06-24T08:00:00Z"></head><body><p>Text.</p>
      <span itemprop="uploadDate" content="2018-01-01"></span></body></html>`;
    expect(parseHtml(html).document.meta?.hints?.dates).toEqual([
      { source: 'meta:published', value: '2019-06-24T08:00:00Z' },
      // The first of each: DC.Date before parsely-pub-date; an offer's expiry and an upload are no page's date.
      { source: 'meta:dated', value: '2019-06-25' },
      { source: 'meta:updated', value: '2020-01-02' },
    ]);
  });

  it("takes an <h1>'s words without the code of a <style> or <script> inside it", () => {
    const meta = parseHtml('<html><body><h1><style>.kicker{color:red}</style>Markets <script>track("h1")</script>rally</h1><p>Text.</p></body></html>').document.meta;
    expect(meta?.title).toBe('Markets rally');
  });

  it('strips the site name from a bare <title>', () => {
    expect(parseHtml('<html><head><title>Markets rally | Example News</title><meta property="og:site_name" content="Example News"></head><body></body></html>').document.meta?.title).toBe('Markets rally');
  });
});
