/**
 * The memory this process may use: the machine's, or less when its control group sets a
 * limit (a container's memory limit). A worker thread holds a heap of its own, so the
 * default thread count must fit in it: a pod limited to 2 GB on a 32-core node would
 * otherwise start 32 threads and be killed for its memory, part way through the corpus.
 */
import { totalmem } from 'node:os';

export function memoryLimit(): number {
  // Node reads the cgroup limit; with none it gives 0 or a huge number (2^64 or 2^63).
  const constrained = typeof process.constrainedMemory === 'function' ? process.constrainedMemory() : undefined;
  const total = totalmem();
  return constrained !== undefined && constrained > 0 && constrained < total ? constrained : total;
}
