import { describe, expect, it } from 'vitest';
import { TimeLeft } from '../../src/cli/time-left.js';

/** A TimeLeft on a clock the test moves, in seconds. */
function clocked(total: number) {
  let now = 0;
  const timeLeft = new TimeLeft(total, () => now * 1000);
  return { at: (seconds: number, done: number) => ((now = seconds), timeLeft.seconds(done)) };
}

describe('TimeLeft', () => {
  it('gives no estimate before there is a rate to go by', () => {
    const run = clocked(182);
    expect(run.at(0.1, 0)).toBeUndefined();
    // The first document after a long start-up: no rate yet (the old estimate said 30 minutes).
    expect(run.at(10, 1)).toBeUndefined();
    // More output, but less than a second of it.
    expect(run.at(10.5, 6)).toBeUndefined();
    // A second without output.
    expect(run.at(11.5, 1)).toBeUndefined();
  });

  it('goes by the rate since the first document, leaving out the start-up before it', () => {
    const run = clocked(182);
    run.at(10, 2);
    expect(run.at(12, 22)).toBeCloseTo(16); // 10 documents a second, 160 left
    expect(run.at(20, 102)).toBeCloseTo(8);
    expect(run.at(28, 182)).toBe(0);
  });
});
