/**
 * Runs heavy work in a child node process, so that no test holds the test runner's thread
 * for more than a moment: a long synchronous call there starves vitest's own messages, and
 * the run fails although every test passed. The child runs a workload script from
 * test/workloads/ against the built library (`npm test` builds first) and prints its
 * answer as JSON; the parent only waits.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './cli.js';

export interface ChildRun<T> {
  /** What the workload printed, parsed. */
  answer: T;
  /** The child's peak resident memory, in bytes. */
  peakRssBytes: number;
}

export interface ChildOptions {
  /** Kill the child after this long (default 120 s). */
  timeoutMs?: number;
  /** node's --max-old-space-size for the child, in MB. */
  maxOldSpaceMb?: number;
  /** Other node flags for the child (the command's own, say: NODE in cli.ts). */
  nodeFlags?: string[];
}

/** Runs `test/workloads/<name>.mjs` with `args` (as JSON) and returns its JSON answer. */
export function inChild<T>(name: string, args: unknown, options: ChildOptions = {}): Promise<ChildRun<T>> {
  const script = join(ROOT, 'test/workloads', `${name}.mjs`);
  const flags = [...(options.nodeFlags ?? []), ...(options.maxOldSpaceMb ? [`--max-old-space-size=${options.maxOldSpaceMb}`] : [])];
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [...flags, script, JSON.stringify(args)],
      { cwd: ROOT, timeout: options.timeoutMs ?? 120_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`workload ${name} failed: ${error.message}\n${stderr}`));
        const reply = JSON.parse(stdout) as { answer: T; peakRssBytes: number };
        resolve(reply);
      },
    );
  });
}
