/**
 * What the pipeline reads from the rules' meta: which categories end the article, which
 * head lists of links and which open a comment thread come from the rules, built-in and
 * custom alike, and a custom rule that declares a trait is treated as the built-in rules
 * that have it. The block model's category columns are the built-in categories.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean.js';
import { builtInRules } from '../../src/rules/index.js';
import { articleEndings, linkListHeaders, modelCategories, modelRestoreOdds, runsContentPass, threadOpeners } from '../../src/rules/pipeline-meta.js';
import { FEATURE_NAMES } from '../../src/learn/block-model/features.js';
import { shippedBlockModel } from '../../src/learn/block-model/shipped-model.js';
import { compileDeclarativeRule } from '../../src/rule-set/declarative.js';
import type { Rule } from '../../src/types.js';

const partnerLinks = (listsLinks: boolean): Rule => ({
  meta: { id: 'partner-links', category: 'partner', description: 'Links to partner sites.', defaultOn: true, listsLinks, endsArticle: true },
  linePatterns: [/^partner links$/i],
});

/** A custom rule for a letters page: its header and each letter ("Letter: ...") go. */
const letters = (opensThread: boolean): Rule => ({
  meta: { id: 'reader-letters', category: 'letters', description: 'Readers\' letters under a story.', defaultOn: true, opensThread },
  linePatterns: [/^letters to the editor$/i],
  classify: (block) => (block.text.startsWith('Letter: ') ? { reason: 'a reader\'s letter' } : null),
});
const ARTICLE = [
  'The council approved the budget on Tuesday after a long debate about the harbour wall and the cost of its repair, which has doubled since the storm of last winter.',
  'Engineers told the meeting that the wall could fail within five years without work, and that the town would then face flooding along the whole of the lower quay.',
  'The mayor said the money would come from reserves and a loan from the regional bank, and that no service would be cut to pay for the repair this year or next.',
  'Work is expected to start in the spring and to last eighteen months, during which the harbour will stay open to fishing boats but closed to visiting yachts.',
];
const LETTERS = [
  'I have lived on the quay for forty years and I have never seen the council move so slowly on something so plainly urgent for all of us who live here.',
  'The loan will cost the town far more than the wall itself, and nobody at the meeting asked how the interest will be paid once the reserves have run dry.',
  'Closing the harbour to yachts for a year and a half will ruin the cafés and shops that depend on summer visitors, and the council should think again about it.',
  'My grandfather helped build the old wall after the war, and it is sad to see it crumble while the council argues about money instead of getting on with it.',
  'Why were the engineers not asked to look at the wall years ago, when the first cracks appeared and the repair would have cost a fraction of what it costs now?',
];

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

  it('comments open a thread of readers’ posts, and a custom rule’s category joins it when its meta says so', () => {
    const opens = threadOpeners();
    expect(opens('comments')).toBe(true);
    expect(['related', 'share', 'newsletter', 'navigation', 'metadata', 'prose', 'letters'].some(opens)).toBe(false);
    expect(threadOpeners([letters(true)])('letters')).toBe(true);
    expect(threadOpeners([letters(false)])('letters')).toBe(false);
    const json = compileDeclarativeRule({ meta: { id: 'reader-letters', category: 'letters', description: 'd', opensThread: true }, phrases: ['Letters to the editor'] });
    expect(threadOpeners([json])('letters')).toBe(true);
  });

  it('the context pass ends the article at a custom thread header and removes the posts after it, as after a comment header', () => {
    const posts = LETTERS.slice(0, 3);
    const page = [...ARTICLE, 'Letters to the editor', ...posts].join('\n\n');
    const settled = (rule: Rule) => {
      const { paragraphs, removed } = clean(page, { rules: [...builtInRules, rule], decision: 'rules' });
      return { paragraphs, after: removed.filter((r) => r.rule === 'prose/after-comments').map((r) => r.text) };
    };
    expect(settled(letters(true))).toEqual({ paragraphs: ARTICLE, after: posts });
    expect(settled(letters(false))).toEqual({ paragraphs: [...ARTICLE, ...posts], after: [] });
  });

  it('the recall guard counts a thread’s posts as neither lost nor the article’s', () => {
    // 60 words of article (enough to judge) and 150 of letters, which the rule removes.
    const page = [ARTICLE.slice(0, 2).join(' '), ...LETTERS.map((l) => `Letter: ${l}`)].join('\n\n');
    const guarded = (rule: Rule) => clean(page, { rules: [...builtInRules, rule], decision: 'rules', maxRemoval: 0.5 });
    const thread = guarded(letters(true));
    expect(thread.guard).toBeNull();
    expect(thread.paragraphs).toEqual([ARTICLE.slice(0, 2).join(' ')]);
    const lost = guarded(letters(false));
    expect(lost.guard).toMatchObject({ restoredBlocks: LETTERS.length });
    expect(lost.paragraphs).toHaveLength(LETTERS.length + 1);
  });

  it('the block model has a column for every built-in category but the context pass’s, in the order it was trained on', () => {
    const categories = new Set(builtInRules.filter((r) => r.meta.pass !== 'content').map((r) => r.meta.category));
    expect([...categories].filter((c) => !modelCategories.includes(c))).toEqual([]);
    expect(new Set(modelCategories).size).toBe(modelCategories.length);
    const columns = (names: readonly string[]) => names.filter((n) => n.startsWith('cat_'));
    expect(columns(FEATURE_NAMES)).toEqual(modelCategories.map((c) => `cat_${c}`));
    expect(columns(shippedBlockModel().features)).toEqual(columns(FEATURE_NAMES));
  });
});
