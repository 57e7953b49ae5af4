/** The element that holds the article: chosen by the prose it gathers, its class words and its links. */
import { describe, expect, it } from 'vitest';
import type { Element } from 'domhandler';
import { htmlDocument } from '../../../src/classify/html/index.js';
import type { Document, Rule } from '../../../src/types.js';

const sentence = (topic: string, n = 3) =>
  Array.from({ length: n }, (_, i) => `The report on ${topic}, published on day ${i + 1}, says the figures rose, fell and rose again before the council met.`).join(' ');
const paragraphs = (topic: string, count: number) => Array.from({ length: count }, (_, i) => `<p>${sentence(`${topic} ${i}`)}</p>`).join('');

/** The root's elements as "tag.class" labels. */
function rootLabels(doc: Document): string[] {
  return (doc.articleRoot ?? []).map((el) => {
    const e = el as Element;
    return `${e.name}${e.attribs.class ? '.' + e.attribs.class : ''}`;
  });
}

/** The texts of the blocks inside the root, by block ranges. */
function insideTexts(doc: Document): string[] {
  const ranges = (doc.articleRoot ?? []).map((el) => doc.elementRanges!.get(el)!);
  return doc.blocks.filter((b) => ranges.some(([first, last]) => first <= b.index && b.index <= last)).map((b) => b.text);
}

describe('findArticleRoot', () => {
  it('picks the element whose paragraphs hold the prose, not the page around it', () => {
    const doc = htmlDocument(`<body><header><p>Site slogan goes here, a short line for everyone.</p></header>
      <div class="layout"><div class="story-body">${paragraphs('water', 5)}</div>
      <div class="sidebar"><p>${sentence('sidebar', 1)}</p></div></div>
      <footer><p>${sentence('footer', 1)}</p></footer></body>`, []);
    expect(rootLabels(doc)).toEqual(['div.story-body']);
  });

  it('lets class words tip the balance: a comment thread longer than the article loses', () => {
    const doc = htmlDocument(`<body><div class="post-content">${paragraphs('roads', 3)}</div>
      <div class="comment-list"><div class="comment-item">${paragraphs('opinion', 2)}</div><div class="comment-item">${paragraphs('reply', 2)}</div></div></body>`, []);
    expect(rootLabels(doc)).toEqual(['div.post-content']);
  });

  it('discounts links: a list of linked headlines is not the article', () => {
    const teasers = Array.from({ length: 12 }, (_, i) => `<div><p><a href="/t${i}">${sentence(`teaser ${i}`, 1)}</a></p></div>`).join('');
    const doc = htmlDocument(`<body><div class="grid">${teasers}</div><div class="main">${paragraphs('budget', 3)}</div></body>`, []);
    expect(rootLabels(doc)).toEqual(['div.main']);
  });

  it('gives nothing for paragraphs a rule claimed', () => {
    const promo: Rule = { meta: { id: 'ads', category: 'ads', description: 'test', defaultOn: true }, selectors: ['.partner-box'] };
    const html = `<body><div class="partner-box">${paragraphs('offer', 4)}</div><div class="text-wrap">${paragraphs('harbour', 1)}</div></body>`;
    expect(rootLabels(htmlDocument(html, []))[0]).toBe('div.partner-box');
    expect(rootLabels(htmlDocument(html, [promo]))).toEqual(['div.text-wrap']);
  });

  it('joins plain paragraphs and like-classed siblings standing beside the best element', () => {
    const doc = htmlDocument(`<body><div class="article">
      <div class="chunk">${paragraphs('first', 8)}</div>
      <div class="ad-slot"><p>Advertisement</p></div>
      <div class="chunk">${paragraphs('second', 1)}</div>
      <p>${sentence('loose paragraph', 1)}</p>
      <ul class="links"><li><a href="/x">Other story</a></li></ul></div></body>`, []);
    expect(insideTexts(doc).some((t) => t.includes('second 0'))).toBe(true);
    expect(insideTexts(doc).some((t) => t.includes('loose paragraph'))).toBe(true);
    expect(insideTexts(doc)).not.toContain('Advertisement');
    expect(insideTexts(doc)).not.toContain('Other story');
  });

  it('joins wrappers that repeat the best element\'s wrapper further up (a card per paragraph)', () => {
    const card = (topic: string, n: number) => `<div class="card item"><div class="card-body"><p>${sentence(topic, n)}</p></div></div>`;
    const doc = htmlDocument(`<body><div class="cards">${card('alpha', 4)}${card('beta', 2)}<div class="promo"><p>Subscribe today for more.</p></div>${card('gamma', 1)}</div>
      <div class="rail"><p>${sentence('rail', 1)}</p></div></body>`, []);
    const inside = insideTexts(doc);
    for (const topic of ['alpha', 'beta', 'gamma']) expect(inside.some((t) => t.includes(topic))).toBe(true);
    expect(inside.some((t) => t.includes('rail'))).toBe(false);
  });

  it('prefers the element under the title the markup names to a teaser its class words lift over it', () => {
    // The article sits in a "widget" container; a related post's excerpt in <article class="post">.
    const html = (title: string) => `<html><head><meta property="og:title" content="${title}"></head><body>
      <div class="title-area"><h1>Harbour figures rise again</h1></div>
      <div class="e-child"><div class="elementor-widget-container">${paragraphs('harbour', 2)}</div></div>
      <section class="news"><h2>Latest News</h2><article class="post hentry"><h3><a href="/other">Other story</a></h3>
        <div class="post-excerpt"><p>${sentence('other story', 1)} Also, in brief, the mayor, the clerk, and the board agreed.</p></div></article></section></body></html>`;
    expect(rootLabels(htmlDocument(html('Harbour figures rise again'), []))).toEqual(['div.e-child']);
    expect(rootLabels(htmlDocument(html('Another page altogether'), []))).toEqual(['div.post-excerpt']);
  });

  it('does not prefer what stands under the title when it holds less prose than the best element', () => {
    const doc = htmlDocument(`<html><head><meta property="og:title" content="Harbour figures rise again"></head><body>
      <header class="story-header"><h1>Harbour figures rise again</h1><div class="messenger-content"><p>${sentence('messenger promo', 1)}</p></div></header>
      <div class="video-strip"><h3>Just watched</h3></div>
      <div class="l-container">${paragraphs('harbour', 4)}</div></body></html>`, []);
    expect(rootLabels(doc)).toEqual(['div.l-container']);
  });

  it('finds none on a page without paragraphs', () => {
    expect(htmlDocument('<body><ul><li><a href="/">Home</a></li></ul></body>', []).articleRoot).toBeUndefined();
  });

  it('knows each element\'s blocks however deep the nesting', () => {
    const depth = 40;
    const doc = htmlDocument(`<body><div class="story">${'<div>'.repeat(depth)}${paragraphs('deep', 2)}${'</div>'.repeat(depth)}</div><p>After.</p></body>`, []);
    const story = [...doc.elementRanges!.keys()].find((el) => (el as Element).attribs.class === 'story')!;
    expect(doc.elementRanges!.get(story)).toEqual([0, 1]);
  });
});
