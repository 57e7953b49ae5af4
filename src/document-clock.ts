/**
 * The time one document may take. clean() starts the clock with its `timeout`; the long
 * loops of the pipeline (the parsers' walks, the rules over the blocks) ask it now and then,
 * and past the time it throws, so that a runaway document fails by name and a corpus run
 * goes on with the next. Cleaning is synchronous, one document at a time on a thread, so
 * one clock per thread serves.
 */

export class DocumentTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`stopped after ${formatDuration(timeoutMs)} (the time one document may take; see --timeout)`);
  }
}

let deadline = Infinity;
let limit = 0;
/** Checks between reads of the clock: reading it is cheap, but not free in a loop of millions. */
let countdown = 0;
const CHECK_EVERY = 256;

/** Starts timing a document; no timeout (or 0) means none. */
export function startClock(timeoutMs: number | undefined): void {
  limit = timeoutMs ?? 0;
  deadline = limit > 0 ? performance.now() + limit : Infinity;
  countdown = 0;
}

export function stopClock(): void {
  deadline = Infinity;
}

/** Throws DocumentTimeoutError when the document has run over its time. Call it in long loops. */
export function checkClock(): void {
  if (deadline === Infinity || --countdown > 0) return;
  countdown = CHECK_EVERY;
  if (performance.now() > deadline) throw new DocumentTimeoutError(limit);
}

/** "60 s", "1.5 s", "500 ms", "2 min". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 120_000) return `${Number((ms / 1000).toFixed(1))} s`;
  return `${Number((ms / 60_000).toFixed(1))} min`;
}
