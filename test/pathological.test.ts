/**
 * Inputs built to make regular expressions backtrack are cleaned in time linear in their
 * size: each is timed against a normal input of the same size in the same run, and must
 * not take more than a few times as long. (A ratio, not a limit in seconds: the machine's
 * speed cancels out.) The timing runs in a child process (test/workloads/time-shapes.mjs),
 * off the test runner's thread.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { inChild } from './helpers/in-child.js';

/** "A few times": the most a pathological input may cost over a normal one of its size. */
const MAX_RATIO = 5;
const MB = 1_000_000;

/** The shapes, by the size they are timed at (each group against one normal text of its size). */
const GROUPS: [size: number, shapes: string[]][] = [
  [
    MB,
    [
      'a long run of spaces',
      'a long run of one letter',
      'a long run of punctuation',
      'a long run of opening quotes',
      'a long run of dashes and pipes',
      'a million blank lines',
      'a million short lines in one block',
      'paragraphs that never end a sentence',
      'unclosed link targets in a wrapped dump',
      'bare hrefs in a dump that writes targets',
    ],
  ],
  [5 * MB, ['a single line']],
];

describe('pathological text', () => {
  const ratios: Record<string, number> = {};
  beforeAll(async () => {
    for (const [size, shapes] of GROUPS) {
      const { answer } = await inChild<{ ratios: Record<string, number> }>('time-shapes', { kind: 'text', size, shapes, runs: 2 }, { timeoutMs: 240_000 });
      Object.assign(ratios, answer.ratios);
    }
  }, 480_000);

  it.each(GROUPS.flatMap(([size, shapes]) => shapes.map((shape) => [shape, size] as const)))('%s (%i characters) is cleaned in time linear in its size', (shape) => {
    expect(ratios[shape]).toBeLessThan(MAX_RATIO);
  });
});
