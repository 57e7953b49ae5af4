/**
 * The donation rule tries its appeal patterns only on text that holds an APPEAL_WORD. A
 * pattern whose required word is missing from APPEAL_WORD would never be tried: this test
 * holds one example per pattern, so a new pattern needs an example, and the example must
 * pass the gate.
 */
import { describe, expect, it } from 'vitest';
import { APPEALS, APPEAL_WORD } from '../../src/rules/donation.js';

/** One example per APPEALS pattern, in the same order. */
const EXAMPLES = [
  'If you can, please donate today.',
  'Support independent journalism.',
  'Your support, no matter how small, makes a difference.',
  'We need your help to keep going.',
  'We rely on readers like you.',
  'Support The Moscow Times today.',
  'With your support we can report from the ground.',
  'Thank you for your support.',
  "By supporting The Moscow Times, you're defending open journalism.",
  'Become a member today.',
  'Make a one-time donation today.',
  'This site is funded by readers.',
  'We have a small favour to ask.',
  'If you value our journalism, please support us.',
  'Unterstützen Sie unabhängigen Journalismus.',
  'Ihre Unterstützung zählt.',
  'Mit Ihrer Spende helfen Sie uns.',
  "Soutenez-nous dès aujourd'hui.",
  'Apóyanos con una donación.',
];

describe('donation: the APPEAL_WORD gate', () => {
  it('has one example for every appeal pattern', () => {
    expect(EXAMPLES).toHaveLength(APPEALS.length);
  });

  it.each(EXAMPLES.map((example, i) => [i, example] as const))('pattern %i matches its example, and the example passes the gate: %s', (i, example) => {
    expect(APPEALS[i]!.test(example)).toBe(true);
    expect(APPEAL_WORD.test(example)).toBe(true);
  });
});
