/** Results come back in the items' order, whatever order the work finishes in, with a bounded number in flight. */
import { describe, expect, it } from 'vitest';
import { STOP, runInOrder } from '../../src/runner/in-order.js';

const later = <T>(value: T, ms: number) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('runInOrder', () => {
  it('hands results on in input order when later items finish first', async () => {
    const seen: number[] = [];
    const result = await runInOrder([1, 2, 3, 4, 5, 6], 4, (n) => later(n * 10, (7 - n) * 3), (r) => void seen.push(r));
    expect(result).toBe('done');
    expect(seen).toEqual([10, 20, 30, 40, 50, 60]);
  });

  it('never has more than the bound in flight', async () => {
    let running = 0;
    let most = 0;
    await runInOrder(
      Array.from({ length: 20 }, (_, i) => i),
      3,
      async (n) => {
        most = Math.max(most, ++running);
        await later(0, 2);
        running--;
        return n;
      },
      () => {},
    );
    expect(most).toBeLessThanOrEqual(3);
  });

  it('reads items lazily and stops reading when told to stop', async () => {
    let read = 0;
    async function* items() {
      for (let i = 0; i < 1000; i++) {
        read++;
        yield i;
      }
    }
    const seen: number[] = [];
    const result = await runInOrder(items(), 2, async (n) => n, (n) => (n === 5 ? STOP : void seen.push(n)));
    expect(result).toBe('stopped');
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect(read).toBeLessThan(10);
  });
});
