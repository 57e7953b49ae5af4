/**
 * Inputs built to make regular expressions backtrack are cleaned in time linear in their
 * size: each is timed against a normal input of the same size in the same run, and must
 * not take more than a few times as long. (A ratio, not a limit in seconds: the machine's
 * speed cancels out.) The timing runs in a child process (test/workloads/time-ratio.mjs),
 * off the test runner's thread.
 */
import { describe, expect, it } from 'vitest';
import { inChild } from './helpers/in-child.js';

/** "A few times": the most a pathological input may cost over a normal one of its size. */
const MAX_RATIO = 5;
const MB = 1_000_000;

const CASES: [shape: string, size: number][] = [
  ['a long run of spaces', MB],
  ['a long run of one letter', MB],
  ['a long run of punctuation', MB],
  ['a long run of opening quotes', MB],
  ['a long run of dashes and pipes', MB],
  ['a million blank lines', MB],
  ['a million short lines in one block', MB],
  ['a single line', 10 * MB],
  ['paragraphs that never end a sentence', MB],
];

describe('pathological text', () => {
  it.each(CASES)('%s (%i characters) is cleaned in time linear in its size', async (shape, size) => {
    const { answer } = await inChild<{ ratio: number }>('time-ratio', { shape, size });
    expect(answer.ratio).toBeLessThan(MAX_RATIO);
  }, 120_000);
});
