import { describe, expect, it } from 'vitest';
import { RuleTester } from '../../src/index.js';
import { clean } from '../../src/clean.js';
import { builtInRules } from '../../src/rules/index.js';
import { PROSE_RULE_ID, prose } from '../../src/rules/prose.js';

const ARTICLE = [
  'The council approved the plan on Tuesday, and the work on the new bridge will start in the spring of next year.',
  'Residents who spoke at the meeting were divided, with some worried about the noise and others glad of the shorter trip.',
  'The budget of the project has grown twice since it was first proposed, and the mayor said she expected no further rise.',
];
const MENU = 'Home\nWorld\nBusiness\nSport\nCulture';
const MOST_READ = 'Most Read\nFire damages club in Albany\nBest pizza in the region\nSchools reopen';
const PAGE = [MENU, 'New bridge approved', ...ARTICLE, MOST_READ].join('\n\n');
const ABOUT_MENUS = 'The redesigned home page puts the menu at the top and a list of the most read headlines on the right, the editor said.';
const OUTSIDE = 'outside the element that holds the article';
const categoryRules = builtInRules.filter((r) => r.meta.id !== 'prose').map((r) => r.meta.id);

// The content rule runs as the whole pipeline with no other rule: its removals are named prose/<why>.
new RuleTester().run('prose', prose, {
  valid: [
    // An article about menus and headlines: its sentences are prose wherever they stand.
    [ABOUT_MENUS, ...ARTICLE].join('\n\n'),
    { html: `<html><body><article><h1>New home page</h1>${[ABOUT_MENUS, ...ARTICLE.slice(0, 2)].map((p) => `<p>${p}</p>`).join('')}</article></body></html>` },
  ],
  invalid: [
    {
      name: 'what stands around the main run of prose, each removal named for the context pass',
      text: PAGE,
      removed: [
        { text: MENU, rule: 'prose/before-article', category: 'prose', reason: /words, Title Case, no sentence, before the article/ },
        { text: MOST_READ, rule: 'prose/after-article', category: 'prose', reason: /^14 words, no sentence, after the article \(blocks 2–4\)/ },
      ],
    },
    {
      name: 'HTML: a menu and a list of links outside the element that holds the article',
      html: `<html><body><ul class="menu"><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul><article><h1>New bridge approved</h1>${ARTICLE.map((p) => `<p>${p}</p>`).join('')}</article><aside><p><a href="/a">Fire damages club in Albany</a></p><p><a href="/b">Best pizza in the region</a></p></aside></body></html>`,
      removed: [
        ...['Home', 'World', 'Sport'].map((text) => ({ text, rule: 'prose/outside-article', reason: OUTSIDE })),
        // The block model has the last word on blocks outside the article: its reason says so.
        ...['Fire damages club in Albany', 'Best pizza in the region'].map((text) => ({ text, rule: 'prose/outside-article', reason: /^outside the element that holds the article; the block model gives it/ })),
      ],
    },
  ],
});

describe('rule: prose', () => {
  it('is a built-in rule, on by default, the last to run, in a category and a pass of its own', () => {
    expect(builtInRules.at(-1)).toBe(prose);
    expect(prose.meta).toMatchObject({ id: PROSE_RULE_ID, category: 'prose', defaultOn: true, pass: 'content' });
    expect(builtInRules.filter((r) => r.meta.pass === 'content')).toEqual([prose]);
  });

  it('leaves the title to the metadata: the headline before the run is the title, not a removal', () => {
    const result = clean(PAGE, { disable: categoryRules });
    expect(result.paragraphs).toEqual(ARTICLE);
    expect(result.title).toBe('New bridge approved');
    expect(result.removedCategories).toEqual(['prose']);
  });

  it('keeps every block when it is switched off', () => {
    const result = clean(PAGE, { disable: [...categoryRules, 'prose'] });
    expect(result.removed).toEqual([]);
    expect(result.paragraphs).toHaveLength(5);
  });

  it('keeps an article about menus and headlines with every rule on', () => {
    expect(clean([ABOUT_MENUS, ...ARTICLE].join('\n\n')).paragraphs).toEqual([ABOUT_MENUS, ...ARTICLE]);
  });
});
