/**
 * What the pipeline reads from the rules' meta: which categories end the article and
 * which head lists of links come from the rules, built-in and custom alike, and a custom
 * rule that declares a trait is treated as the built-in rules that have it.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean.js';
import { builtInRules } from '../../src/rules/index.js';
import { articleEndings, linkListHeaders, modelRestoreOdds, runsContentPass } from '../../src/rules/pipeline-meta.js';
import type { Rule } from '../../src/types.js';

const partnerLinks = (listsLinks: boolean): Rule => ({
  meta: { id: 'partner-links', category: 'partner', description: 'Links to partner sites.', defaultOn: true, listsLinks, endsArticle: true },
  linePatterns: [/^partner links$/i],
});

const STORY = 'The council approved the budget on Tuesday after a long debate about the harbour wall and the cost of its repair.';
const HTML = `<html><body><article><p>${STORY}</p><p>Partner links</p><ul><li><a href="/a">Cheap flights</a></li><li><a href="/b">Hotel deals</a></li></ul></article></body></html>`;

describe('the pipeline’s questions to the rules’ meta', () => {
  it('the built-in rules: related, comments, share, newsletter, donation and paywall end the article; related, share and navigation head lists of links', () => {
    const ends = articleEndings();
    expect(['related', 'comments', 'share', 'newsletter', 'donation', 'paywall'].every(ends)).toBe(true);
    expect(['navigation', 'metadata', 'cookie', 'legal', 'ads', 'notification', 'template', 'prose'].some(ends)).toBe(false);
    const lists = linkListHeaders();
    expect(['related', 'share', 'navigation'].every(lists)).toBe(true);
    expect(['comments', 'newsletter', 'metadata', 'prose'].some(lists)).toBe(false);
  });

  it('a custom rule’s categories join them when its meta says so', () => {
    expect(articleEndings()('partner')).toBe(false);
    expect(articleEndings([partnerLinks(false)])('partner')).toBe(true);
    expect(linkListHeaders([partnerLinks(false)])('partner')).toBe(false);
    expect(linkListHeaders([partnerLinks(true)])('partner')).toBe(true);
  });

  it('the block model may bring back what the comments rule removed (a forum marks up its posts as comments), at odds of 0.5, and nothing of the other categories unless a rule says so', () => {
    const odds = modelRestoreOdds();
    expect(odds('comments')).toBe(0.5);
    expect(['related', 'share', 'navigation', 'newsletter', 'donation', 'metadata', 'prose', 'partner'].map(odds)).toEqual(Array(8).fill(undefined));
    const reviews: Rule = { meta: { id: 'reviews', category: 'partner', description: 'Partner reviews.', defaultOn: true, modelRestoresAt: 0.9 }, linePatterns: [/^partner review$/i] };
    expect(modelRestoreOdds([reviews])('partner')).toBe(0.9);
    // Two rules of one category: the lower odds count.
    expect(modelRestoreOdds([{ ...reviews, meta: { ...reviews.meta, id: 'forum-posts', category: 'comments', modelRestoresAt: 0.5 } }])('comments')).toBe(0.5);
  });

  it('the context pass runs while the rule of the content pass is on', () => {
    expect(runsContentPass(builtInRules)).toBe(true);
    expect(runsContentPass(builtInRules.filter((r) => r.meta.pass !== 'content'))).toBe(false);
  });

  it('in HTML, the links under a custom header go with it when the rule lists links, and stay when it does not', () => {
    const removed = (rule: Rule) => clean(HTML, { inputKind: 'html', rules: [rule] }).removed.map((r) => [r.text, r.reason]);
    expect(removed(partnerLinks(true))).toEqual([
      ['Partner links', 'matches /^partner links$/'],
      ['Cheap flights', 'list of links under a partner header'],
      ['Hotel deals', 'list of links under a partner header'],
    ]);
    expect(removed(partnerLinks(false))).toEqual([['Partner links', 'matches /^partner links$/']]);
  });
});
