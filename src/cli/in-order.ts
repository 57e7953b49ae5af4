/**
 * Runs work on a stream of items with a bounded number in flight, and hands the results
 * on in the items' order. The bound keeps memory flat on any input size, and the order
 * makes the output of many threads the same as that of one.
 */

/** What `finish` returns to stop the run early (--strict on a malformed line). */
export const STOP = Symbol('stop');

export async function runInOrder<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  inFlight: number,
  start: (item: T) => Promise<R>,
  finish: (result: R, item: T) => Promise<void | typeof STOP> | void | typeof STOP,
): Promise<'done' | 'stopped'> {
  const pending: { item: T; result: Promise<R> }[] = [];
  const finishOldest = async () => {
    const { item, result } = pending.shift()!;
    return finish(await result, item);
  };
  for await (const item of items) {
    const result = start(item);
    // A run that stops early never awaits the rest; they must not count as unhandled.
    result.catch(() => {});
    pending.push({ item, result });
    if (pending.length >= inFlight && (await finishOldest()) === STOP) return 'stopped';
  }
  while (pending.length) if ((await finishOldest()) === STOP) return 'stopped';
  return 'done';
}
