import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean } from '../../../src/clean.js';
import { FEATURE_NAMES } from '../../../src/learn/block-model/features.js';
import type { BlockModel } from '../../../src/learn/block-model/forest.js';
import { shippedBlockModel } from '../../../src/learn/block-model/shipped-model.js';

const LYNX = readFileSync(new URL('../../../fixtures/dumps/council-budget.lynx.txt', import.meta.url), 'utf8');
const COMMENT = 'What a waste of money, they should fix the potholes first';
const HTML = readFileSync(new URL('../../../fixtures/html/council-budget.html', import.meta.url), 'utf8');
/** A hand-made forum thread whose posts are marked up as comments (class="comment message"). */
const FORUM = readFileSync(new URL('../../../fixtures/html/forum-thread.html', import.meta.url), 'utf8');

/** A model of one leaf: every block gets the same log-odds. */
function constant(margin: number): BlockModel {
  return { format: 'unboil-block-model', version: 1, features: FEATURE_NAMES, threshold: 0.5, baseMargin: 0, roots: [0], feature: [-1], split: [0], left: [-1], right: [-1], leaf: [margin], cover: [1] };
}

/** A model that keeps what the rules keep: one split on their verdict. */
const FOLLOWS_RULES: BlockModel = {
  ...constant(0),
  feature: [FEATURE_NAMES.indexOf('kept_by_rules'), -1, -1],
  split: [0.5, 0, 0],
  left: [1, -1, -1],
  right: [2, -1, -1],
  leaf: [0, -4, 4],
  cover: [2, 1, 1],
};

