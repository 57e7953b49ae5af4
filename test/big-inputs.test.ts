/**
 * A big document costs time and memory in proportion to its size. A text dump and an HTML
 * page made of the fixtures are each cleaned at two sizes, each in a child process of its
 * own (test/workloads/clean-big.mjs), so that each peak of memory is its own; the larger
 * must cost about as much per megabyte as the smaller. Ratios measured in the test, not
 * limits in seconds: the machine's speed cancels out.
 */
import { describe, expect, it } from 'vitest';
import { inChild, type ChildRun } from './helpers/in-child.js';
import { NODE } from './helpers/cli.js';

interface BigRun {
  megabytes: number;
  cpuSeconds: number;
  /** The process's memory before the document was cleaned: the peak less this is what cleaning added. */
  rssBefore: number;
  paragraphs: number;
}

/** Sizes in MB, the larger four times the smaller: a step in the square of the size would cost four times as much per MB. */
const CASES: [kind: 'text' | 'html', small: number, large: number][] = [
  ['text', 0.5, 2],
  ['html', 1, 4],
];
/** How much more the larger may cost per MB than the smaller (the smaller also pays for compiling the code it runs). */
const MAX_TIME_RATIO = 2;
const MAX_MEMORY_RATIO = 1.5;
/** What cleaning may add to the process's memory per MB of input, at the larger size (about 40 and 30 MB when written). */
const MAX_MEMORY_PER_MB = { text: 60, html: 50 };

function perMegabyte({ answer, peakRssBytes }: ChildRun<BigRun>) {
  return { seconds: answer.cpuSeconds / answer.megabytes, memoryMb: (peakRssBytes - answer.rssBefore) / 1e6 / answer.megabytes };
}

describe('big inputs', () => {
  it.each(CASES)('a %s document costs as much per MB at %d MB as at %d MB, or less', async (kind, small, large) => {
    // With the command's node flags: its heap grows as the command's does.
    const smaller = await inChild<BigRun>('clean-big', { kind, megabytes: small }, { nodeFlags: NODE.slice(1) });
    const larger = await inChild<BigRun>('clean-big', { kind, megabytes: large }, { nodeFlags: NODE.slice(1) });
    expect(larger.answer.paragraphs).toBeGreaterThan(0);
    const [a, b] = [perMegabyte(smaller), perMegabyte(larger)];
    expect(b.seconds / a.seconds).toBeLessThan(MAX_TIME_RATIO);
    expect(b.memoryMb / a.memoryMb).toBeLessThan(MAX_MEMORY_RATIO);
    expect(b.memoryMb).toBeLessThan(MAX_MEMORY_PER_MB[kind]);
  }, 120_000);
});
