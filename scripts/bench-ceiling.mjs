// What the machine itself gives two threads: the same arithmetic loop on one thread, then
// on two at once. On shared or hyper-threaded processors two threads get less than twice
// one, and no program can do better; --jobs 2 ratios are to be read against this one.
import { Worker } from 'node:worker_threads';

const LOOP = `let x = 0; for (let i = 0; i < 4e8; i++) x = (x + i) % 1000003; require('node:worker_threads').parentPort.postMessage(x);`;

function spin(threads) {
  const start = process.hrtime.bigint();
  return Promise.all(
    Array.from({ length: threads }, () => new Promise((resolve, reject) => new Worker(LOOP, { eval: true }).once('message', resolve).once('error', reject))),
  ).then(() => Number(process.hrtime.bigint() - start) / 1e9);
}

/** How many times as fast two threads run as one on this machine, now. */
export async function parallelCeiling() {
  const one = await spin(1);
  const two = await spin(2);
  return (2 * one) / two;
}
