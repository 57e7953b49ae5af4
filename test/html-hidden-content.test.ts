/**
 * HTML pages end to end: content the markup hides for a script to show (React's streamed
 * segments, a wrapper a script unhides, the only copy in <noscript>, a declarative shadow
 * root) is the article; what is really hidden (a collapsed menu, a modal, a cookie
 * dialog, a widget's template, an aria-hidden copy) still goes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url), 'utf8');
const html = (page: string) => clean(page, { inputKind: 'html' });

const long = (topic: string) =>
  `The ${topic} plan, which the council approved on Tuesday after a long and heated debate, will cost more than expected, officials said, and work is due to start in the spring.`;
const article = (...topics: string[]) => topics.map((t) => `<p>${long(t)}</p>`).join('');

describe('HTML: content streamed in hidden segments', () => {
  it("keeps a Next.js page's article, streamed in hidden segments, in the place of its loading fallback", () => {
    const result = html(fixture('streamed-article.html'));
    expect(result.title).toBe('Night trains return to the valley line');
    expect(result.paragraphs).toEqual([
      expect.stringMatching(/^For the first time in eleven years/),
      expect.stringMatching(/^The service was cut in 2013/),
      expect.stringMatching(/^“People want to travel without flying/),
      expect.stringMatching(/^Tickets go on sale next month/),
    ]);
  });

  it("drops that page's fallbacks and what is really hidden: a collapsed menu, a cookie dialog, a widget's template, an aria-hidden ticker", () => {
    const text = html(fixture('streamed-article.html')).text;
    for (const hidden of ['Loading', 'All the latest news', 'We value your privacy', 'cookies', 'Get the Valley Post', 'second bridge']) expect(text).not.toContain(hidden);
  });
});

describe('HTML: an article hidden until a script shows it', () => {
  it('keeps the article of a page wrapped whole in an element a script unhides, and drops its hidden modal', () => {
    const result = html(fixture('hidden-until-loaded.html'));
    expect(result.paragraphs).toEqual([
      expect.stringMatching(/^A row store keeps each record together/),
      expect.stringMatching(/^A column store turns the layout around/),
      expect.stringMatching(/^Columns also compress far better/),
    ]);
    expect(result.text).not.toContain('Subscribe to our newsletter');
  });

  it('keeps the article of a body hidden by an inline style while the page loads', () => {
    const page = `<html><head><title>Harbour plan</title></head><body class="js-loading" style="display:none">
      <nav><a href="/">Home</a> <a href="/news">News</a></nav><article>${article('harbour', 'bridge', 'ferry')}</article></body></html>`;
    expect(html(page).paragraphs).toEqual([long('harbour'), long('bridge'), long('ferry')]);
  });

  it('keeps the only copy of the article, in <noscript>, but not a notice there beside a shown article', () => {
    const onlyCopy = `<html><body><div id="app"><p>Loading…</p></div><noscript><div class="post">${article('harbour', 'bridge', 'ferry')}</div></noscript></body></html>`;
    expect(html(onlyCopy).paragraphs).toEqual([long('harbour'), long('bridge'), long('ferry')]);
    const shown = `<html><body><article>${article('harbour', 'bridge')}</article><noscript><p>${long('notice')} Please turn on JavaScript to see the comments and the map.</p></noscript></body></html>`;
    expect(html(shown).paragraphs).toEqual([long('harbour'), long('bridge')]);
  });

  it('keeps content in a declarative shadow root, and still drops other templates', () => {
    const page = `<html><body><story-card><template shadowrootmode="open"><div class="story">${article('harbour', 'bridge')}</div></template></story-card>
      <template id="row"><div class="row"><p>${long('template')}</p></div></template></body></html>`;
    expect(html(page).paragraphs).toEqual([long('harbour'), long('bridge')]);
  });

  it('leaves hidden a modal, a menu and a cookie dialog that hold more prose than a short page shows', () => {
    const page = `<html><body><article><p>${long('harbour')}</p></article>
      <div class="newsletter-modal" style="display:none">${article('modal one', 'modal two', 'modal three', 'modal four')}</div>
      <div id="mega-menu" hidden>${article('menu one', 'menu two', 'menu three', 'menu four')}</div>
      <div class="cookie-consent" hidden>${article('cookie one', 'cookie two', 'cookie three', 'cookie four')}</div></body></html>`;
    expect(html(page).paragraphs).toEqual([long('harbour')]);
  });

  it('does not show a hidden copy of what the page shows (schema.org metadata, an aria-hidden duplicate)', () => {
    const items = ['harbour', 'bridge', 'ferry', 'tunnel'].map((t) => `<li><a href="/${t}">The ${t} plan was approved</a>, officials said on Tuesday, and work will start in the spring after a long debate.</li>`).join('');
    const copy = ['harbour', 'bridge', 'ferry', 'tunnel'].map((t) => `The ${t} plan was approved, officials said on Tuesday, and work will start in the spring after a long debate.`).join(' ');
    const page = `<html><body><h1>Four plans approved</h1><ol>${items}</ol>
      <div style="display:none" itemscope itemtype="http://schema.org/NewsArticle"><div itemprop="articleBody">${copy} ${copy}</div></div>
      <div aria-hidden="true"><p>${copy}</p></div></body></html>`;
    const { text } = html(page);
    expect(text.match(/The harbour plan was approved/g)).toHaveLength(1);
  });
});