describe("the block model's decision", () => {
  it('is the default, and decision "rules" leaves the rules alone', () => {
    expect(clean(LYNX, { blockModel: constant(9) }).text).toBe(clean(LYNX, { decision: 'model', blockModel: constant(9) }).text);
    expect(clean(LYNX, { decision: 'rules', blockModel: constant(9) }).text).not.toContain(COMMENT);
  });

  it("gives the rules' article when the model follows their verdicts", () => {
    expect(clean(LYNX, { blockModel: FOLLOWS_RULES }).text).toBe(clean(LYNX, { decision: 'rules' }).text);
  });

  it("brings back what the context pass removed, never what a category rule removed", () => {
    const result = clean(LYNX, { blockModel: constant(9) });
    expect(result.text).toContain(COMMENT);
    expect(result.text).not.toContain('Related stories');
    expect(result.text).not.toContain('Sign up for our free morning newsletter');
    expect(result.removed.find((r) => r.text.startsWith('Related stories'))?.category).toBe('related');
    // The title stays the title: it is not kept again as a paragraph.
    expect(result.title).toBe('Council approves budget with new school funding');
    expect(result.paragraphs).not.toContain('Council approves budget with new school funding');
  });

  it("in a text dump, brings back a block before the title at odds of 0.5 or more; in HTML, whose markup names the headline, nothing before it", () => {
    const odds = (p: number) => constant(Math.log(p / (1 - p)));
    const story = 'The city council approved its budget for the coming year on Tuesday evening, setting aside an extra four million pounds for school buildings and roads.';
    const more = 'Councillors voted 31 to 12 in favour after a debate that lasted almost four hours, and the opposition said the rise would fall hardest on pensioners.';
    // The menu above the headline, which the context pass removes: the dump's title is a guess, and what stands before it may be the article's.
    const menu = 'Skip to main content\nHome\nNews\nSport\nOpinion';
    const dump = [menu, 'Council approves budget with new school funding', story, more].join('\n\n');
    expect(clean(dump, { decision: 'rules' }).removed.map((r) => [r.category, r.text])).toEqual([['prose', menu]]);
    expect(clean(dump, { blockModel: odds(0.55) }).text).toContain('Opinion');
    expect(clean(dump, { blockModel: odds(0.45) }).text).not.toContain('Opinion');
    expect(clean(dump, { blockModel: odds(0.45) }).text).toContain('The city council approved its budget');
    const above = 'A storm closed schools across the region on Monday, and the buses will run a reduced service until Thursday at the earliest.';
    const page = `<html><body><div class="top"><p>${above}</p></div><main><h1>Council approves budget with new school funding</h1><p>${story}</p><p>${more}</p></main></body></html>`;
    expect(clean(page, { inputKind: 'html', decision: 'rules' }).removed.map((r) => r.text)).toEqual([above]);
    const html = clean(page, { inputKind: 'html', blockModel: constant(9) });
    expect(html.title).toBe('Council approves budget with new school funding');
    expect(html.paragraphs).toEqual([story, more]);
  });

  it('on an HTML page whose JSON-LD calls it an article, brings back a block after the article only at odds of 0.5 or more', () => {
    const story = 'The city council approved its budget for the coming year on Tuesday evening, setting aside an extra four million pounds for school buildings and roads.';
    const more = 'Councillors voted 31 to 12 in favour after a debate that lasted almost four hours, and the opposition said the rise would fall hardest on pensioners.';
    const teaser = 'Readers also enjoyed our long guide to the parks of the city, which lists every playground and the hours it opens.';
    const page = (head: string) => `<html><head>${head}</head><body><main><article><h1>Council approves budget with new school funding</h1><p>${story}</p><p>${more}</p></article><div class="after"><p>${teaser}</p></div></main></body></html>`;
    const article = page('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council approves budget with new school funding"}</script>');
    expect(clean(article, { inputKind: 'html', decision: 'rules' }).removed.map((r) => r.text)).toContain(teaser);
    // Odds above the model's threshold (0.2) but under 0.5: the bar keeps the teaser out only where the page calls itself an article.
    const at = (p: number, html: string) => clean(html, { inputKind: 'html', blockModel: { ...constant(Math.log(p / (1 - p))), threshold: 0.2 } });
    expect(at(0.45, article).text).not.toContain(teaser);
    expect(at(0.45, article).text).toContain(more);
    expect(at(0.55, article).text).toContain(teaser);
    expect(at(0.45, page('')).text).toContain(teaser);
    expect(at(0.45, page('<meta property="og:type" content="article">')).text).toContain(teaser);
  });

  it("brings back what the comments rule removed whole only at the odds its meta gives (0.5), and only a post", () => {
    // In the page's HTML, the reader's comment is marked up as one: the comments rule removes it.
    expect(clean(HTML, { inputKind: 'html', decision: 'rules' }).removed.find((r) => r.text.startsWith(COMMENT))?.category).toBe('comments');
    const odds = (p: number) => constant(Math.log(p / (1 - p)));
    const at = (p: number) => clean(HTML, { inputKind: 'html', blockModel: odds(p) });
    expect(at(0.55).text).toContain(COMMENT);
    expect(at(0.45).text).not.toContain(COMMENT);
    expect(at(0.45).removed.find((r) => r.text.startsWith(COMMENT))?.category).toBe('comments');
    // A post's buttons and its date are no post: they stay removed at any odds, and the posts come back.
    const thread = clean(FORUM, { inputKind: 'html', blockModel: odds(0.99) });
    expect(thread.text).toContain('That smell is the yeast telling you');
    expect(thread.removed.filter((r) => r.text === 'Like Quote Reply').map((r) => r.category)).toEqual(Array(6).fill('comments'));
    expect(thread.removed.find((r) => r.text === 'Jan 8, 2025')?.category).toBe('comments');
    // Other categories stay removed at any odds.
    expect(at(0.99).removed.find((r) => r.text.startsWith('Related stories'))?.category).toBe('related');
  });

  it("with the shipped model, a forum thread marked up as comments keeps its posts, and a news page's reader comments go", () => {
    const thread = clean(FORUM, { inputKind: 'html' });
    for (const post of ['My starter is about three weeks old', 'That smell is the yeast telling you', 'I had exactly the same problem last winter', 'Do not pour off the liquid']) {
      expect(thread.paragraphs.some((p) => p.startsWith(post))).toBe(true);
    }
    expect(thread.text).not.toContain('Like Quote Reply');
    expect(thread.text).not.toContain('You must log in or register');
    expect(clean(FORUM, { inputKind: 'html', decision: 'rules' }).text).not.toContain('My starter is about three weeks old');
    const news = clean(HTML, { inputKind: 'html' });
    expect(news.text).not.toContain(COMMENT);
    expect(news.removed.find((r) => r.text.startsWith(COMMENT))?.category).toBe('comments');
  });

  it('brings back one copy at most of a text the page holds twice', () => {
    // `cat fixtures/seeds/*.txt | unboil`: each seed beside its expected output, read as one
    // document; the rules drop the Moscow Times article's copies as after the article.
    const seed = (name: string) => readFileSync(new URL(`../../../fixtures/seeds/${name}.txt`, import.meta.url), 'utf8');
    const names = ['independent-nato-overture-to-russia', 'moscow-times-nato-missile-defence'];
    const all = names.flatMap((name) => [seed(name), seed(`${name}.expected`)]).join('');
    const { paragraphs } = clean(all, { blockModel: constant(9) });
    expect(paragraphs.filter((p) => p.startsWith('NATO Secretary-General Anders Fogh Rasmussen said'))).toHaveLength(1);
    expect(new Set(paragraphs).size).toBe(paragraphs.length);
  });

  it('leaves out a block before a dump\'s title that the page says again after it, whole or joined to the next', () => {
    // The seeds and their expected outputs in one document: the raw article stands before the title
    // the expected copy opens with, and its paragraphs are said again (some joined) after it.
    const seed = (name: string) => readFileSync(new URL(`../../../fixtures/seeds/${name}.txt`, import.meta.url), 'utf8');
    const names = ['independent-nato-overture-to-russia', 'moscow-times-nato-missile-defence'];
    const { paragraphs } = clean(names.flatMap((name) => [seed(name), seed(`${name}.expected`)]).join(''));
    const rasmussen = paragraphs.filter((p) => p.startsWith('Mr Rasmussen called for more co-operation'));
    expect(rasmussen).toHaveLength(1);
    expect(paragraphs.indexOf('Nato has proposed a new era of co-operation with Russia, calling for joint work with Moscow and Washington on missile defence after the US scrapped a planned anti-missile system.')).toBe(0);
  });

  it('brings a copy of a repeated text back only when it would come back alone, so that cleaning the output again keeps it', () => {
    // A header the page says twice reads likelier to be the article's than the one copy the output holds.
    const page = [
      'NATO and Russia: a new start',
      'BRUSSELS — NATO said Thursday that it expected closer cooperation with Washington on developing anti-missile systems and that revamped U.S. plans had the potential to protect all of Europe if fully implemented.',
      'President Barack Obama announced Thursday that he was dropping a plan to deploy interceptor missiles in Poland and a radar system in the Czech Republic. He promised instead stronger, swifter defense systems to protect U.S. allies against any threat from Iran.',
      'A NATO spokesman said U.S. officials briefed NATO ambassadors on the U.S. plans on Thursday.',
      'A Message from The Moscow Times:',
      'A Message from The Moscow Times:',
      'Most popular\nCouncil approves budget after long debate\nStorm closes schools across the region\nLocal team wins the cup',
      'Support The Moscow Times!',
    ].join('\n\n');
    const once = clean(page);
    const output = [once.title, ...once.paragraphs].join('\n\n');
    expect(once.paragraphs).not.toContain('A Message from The Moscow Times:');
    expect(clean(output).paragraphs).toEqual(once.paragraphs);
  });

  it('keeps what the rules kept, and gives a block it leaves removed its odds and the features that weighed most', () => {
    const result = clean(LYNX, { blockModel: FOLLOWS_RULES });
    const comment = result.removed.find((r) => r.text.startsWith(COMMENT));
    expect(comment?.rule).toBe('prose/after-comments');
    expect(comment?.reason).toMatch(/^after the comment section header; the block model gives it 2% of being the article's \(most against it: kept_by_rules 0 -4\.00\)$/);
    expect(clean(LYNX, { blockModel: constant(-9) }).text).toBe(clean(LYNX, { decision: 'rules' }).text);
  });

  it("names the features only when the reason is read, and the result's JSON still holds it in its place", () => {
    let walks = 0;
    // A model whose cover is read only to name the features that weighed most.
    const counting: BlockModel = {
      ...FOLLOWS_RULES,
      get cover() {
        walks++;
        return FOLLOWS_RULES.cover;
      },
    };
    const result = clean(LYNX, { blockModel: counting });
    const before = walks;
    const comment = result.removed.find((r) => r.text.startsWith(COMMENT))!;
    expect(comment.reason).toContain('(most against it: kept_by_rules 0 -4.00)');
    expect(walks).toBeGreaterThan(before);
    expect(Object.keys(JSON.parse(JSON.stringify(comment)))).toEqual(['rule', 'category', 'reason', 'text', 'start', 'end']);
    expect(JSON.parse(JSON.stringify(comment)).reason).toBe(comment.reason);
  });

  it('ships a model of the features this version computes (else: npm run train)', () => {
    expect(shippedBlockModel().features).toEqual(FEATURE_NAMES);
    expect(shippedBlockModel().cover).toHaveLength(shippedBlockModel().feature.length);
    const result = clean(LYNX);
    expect(result.text).toContain('The city council approved its budget');
    expect(result.text).not.toContain(COMMENT);
  });

  it('refuses a model trained on other features', () => {
    expect(() => clean(LYNX, { blockModel: { ...constant(1), features: ['words'] } })).toThrow(/other features/);
  });
});
