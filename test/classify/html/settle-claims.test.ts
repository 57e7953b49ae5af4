/** Class-word claims fall on subtrees that hold the article's prose; selector claims and inner claims stand. */
import { describe, expect, it } from 'vitest';
import { htmlDocument } from '../../../src/classify/html/index.js';
import type { Rule } from '../../../src/types.js';

const navigation: Rule = { meta: { id: 'navigation', category: 'navigation', description: 'test', defaultOn: true }, classWords: ['breadcrumb', 'menu'], selectors: ['nav'] };
const paywall: Rule = { meta: { id: 'paywall', category: 'paywall', description: 'test', defaultOn: true }, classWords: ['paywall'] };
const share: Rule = { meta: { id: 'share', category: 'share', description: 'test', defaultOn: true }, classWords: ['share'] };

const paragraph = (n: number) => `<p>Paragraph ${n} of the story tells how the harbour board met on Monday, heard from residents and agreed, after a long debate, to delay the vote until spring.</p>`;
const story = (from: number, count: number) => Array.from({ length: count }, (_, i) => paragraph(from + i)).join('');
/** A long menu and footer, so that the article is well under half of the page's text. */
const chrome = `<div class="menu">${Array.from({ length: 300 }, (_, i) => `<a href="/s${i}">Section ${i}</a>`).join(' ')}</div>`;

function claimedTexts(html: string, rules: Rule[]): string[] {
  const doc = htmlDocument(html, rules);
  return [...doc.claimed!.keys()].map((i) => doc.blocks[i]!.text);
}

describe('settleClaims', () => {
  it('lets no class word claim the element that holds the article, however much else the page holds', () => {
    const html = `<body>${chrome}<article class="story url-breadcrumb">${story(1, 4)}<div class="share-tools"><a>Facebook</a></div></article>${chrome}</body>`;
    const claimed = claimedTexts(html, [navigation, share]);
    expect(claimed.some((t) => t.startsWith('Paragraph'))).toBe(false);
    expect(claimed).toContain('Facebook');
    expect(claimed.some((t) => t.startsWith('Section'))).toBe(true);
  });

  it('keeps the paragraphs a paywall wrapper holds when they are most of the story', () => {
    const html = `<body><div class="article-body">${story(1, 2)}<div class="paywall">${story(3, 5)}</div></div></body>`;
    expect(claimedTexts(html, [paywall])).toEqual([]);
  });

  it('still claims a small widget that carries the word', () => {
    const html = `<body><div class="article-body">${story(1, 6)}<div class="paywall"><p>Subscribe to keep reading.</p></div></div></body>`;
    expect(claimedTexts(html, [paywall])).toEqual(['Subscribe to keep reading.']);
  });

  it('lets a selector claim stand whatever it holds', () => {
    const html = `<body><nav>${story(1, 6)}</nav><p>Short.</p></body>`;
    expect(claimedTexts(html, [navigation])).toHaveLength(6);
  });

  it('claims replies nested thousands deep', () => {
    const comments: Rule = { meta: { id: 'comments', category: 'comments', description: 'test', defaultOn: true }, classWords: ['comment'] };
    const depth = 20000;
    const html = `<body>${story(1, 3)}${'<div class="comment"><p>A reply that says a little.</p>'.repeat(depth)}${'</div>'.repeat(depth)}</body>`;
    expect(claimedTexts(html, [comments])).toHaveLength(depth);
  }, 30000);
});
