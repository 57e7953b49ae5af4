import { describe, expect, it } from 'vitest';
import { htmlDocument } from '../../../src/classify/html/index.js';
import type { Rule } from '../../../src/types.js';

describe('rule claims in HTML', () => {
  it('lets a rule claim subtrees by class or id words and by selectors, reporting which', () => {
    const rule: Rule = { meta: { id: 'share', category: 'share', description: 'test', defaultOn: true }, classWords: ['share', 'social'], selectors: ['[data-widget="tweet"]'] };
    const html = `<body><article><p>${'Story text goes on here. '.repeat(20)}</p>
      <div class="article-shareBar"><a>Facebook</a></div><div id="social-links"><a>Twitter</a></div>
      <div data-widget="tweet"><p>Embedded</p></div><div class="shareholders"><p>Shareholders met.</p></div></article></body>`;
    const doc = htmlDocument(html, [rule]);
    const claimed = [...doc.claimed!].map(([i, c]) => [doc.blocks[i]!.text, c.reason]);
    expect(claimed).toEqual([
      ['Facebook', 'class or id word "share"'],
      ['Twitter', 'class or id word "social"'],
      ['Embedded', 'matches selector [data-widget="tweet"]'],
    ]);
  });

  it('never lets a class word claim the element that holds most of the page', () => {
    const rule: Rule = { meta: { id: 'comments', category: 'comments', description: 'test', defaultOn: true }, classWords: ['comments'] };
    const doc = htmlDocument(`<body><div class="post has-comments"><p>${'The article itself is long. '.repeat(30)}</p></div></body>`, [rule]);
    expect(doc.claimed!.size).toBe(0);
  });
  it('matches a class word of several words as a run of the element\'s name words, however the names are joined', () => {
    const rule: Rule = { meta: { id: 'author-bio', category: 'author-bio', description: 'test', defaultOn: true }, classWords: ['author-bio', 'support-us'] };
    const html = `<body><article><p>${'Story text goes on here. '.repeat(20)}</p>
      <div class="post-author-bio"><p>Jane writes about gardens.</p></div><div id="authorBio"><p>She lives in Leeds.</p></div>
      <div class="support_us_box"><p>Give what you can.</p></div>
      <div class="author-name"><p>Jane Doe</p></div><div class="bio-author"><p>Reversed words.</p></div><div class="us-support"><p>Us first.</p></div></article></body>`;
    const doc = htmlDocument(html, [rule]);
    const claimed = [...doc.claimed!].map(([i, c]) => [doc.blocks[i]!.text, c.reason]);
    expect(claimed).toEqual([
      ['Jane writes about gardens.', 'class or id word "author-bio"'],
      ['She lives in Leeds.', 'class or id word "author-bio"'],
      ['Give what you can.', 'class or id word "support-us"'],
    ]);
  });
});
