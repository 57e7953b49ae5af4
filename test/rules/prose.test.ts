import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean.js';
import { builtInRules } from '../../src/rules/index.js';
import { PROSE_RULE_ID, prose } from '../../src/rules/prose.js';

const ARTICLE = [
  'The council approved the plan on Tuesday, and the work on the new bridge will start in the spring of next year.',
  'Residents who spoke at the meeting were divided, with some worried about the noise and others glad of the shorter trip.',
  'The budget of the project has grown twice since it was first proposed, and the mayor said she expected no further rise.',
];
const PAGE = ['Home\nWorld\nBusiness\nSport\nCulture', 'New bridge approved', ...ARTICLE, 'Most Read\nFire damages club in Albany\nBest pizza in the region\nSchools reopen'].join('\n\n');
const categoryRules = builtInRules.filter((r) => r.meta.id !== 'prose').map((r) => r.meta.id);

describe('rule: prose', () => {
  it('is a built-in rule, on by default, the last to run, in a category of its own', () => {
    expect(builtInRules.at(-1)).toBe(prose);
    expect(prose.meta).toMatchObject({ id: PROSE_RULE_ID, category: 'prose', defaultOn: true, pass: 'content' });
  });

  it('removes what stands around the main run of prose, and names itself for each removal', () => {
    const result = clean(PAGE, { disable: categoryRules });
    expect(result.paragraphs).toEqual(ARTICLE);
    expect(result.title).toBe('New bridge approved');
    expect(result.removed.map((r) => r.rule)).toEqual(['prose/before-article', 'prose/after-article']);
    expect(result.removed[0]!.reason).toMatch(/words, Title Case, no sentence, before the article/);
    expect(result.removedCategories).toEqual(['prose']);
  });

  it('keeps every block when it is switched off', () => {
    const result = clean(PAGE, { disable: [...categoryRules, 'prose'] });
    expect(result.removed).toEqual([]);
    expect(result.paragraphs).toHaveLength(5);
  });

  it('keeps an article about menus and headlines: its sentences are prose wherever they stand', () => {
    const about = 'The redesigned home page puts the menu at the top and a list of the most read headlines on the right, the editor said.';
    expect(clean([about, ...ARTICLE].join('\n\n')).paragraphs).toEqual([about, ...ARTICLE]);
  });
});
