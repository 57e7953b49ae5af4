/** --jobs: how many threads clean at once. */
import { availableParallelism } from 'node:os';
import { InvalidArgumentError } from 'commander';

export const CPU_CORES = availableParallelism();

export function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of threads, 1 or more');
  return n;
}
