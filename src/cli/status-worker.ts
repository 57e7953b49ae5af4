/**
 * The thread that draws a status line (status-line.ts): it waits until the line is due,
 * then redraws it every second until the main thread says stop, and clears it.
 */
import { statSync, writeSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import { SHOWN, STOP, type StatusData } from './status-line.js';

const data = workerData as StatusData;
const { state } = data;

if (isDue() && Atomics.compareExchange(state, SHOWN, 0, 1) === 0) {
  const head = withSize(data.text);
  do draw(fitted(head, `… ${Math.floor((Date.now() - data.startedAt) / 1000)} s`));
  while (Atomics.wait(state, STOP, 0, 1000) === 'timed-out');
  draw('');
}

/** Waits until the line is due; false when the main thread said stop first. */
function isDue(): boolean {
  const wait = data.showAfterMs - (Date.now() - data.startedAt);
  if (wait > 0 && Atomics.wait(state, STOP, 0, wait) !== 'timed-out') return false;
  return Atomics.load(state, STOP) === 0;
}

function withSize(text: string): string {
  let bytes = data.bytes;
  try {
    bytes ??= data.path === undefined ? undefined : statSync(data.path).size;
  } catch {
    // a file that cannot be read is named without its size
  }
  return bytes === undefined ? text : `${text} (${(bytes / 1e6).toFixed(1)} MB)`;
}

/** The line cut to the terminal's width: a line that wrapped could not be drawn over. */
function fitted(head: string, tail: string): string {
  const room = Math.max(0, data.columns - 1 - tail.length);
  return (head.length > room ? head.slice(0, Math.max(0, room - 1)) + '…' : head) + tail;
}

function draw(line: string): void {
  writeSync(2, `\r${line}\u001b[K`);
}
