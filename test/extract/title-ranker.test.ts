import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean.js';
import { TITLE_FEATURES } from '../../src/extract/title-candidates.js';

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

  it('the shipped model reads exactly the features the candidates carry', () => {
    const model = JSON.parse(readFileSync(new URL('../../models/title-text-model.json', import.meta.url), 'utf8'));
    expect([...model.features].sort()).toEqual([...TITLE_FEATURES].sort());
  });
});
