import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean.js';
import { TITLE_FEATURES } from '../../src/extract/title-candidates.js';
import { BYLINE_FEATURES } from '../../src/extract/byline-candidates.js';

const PROSE = [
  'Tutoring programmes expanded quickly after schools reopened, and districts spent billions of federal relief dollars on them. Researchers followed thousands of students to see whether the extra hours changed what they learned.',
  'The results were mixed. Students who met a tutor three times a week gained the most, but most programmes could not schedule that many sessions, and attendance fell as the school year went on.',
  'Districts now face a choice. The relief money has run out, and the programmes that worked best were also the most expensive ones to run, which leaves school boards weighing them against other needs.',
];

describe("a dump's title, chosen by the title ranker", () => {
  it('takes the headline, not the deck under it', () => {
    const dump = ['Skip to content', 'News', 'Education', 'Opinion', 'Tutoring Was Supposed to Save Kids After the Pandemic', 'Logistics made it hard to deliver the amount of tutoring that could make a real difference', 'By Maria Lopez', 'March 3, 2025', ...PROSE, 'Share this article', 'More from Education'];
    expect(clean(dump.join('\n\n')).title).toBe('Tutoring Was Supposed to Save Kids After the Pandemic');
  });

  it('takes the headline before the body over a menu heading and a footer line', () => {
    const dump = ['Menu', 'Subscribe', 'Why Tutoring Fell Short', ...PROSE, 'About us', 'Contact the newsroom', 'Privacy policy'];
    expect(clean(dump.join('\n\n')).title).toBe('Why Tutoring Fell Short');
  });

  it("takes the headline over the author's bare name under it, credentials and all", () => {
    const dump = ['Join now', 'Sign in', 'Why Tutoring Fell Short', 'Report this article', 'Maria Lopez, MS, RD', 'Maria Lopez, MS, RD', 'Published Jun 4, 2025', ...PROSE];
    expect(clean(dump.join('\n\n')).title).toBe('Why Tutoring Fell Short');
  });

  it('leaves out a line that leads into what follows, and a heading a category rule removed', () => {
    const dump = ['A Message from The Moscow Times:', 'Sign up for our free weekly newsletter', 'Why Tutoring Fell Short', ...PROSE];
    expect(clean(dump.join('\n\n')).title).toBe('Why Tutoring Fell Short');
  });
});

describe("a dump's byline, chosen by the byline ranker", () => {
  it('takes the name under the headline, and gives none when nobody is credited', () => {
    const credited = ['Menu', 'Why Tutoring Fell Short', 'By Maria Lopez', 'March 3, 2025', ...PROSE];
    expect(clean(credited.join('\n\n')).byline).toBe('Maria Lopez');
    const uncredited = ['Menu', 'Contact', 'Why Tutoring Fell Short', ...PROSE, 'Privacy Policy'];
    expect(clean(uncredited.join('\n\n')).byline).toBeNull();
  });
});

describe('the shipped rankers', () => {
  it.each([
    ['title-text-model.json', TITLE_FEATURES],
    ['byline-text-model.json', BYLINE_FEATURES],
  ])('%s reads exactly the features the candidates carry', (file, names) => {
    const model = JSON.parse(readFileSync(new URL(`../../models/${file}`, import.meta.url), 'utf8'));
    expect([...model.features].sort()).toEqual([...names].sort());
  });
});
