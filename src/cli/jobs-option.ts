/** --jobs: how many threads clean at once. */
import { InvalidArgumentError } from 'commander';

export function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of threads, 1 or more');
  return n;
}
