/**
 * Runs work on a stream of items with a bounded number in flight, and hands the results
 * on in the items' order as soon as each is ready. The bound keeps memory flat on any
 * input size; the order makes the output of many threads the same as that of one.
 *
 * Reading items and handing on results are two loops that run side by side: a result is
 * handed on while the next item is still being waited for (a slow pipe), and reading
 * waits while the bound is reached.
 */

/** What `finish` returns to stop the run early (--strict on a malformed line). */
export const STOP = Symbol('stop');

export async function runInOrder<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  inFlight: number,
  start: (item: T) => Promise<R>,
  finish: (result: R, item: T) => Promise<void | typeof STOP> | void | typeof STOP,
): Promise<'done' | 'stopped'> {
  const iterator = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : (items as Iterable<T>)[Symbol.iterator]();
  const queue: { item: T; result: Promise<R> }[] = [];
  let reading = true;
  let readError: { error: unknown } | undefined;
  let stopped = false;

  // Each loop wakes the other when the queue changes.
  let wake!: () => void;
  let changed = new Promise<void>((resolve) => (wake = resolve));
  const notify = () => {
    const wakeNow = wake;
    changed = new Promise<void>((resolve) => (wake = resolve));
    wakeNow();
  };

  const read = async () => {
    try {
      for (;;) {
        while (queue.length >= inFlight && !stopped) await changed;
        if (stopped) return;
        const next = await iterator.next();
        if (next.done || stopped) return;
        const result = start(next.value);
        result.catch(() => {}); // awaited in order below, or dropped when the run stops
        queue.push({ item: next.value, result });
        notify();
      }
    } catch (error) {
      readError = { error };
    } finally {
      reading = false;
      notify();
    }
  };

  const handOn = async (): Promise<'done' | 'stopped'> => {
    for (;;) {
      while (queue.length === 0) {
        if (!reading) {
          if (readError) throw readError.error; // after every item read before the error
          return 'done';
        }
        await changed;
      }
      const { item, result } = queue[0]!;
      const value = await result;
      queue.shift();
      notify();
      if ((await finish(value, item)) === STOP) return 'stopped';
    }
  };

  void read();
  try {
    return await handOn();
  } finally {
    if (reading) {
      // Stopped early (or `finish` threw): no more items are read. A read that is still
      // waiting (an idle pipe) is left to its owner to close.
      stopped = true;
      notify();
      void Promise.resolve(iterator.return?.()).catch(() => {});
    }
  }
}
