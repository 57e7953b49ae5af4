/**
 * HTML pages end to end: the element holding the article bounds it. What stands outside
 * goes even when it reads like prose; what opens the article inside it stays even when
 * it is short; figures, captions and bylines go.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';

const long = (topic: string) =>
  `The ${topic} plan, which the council approved on Tuesday after a long and heated debate, will cost more than expected, officials said, and work is due to start in the spring.`;

function page(body: string, title = 'Harbour plan approved after long debate'): string {
  return `<html><head><title>${title} | The Courier</title><meta property="og:title" content="${title}"></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>${body}
    <footer><p>© 2024 The Courier. All rights reserved.</p></footer></body></html>`;
}

describe('HTML: the article element bounds the article', () => {
  // Six paragraphs, as short as articles come: on a page of three (under a hundred words),
  // the block model's page-size features give a teaser beside it odds of coming back.
  const ARTICLE = ['harbour', 'bridge', 'ferry', 'tram', 'port', 'canal'];

  it('drops teasers beside the article even though they are sentences', () => {
    const html = page(`<main><h1>Harbour plan approved after long debate</h1>
      <div class="article-body">${ARTICLE.map((t) => `<p>${long(t)}</p>`).join('')}</div>
      <div class="more-stories">
        <div class="teaser"><h3><a href="/a">Schools reopen</a></h3><p>The schools reopened on Monday after the holiday, a week later than planned.</p></div>
        <div class="teaser"><h3><a href="/b">Library hours</a></h3><p>The central library will open on Sundays from next month, the council said.</p></div>
      </div></main>`);
    const result = clean(html, { inputKind: 'html' });
    expect(result.title).toBe('Harbour plan approved after long debate');
    expect(result.paragraphs).toEqual(ARTICLE.map(long));
  });

  it('keeps the article the title names, not the related posts whose class words and longer excerpts outscore it', () => {
    const html = readFileSync(new URL('../fixtures/html/teaser-outscores-article.html', import.meta.url), 'utf8');
    const article = [
      expect.stringMatching(/^If someone is not careful at the gym/),
      expect.stringMatching(/^In these situations, several factors/),
      expect.stringMatching(/^Most waivers only protect the gym/),
      expect.stringMatching(/^Manufacturers must make products/),
    ];
    const byRules = clean(html, { inputKind: 'html', decision: 'rules' });
    expect(byRules.title).toBe('Can you sue a gym after an injury?');
    expect(byRules.paragraphs).toEqual(article);
    expect(byRules.text).not.toMatch(/Social Security|Latest News|Read More|free consultation/);
    // The block model brings back teasers' headlines and excerpts after the article (each an
    // <article> of its own, on a page of 300 words): a known weakness on very short pages.
    // The article still comes first and whole, and the widgets stay out.
    const result = clean(html, { inputKind: 'html' });
    expect(result.title).toBe('Can you sue a gym after an injury?');
    expect(result.paragraphs.slice(0, 4)).toEqual(article);
    expect(result.text).not.toMatch(/Latest News|Read More|free consultation/);
  });

  it('keeps what opens the article before its first long paragraph, and drops bylines and captions', () => {
    const html = page(`<article><h1>Harbour plan approved after long debate</h1>
      <div class="entry-content">
        <div class="byline">Jane Doe and John Roe, Staff writers</div>
        <figure><img src="x.jpg"><figcaption>The harbour at dawn on Tuesday, seen from the old pier.</figcaption></figure>
        <p>Key figures</p>
        <ul><li>Cost: 4 million</li><li>Start: spring</li></ul>
        <p>${long('harbour')}</p><p>${long('bridge')}</p>
      </div></article>`);
    expect(clean(html, { inputKind: 'html' }).paragraphs).toEqual(['Key figures', 'Cost: 4 million', 'Start: spring', long('harbour'), long('bridge')]);
  });

  it('keeps a summary list whose items each link their subject, inside the article element', () => {
    const item = (subject: string, rest: string) => `<li><a href="/${subject}">${subject} is stepping down as chair of the board in May</a>, ${rest}.</li>`;
    const html = page(`<div class="post-content"><p>${long('harbour')}</p><p>${long('bridge')}</p>
      <ol>${item('Alice Smith', 'and will hand over to her deputy after twenty years')}${item('Bob Jones', 'a move the shareholders welcomed on Monday')}</ol></div>
      <div class="related"><h2>Related</h2><ul><li><a href="/x">Another story</a></li></ul></div>`);
    const { paragraphs } = clean(html, { inputKind: 'html' });
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[3]).toContain('Bob Jones is stepping down');
    expect(paragraphs.join(' ')).not.toContain('Another story');
  });

  it('keeps the article in a wrapper whose class a widget rule would claim, on a page mostly made of links', () => {
    const links = Array.from({ length: 200 }, (_, i) => `<li><a href="/s${i}">Section number ${i}</a></li>`).join('');
    const html = page(`<ul class="site-links">${links}</ul>
      <article class="story js-breadcrumb-target"><h1>Harbour plan approved after long debate</h1><p>${long('harbour')}</p><p>${long('bridge')}</p></article>`);
    expect(clean(html, { inputKind: 'html' }).paragraphs).toEqual([long('harbour'), long('bridge')]);
  });

  it('joins tens of thousands of sibling paragraphs to the article', () => {
    const count = 20000;
    const html = `<html><body><div class="page"><div class="lead"><p>${long('harbour')}</p><p>${long('bridge')}</p></div>${`<p>${long('ferry')} More.</p>`.repeat(count)}</div></body></html>`;
    expect(clean(html, { inputKind: 'html' }).paragraphs.length).toBe(count + 2);
  }, 30000);
});
