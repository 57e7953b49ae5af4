/** rule: template — lines a site repeats on many of its pages go; an article's own sentences stay. */
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean.js';
import { TemplateLearner } from '../../src/learn/template-model.js';
import { TEMPLATE_RULE_ID, template, templateRule } from '../../src/rules/template.js';
import { parseText } from '../../src/parse/text.js';

// Lines of the site's template that no category rule names.
const MASTHEAD = 'Harbour Herald – news from the bay since 1921';
const STRAP = 'Listen to the Harbour Herald podcast wherever you are';
const QUOTED = 'The harbour master said the new pier would open before the summer season.';

function page(n: number, ...extra: string[]): string {
  return [MASTHEAD, `Story headline ${n}`, `The story of page ${n} says what happened on the quay that day, and why the fishermen were worried about it.`, ...extra, STRAP].join('\n\n');
}

function learned(pages: string[]) {
  const learner = new TemplateLearner();
  for (const p of pages) learner.add('herald.example', p);
  return { model: learner.model(), group: 'herald.example' };
}

describe('rule: template', () => {
  const pages = Array.from({ length: 12 }, (_, n) => (n < 2 ? page(n, QUOTED) : page(n)));
  const site = learned(pages);

  it('removes the lines the site repeats, as the template rule', () => {
    const result = clean(page(0, QUOTED), { template: site });
    const removed = result.removed.filter((r) => r.rule === TEMPLATE_RULE_ID).map((r) => r.text.trim());
    expect(removed).toEqual(expect.arrayContaining([MASTHEAD, STRAP]));
    expect(result.text).not.toContain(STRAP);
  });

  it('keeps the article, and a sentence that only a few pages quote', () => {
    const result = clean(page(0, QUOTED), { template: site });
    expect(result.paragraphs).toContain(QUOTED);
    expect(result.text).toContain('The story of page 0 says what happened on the quay');
  });

  it('finds lines only through the model it was given, and nothing without one', () => {
    const blocks = parseText(page(3)).blocks;
    const withModel = templateRule(site.model, site.group);
    expect(blocks.filter((b) => withModel.classify!(b, {} as never))).toHaveLength(2);
    expect(template.classify).toBeUndefined();
    const elsewhere = templateRule(site.model, 'other.example');
    expect(blocks.filter((b) => elsewhere.classify!(b, {} as never))).toHaveLength(0);
    expect(clean(page(0)).removed.some((r) => r.rule === TEMPLATE_RULE_ID)).toBe(false);
  });
});
