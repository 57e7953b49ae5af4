/**
 * HTML pages end to end: markup that makes the parser put a page's body somewhere else
 * than the browser does (a stray second document in <head>, a stray "</body></html>"
 * before the article, a "<![CDATA[" in the body) still gives the article, and the
 * page's boilerplate still goes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url), 'utf8');
const html = (page: string) => clean(page, { inputKind: 'html' });

const long = (topic: string) =>
  `The ${topic} plan, which the council approved on Tuesday after a long and heated debate, will cost more than expected, officials said, and work is due to start in the spring.`;

describe('HTML: stray documents and closing tags', () => {
  it('keeps the article of a page whose <head> holds a stray second document, and drops its menu and footer', () => {
    const result = html(fixture('stray-document.html'));
    expect(result.title).toBe('A simple weekly plan for strength and endurance');
    expect(result.byline).toBe('Dana Whitfield');
    expect(result.paragraphs).toEqual([
      expect.stringMatching(/^Most people who train want two things/),
      expect.stringMatching(/^The plan below has three kinds of session/),
      'How to fit it into a busy week',
      expect.stringMatching(/^Put the strength sessions at least two days apart/),
      expect.stringMatching(/^After a month, add a little weight/),
    ]);
    expect(result.text).not.toMatch(/Podcast|All rights reserved/);
  });

  it('keeps the article that follows a stray "</body></html>", and drops its related links and footer', () => {
    const result = html(fixture('stray-closing-tags.html'));
    expect(result.paragraphs).toEqual([
      expect.stringMatching(/^Payroll looks simple from the outside/),
      expect.stringMatching(/^Many firms therefore share the work/),
      expect.stringMatching(/^Which model fits depends on the size/),
    ]);
    expect(result.text).not.toMatch(/You may also like|What to ask a payroll provider|All rights reserved/);
  });

  it('reads a document nested in the body as part of it', () => {
    const page = `<html><head><title>Harbour plan</title></head><body><nav><a href="/">Home</a></nav>
      <div class="embed"><html><head><meta charset="utf-8"></head><body><article><p>${long('harbour')}</p><p>${long('bridge')}</p></article></body></html></div></body></html>`;
    expect(html(page).paragraphs).toEqual([long('harbour'), long('bridge')]);
  });

  it('still shows nothing of <head> but the stray document', () => {
    const page = `<html><head><title>Harbour plan</title><div class="notice-bar"><p>${long('notice')}</p></div></head><body><article><p>${long('harbour')}</p></article></body></html>`;
    expect(html(page).paragraphs).toEqual([long('harbour')]);
  });
});

describe('HTML: a "<![CDATA[" in the body', () => {
  it('ends where the browser ends it, at the next ">", and the page goes on', () => {
    const page = `<html><head><title>Forum thread</title><script>//<![CDATA[
      var x = 1 > 0;
      //]]></script></head><body class="forum"><![CDATA[ <div id="jumpToTop"></div>
      <header><nav><a href="/">Forums</a> <a href="/new">New posts</a></nav></header>
      <article class="message"><p>${long('harbour')}</p><p>${long('bridge')}</p></article>
      <footer><p>Community platform by XenForo. All rights reserved.</p></footer></body></html>`;
    const result = html(page);
    expect(result.paragraphs).toEqual([long('harbour'), long('bridge')]);
  });
});
