/** rule: template — lines a site repeats on many of its pages go; an article's own sentences stay. */
import { describe, expect, it } from 'vitest';
import { RuleTester } from '../../src/index.js';
import { clean } from '../../src/clean.js';
import { TemplateLearner } from '../../src/learn/template-model.js';
import { TEMPLATE_RULE_ID, template } from '../../src/rules/template.js';

// Lines of the site's template that no category rule names.
const MASTHEAD = 'Harbour Herald – news from the bay since 1921';
const STRAP = 'Listen to the Harbour Herald podcast wherever you are';
const QUOTED = 'The harbour master said the new pier would open before the summer season.';
const REPEATED = 'stands on many pages of the same site';

const story = (n: number) => `The story of page ${n} says what happened on the quay that day, and why the fishermen were worried about it.`;

function page(n: number, ...extra: string[]): string {
  return [MASTHEAD, `Story headline ${n}`, story(n), ...extra, STRAP].join('\n\n');
}

function htmlPage(n: number, ...extra: string[]): string {
  return `<html><body><header><p>${MASTHEAD}</p></header><article><h1>Story headline ${n}</h1>${[story(n), ...extra].map((p) => `<p>${p}</p>`).join('')}</article><footer><p>${STRAP}</p></footer></body></html>`;
}

function learned(pages: string[], group = 'herald.example') {
  const learner = new TemplateLearner();
  for (const p of pages) learner.add('herald.example', p);
  return { model: learner.model(), group };
}

const pages = Array.from({ length: 12 }, (_, n) => (n < 2 ? page(n, QUOTED) : page(n)));
const site = learned(pages);
const removedTemplate = [
  { text: MASTHEAD, category: 'template', reason: REPEATED },
  { text: STRAP, reason: REPEATED },
];

new RuleTester({ template: site }).run('template, with the site’s template', template, {
  valid: [
    // A sentence that only two of the twelve pages quote, and the story, stay.
    [`Story headline 3`, story(3), QUOTED].join('\n\n'),
  ],
  invalid: [
    { name: 'the lines the site repeats, not the article or a sentence a few pages quote', text: page(0, QUOTED), removed: removedTemplate },
    { name: 'the same lines in the site’s HTML', html: htmlPage(5, QUOTED), removed: removedTemplate },
  ],
});

new RuleTester({ template: learned(pages, 'other.example') }).run('template, with another site’s template', template, {
  valid: [page(3), { html: htmlPage(3) }],
});

new RuleTester().run('template, with no template learned', template, {
  valid: [page(0, QUOTED), { html: htmlPage(0) }],
});

describe('rule: template in the pipeline', () => {
  it('reads what was learned only through withTemplate: alone it has nothing to classify', () => {
    expect(template.classify).toBeUndefined();
    expect(template.withTemplate!(site).classify).toBeTypeOf('function');
  });

  it('removes the repeated lines under its own id when clean() is given the template, and keeps the article', () => {
    const result = clean(page(0, QUOTED), { template: site });
    expect(result.removed.filter((r) => r.rule === TEMPLATE_RULE_ID).map((r) => r.text.trim())).toEqual(expect.arrayContaining([MASTHEAD, STRAP]));
    expect(result.paragraphs).toContain(QUOTED);
    expect(result.text).toContain('The story of page 0 says what happened on the quay');
    expect(result.text).not.toContain(STRAP);
    expect(clean(page(0)).removed.some((r) => r.rule === TEMPLATE_RULE_ID)).toBe(false);
  });
});
