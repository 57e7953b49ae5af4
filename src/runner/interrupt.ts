/**
 * An interrupted run (Ctrl-C, `kill`) leaves nothing half-written behind: every output
 * being written is registered while it is in flight, and on SIGINT or SIGTERM the
 * temporary files of those outputs are removed before the process exits. Finished outputs
 * were renamed into place whole, so they stay; the inputs are never touched.
 */
import { removeOwnTemps } from '../io/temp-path.js';

const inFlight = new Map<string, number>();
const stoppers = new Set<() => Promise<void>>();
let installed = false;
/** Set once a signal came: from then on nothing leaves the registry, whatever settles meanwhile. */
let interrupting = false;

/** How long stopping the workers may take before the temporary files are removed anyway. */
const STOP_TIMEOUT_MS = 2000;

/** Exit codes a shell gives a process ended by these signals (128 + the signal's number). */
const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

/** Marks `target` as being written; call the returned function once it is in place or given up. */
export function writing(target: string): () => void {
  inFlight.set(target, (inFlight.get(target) ?? 0) + 1);
  let released = false;
  return () => {
    if (released || interrupting) return;
    released = true;
    const count = (inFlight.get(target) ?? 1) - 1;
    if (count > 0) inFlight.set(target, count);
    else inFlight.delete(target);
  };
}

/**
 * Whether a signal came: the run is stopping, and what its threads answer from then on (a
 * document cut off by stopping them) is no failure to report one by one.
 */
export function isInterrupting(): boolean {
  return interrupting;
}

/**
 * Registers what stops the writers (the worker pool) on interrupt, so that no thread
 * creates a temporary file after they are removed; call the returned function when done.
 */
export function stopOnInterrupt(stop: () => Promise<void>): () => void {
  stoppers.add(stop);
  return () => stoppers.delete(stop);
}

export function removeTempsOnInterrupt(): void {
  if (installed) return;
  installed = true;
  for (const signal of Object.keys(SIGNAL_EXIT_CODES) as (keyof typeof SIGNAL_EXIT_CODES)[]) {
    process.once(signal, () => void interrupted(signal));
  }
}

async function interrupted(signal: keyof typeof SIGNAL_EXIT_CODES): Promise<never> {
  interrupting = true;
  const stopping = Promise.allSettled([...stoppers].map((stop) => stop()));
  await Promise.race([stopping, new Promise((done) => setTimeout(done, STOP_TIMEOUT_MS).unref())]);
  for (const target of inFlight.keys()) removeOwnTemps(target);
  process.stderr.write(`\nunboil: interrupted (${signal}); outputs not finished were not written\n`);
  process.exit(SIGNAL_EXIT_CODES[signal]);
}
