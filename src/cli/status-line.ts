/**
 * A line on the terminal that says what a long document is doing, redrawn in place every
 * second and cleared when it is done: `unboil: cleaning big.txt (50.0 MB)… 12 s`. It
 * shows only after a few seconds, so that most documents never show it.
 *
 * A single document is cleaned on the main thread, in one synchronous stretch that no
 * timer interrupts, so a small thread of its own draws the line, straight to stderr's file
 * descriptor (a thread's process.stderr goes through the main thread). The two agree
 * through shared memory on whether the line was shown; the thread that draws it clears it.
 */
import { Worker } from 'node:worker_threads';

/** Seconds a document runs before the line shows. */
const SHOW_AFTER_SECONDS = 3;

/** The shared words: the main thread sets STOP; the drawing thread sets SHOWN to 1 before it draws, the main thread to 2 to say it never may. */
export const STOP = 0;
export const SHOWN = 1;

export interface StatusData {
  state: Int32Array;
  /** What the line says before the seconds ("unboil: cleaning big.txt (50.0 MB)…"). */
  text: string;
  /** A file whose size the line gives, read by the thread. */
  path?: string;
  bytes?: number;
  showAfterMs: number;
  startedAt: number;
  /** The terminal's width: a line longer than it would wrap, and \r would not go back over it. */
  columns: number;
}

export interface StatusLine {
  /** Stops the line, cleared if it was shown; resolves once the terminal is as it was. */
  stop(): Promise<void>;
}

/** Starts the line for a document named `label` (its size from `path`, or `bytes`). */
export function showStatusLine(label: string, size: { path?: string; bytes?: number }): StatusLine {
  const state = new Int32Array(new SharedArrayBuffer(8));
  const data: StatusData = {
    state,
    text: `unboil: cleaning ${label}`,
    ...size,
    showAfterMs: showAfterMs(),
    startedAt: Date.now(),
    columns: process.stderr.columns || 80,
  };
  // The thread's code is a file of its own, beside this one (in the bundle too).
  const worker = new Worker(new URL('./status-worker.js', import.meta.url), { workerData: data, stdout: false, stderr: false });
  worker.unref(); // the run's end does not wait for it
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()).once('error', () => resolve()));
  return {
    async stop() {
      Atomics.store(state, STOP, 1);
      Atomics.notify(state, STOP);
      // Not shown yet: it never will be, and the thread ends by itself.
      if (Atomics.compareExchange(state, SHOWN, 0, 2) === 0) return;
      worker.ref(); // the thread clears the line: the run waits for it
      await exited;
    },
  };
}

/** The tests set a shorter wait (UNBOIL_STATUS_AFTER_MS) to see the line without a long document. */
function showAfterMs(): number {
  const given = Number(process.env.UNBOIL_STATUS_AFTER_MS);
  return process.env.UNBOIL_STATUS_AFTER_MS !== undefined && Number.isFinite(given) && given >= 0 ? given : SHOW_AFTER_SECONDS * 1000;
}
