/** --jobs: how many threads clean at once. By default one per CPU core. */
import { availableParallelism } from 'node:os';
import { InvalidArgumentError } from 'commander';

export const DEFAULT_JOBS = availableParallelism();

export function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of threads, 1 or more');
  return n;
}
