// What the machine itself gives two threads: the same arithmetic loop on one thread, then
// on two at once. On shared or hyper-threaded processors two threads get less than twice
// one, and no program can do better; --jobs 2 ratios are to be read against this one.
import { spawn } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { NODE_FLAGS } from './unboil-command.mjs';

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

const LOOP_SCRIPT = new URL('./bench-clean-loop.mjs', import.meta.url).pathname;

function cleanLoop(listFile) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_FLAGS, LOOP_SCRIPT, listFile], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve(Number(out)) : reject(new Error(`bench-clean-loop: exit ${code}`))));
  });
}

/**
 * What the machine gives this work: two separate processes, each cleaning the same text
 * dumps in-process, against one alone. Nothing is shared between them, so no --jobs 2 run
 * of the same work can do better. (V8's own threads, for garbage collection and compiling,
 * already use part of the second core while one process runs alone.)
 */
export async function cleaningCeiling(listFile) {
  const one = await cleanLoop(listFile);
  const start = process.hrtime.bigint();
  await Promise.all([cleanLoop(listFile), cleanLoop(listFile)]);
  const two = Number(process.hrtime.bigint() - start) / 1e9;
  return { one, two, ratio: (2 * one) / two };
}
