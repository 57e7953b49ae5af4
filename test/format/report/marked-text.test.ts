/** A document's text with each removal struck through in place and labelled with its rule and reason. */
import { describe, expect, it } from 'vitest';
import { reportDigest } from '../../../src/format/report/digest.js';
import { markedText } from '../../../src/format/report/marked-text.js';
import { escapeHtml } from '../../../src/format/report/html-escape.js';
import { fakeResult } from './fake-result.js';

const text = 'Menu <b>\nThe story & more.\nSign up now\nThe end.';
const digest = reportDigest(
  fakeResult(text, [
    [0, 8, 'navigation', 'navigation', 'matches selector nav'],
    [27, 38, 'house-promo', 'promo', 'a "promo" line'],
  ]),
  text,
);

describe('markedText', () => {
  it('wraps each removal in <del> labelled with its rule, category and reason, and leaves the rest as text', () => {
    const { html } = markedText(digest, 10_000);
    expect(html).toContain('<del data-rule="navigation" data-category="navigation"');
    expect(html).toContain('title="navigation: matches selector nav">Menu &lt;b&gt;</del>');
    expect(html).toContain('<del data-rule="house-promo" data-category="promo"');
    expect(html).toContain('title="house-promo (promo): a &quot;promo&quot; line">Sign up now</del>');
    expect(html).toContain('<span class="why" data-rule="house-promo"');
    expect(html).toContain('\nThe story &amp; more.\n');
    // Without the marks, the text is the document's, escaped.
    expect(html.replace(/<span class="why"[^>]*>.*?<\/span>/g, '').replace(/<[^>]+>/g, '')).toBe(escapeHtml(text));
  });

  it('shows no more than the limit, and counts the removals it leaves out', () => {
    const cut = markedText(digest, 20);
    expect(cut.shown).toBe(20);
    expect(cut.marksCut).toBe(1);
    expect(cut.html.match(/<del/g)).toHaveLength(1);
    expect(cut.html.endsWith('\nThe story &amp;')).toBe(true);
  });

  it('ends a removal that crosses the limit at the limit', () => {
    const cut = markedText(digest, 30);
    expect(cut.html).toMatch(/>Sig<\/del>/);
    expect(cut.marksCut).toBe(0);
  });

  it('draws overlapping removals once, clipped', () => {
    const overlapping = reportDigest(fakeResult('abcdefghij', [[0, 6, 'a'], [4, 8, 'b']]), 'abcdefghij');
    const { html } = markedText(overlapping, 100);
    expect(html).toMatch(/>abcdef<\/del>/);
    expect(html).toMatch(/>gh<\/del>/);
  });
});
