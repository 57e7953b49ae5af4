/** JSON Lines are grouped into batches that keep their line numbers, and a batch does not wait forever for more lines. */
import { describe, expect, it } from 'vitest';
import { batchLines } from '../../src/runner/record-batches.js';

async function* lines(n: number) {
  for (let i = 1; i <= n; i++) yield `line ${i}`;
}

describe('batchLines', () => {
  it('cuts batches by line count and numbers their lines from 1 on', async () => {
    const batches = [];
    for await (const b of batchLines(lines(10), { maxLines: 4, maxBytes: 1e9, maxWaitMs: 1000 })) batches.push(b);
    expect(batches.map((b) => b.firstLine)).toEqual([1, 5, 9]);
    expect(batches.flatMap((b) => b.lines)).toEqual(Array.from({ length: 10 }, (_, i) => `line ${i + 1}`));
  });

  it('cuts batches by size', async () => {
    const batches = [];
    for await (const b of batchLines(lines(10), { maxLines: 100, maxBytes: 12, maxWaitMs: 1000 })) batches.push(b);
    expect(batches.every((b) => b.lines.length <= 2)).toBe(true);
  });

  it('sends a started batch when the next line is slow to come', async () => {
    async function* slow() {
      yield 'first';
      await new Promise((r) => setTimeout(r, 300));
      yield 'second';
    }
    const started = Date.now();
    const iterator = batchLines(slow(), { maxLines: 100, maxBytes: 1e9, maxWaitMs: 20 });
    const first = await iterator.next();
    expect(first.value).toEqual({ firstLine: 1, lines: ['first'] });
    expect(Date.now() - started).toBeLessThan(250);
    const second = await iterator.next();
    expect(second.value).toEqual({ firstLine: 2, lines: ['second'] });
    expect((await iterator.next()).done).toBe(true);
  });
});
