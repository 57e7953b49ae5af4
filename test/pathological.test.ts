/**
 * Inputs built to make regular expressions backtrack are cleaned in time linear in their
 * size: each is timed against a normal input of the same size in the same run, and must
 * not take more than a few times as long. (A ratio, not a limit in seconds: the machine's
 * speed cancels out.)
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../src/clean.js';

/** "A few times": the most a pathological input may cost over a normal one of its size. */
const MAX_RATIO = 5;
const MB = 1_000_000;

/** Running text of the given size, with curly quotes as real articles have them. */
function normalText(size: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const sentence = `The council approved plan number ${i} on Tuesday, and “the work on the new bridge will start in the spring,” officials said. `;
    const piece = i % 5 === 4 ? `${sentence}\n\n` : sentence;
    parts.push(piece);
    length += piece.length;
  }
  return parts.join('').slice(0, size);
}

/** The faster of two runs, in milliseconds. */
function time(text: string): number {
  let best = Infinity;
  for (let run = 0; run < 2; run++) {
    const started = performance.now();
    clean(text);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const CASES: [string, (size: number) => string, number][] = [
  ['a long run of spaces', (n) => `a${' '.repeat(n - 2)}b`, MB],
  ['a long run of one letter', (n) => 'a'.repeat(n), MB],
  ['a long run of punctuation', (n) => '.,;:!?-'.repeat(Math.ceil(n / 7)).slice(0, n), MB],
  ['a long run of opening quotes', (n) => '“'.repeat(n), MB],
  ['a long run of dashes and pipes', (n) => '- | '.repeat(Math.ceil(n / 4)).slice(0, n), MB],
  ['a million blank lines', (n) => '\n'.repeat(n), MB],
  ['a million short lines in one block', (n) => 'word\n'.repeat(Math.ceil(n / 5)).slice(0, n), MB],
  ['a 10 MB single line', (n) => normalText(n).replace(/\n/g, ' '), 10 * MB],
];

describe('pathological text', () => {
  // Compile every rule's patterns for both kinds of string (Latin-1 and two-byte) before timing anything.
  for (const [, make] of CASES) clean(make(2000));
  clean(normalText(2000));
  const normal = new Map<number, number>();
  const normalTime = (size: number) => {
    if (!normal.has(size)) normal.set(size, time(normalText(size)));
    return normal.get(size)!;
  };

  it.each(CASES)('%s is cleaned in time linear in its size', (_, make, size) => {
    const text = make(size);
    const ratio = time(text) / normalTime(size);
    expect(ratio).toBeLessThan(MAX_RATIO);
  }, 120_000);
});
