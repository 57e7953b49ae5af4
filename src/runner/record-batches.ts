/**
 * Groups JSON Lines into batches for the workers: one message per batch instead of one
 * per record. A batch goes when it is full, or when no line has come for a moment, so
 * that a slow stream (a person typing, a trickling pipe) still gets its output promptly.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { RecordBatch } from './clean-records.js';

export interface BatchLimits {
  maxLines: number;
  maxBytes: number;
  /** How long a started batch waits for more lines. */
  maxWaitMs: number;
}

export const DEFAULT_BATCH_LIMITS: BatchLimits = { maxLines: 256, maxBytes: 256 * 1024, maxWaitMs: 50 };

const WAITED = Symbol('waited');

export async function* batchLines(lines: AsyncIterable<string>, limits: BatchLimits = DEFAULT_BATCH_LIMITS): AsyncGenerator<RecordBatch> {
  const source = lines[Symbol.asyncIterator]();
  let batch: RecordBatch = { firstLine: 1, lines: [] };
  let bytes = 0;
  let deadline: Promise<typeof WAITED> | undefined;
  const take = () => {
    const full = batch;
    batch = { firstLine: full.firstLine + full.lines.length, lines: [] };
    bytes = 0;
    deadline = undefined;
    return full;
  };
  try {
    // One line is always being read ahead; a run that stops early never awaits it.
    const readAhead = () => {
      const promise = source.next();
      promise.catch(() => {});
      return promise;
    };
    let next = readAhead();
    for (;;) {
      const got = deadline ? await Promise.race([next, deadline]) : await next;
      if (got === WAITED) {
        yield take();
        continue;
      }
      if (got.done) break;
      next = readAhead();
      batch.lines.push(got.value);
      bytes += got.value.length;
      deadline ??= sleep(limits.maxWaitMs, WAITED, { ref: false });
      if (batch.lines.length >= limits.maxLines || bytes >= limits.maxBytes) yield take();
    }
    if (batch.lines.length) yield take();
  } finally {
    await source.return?.();
  }
}
