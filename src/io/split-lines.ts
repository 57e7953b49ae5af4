/**
 * Splits a byte stream into lines with node's readline, which decodes UTF-8 across chunk
 * boundaries, finds line ends in each new chunk only (a line of many megabytes costs no
 * more than its bytes; split2 searches the whole line again with every chunk) and drops
 * the CR of CRLF. readline's own async iterator reads up to 1,024 lines ahead, hundreds
 * of megabytes when records are pages, so lines are taken from its 'line' events into a
 * short queue, and reading pauses while the queue is full: at most the queue and one
 * chunk are held, whatever the input's size. Unlike JSON, readline also ends a line at a
 * lone CR; a JSON Lines record has none outside its strings, where it is escaped.
 */
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';

/** Lines waiting for the reader before reading pauses. */
const QUEUED_LINES = 64;

export async function* splitLines(chunks: AsyncIterable<Buffer>): AsyncGenerator<string> {
  // One chunk at a time: the queue, not the stream's buffer, is what holds lines ahead.
  const input = Readable.from(chunks, { objectMode: false, highWaterMark: 1 });
  const reader = createInterface({ input, crlfDelay: Infinity });
  let queue: string[] = [];
  let head = 0;
  let ended = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  reader.on('line', (line) => {
    queue.push(line);
    if (queue.length - head >= QUEUED_LINES) reader.pause();
    notify();
  });
  reader.on('close', () => {
    ended = true;
    notify();
  });
  // readline passes on its input's errors as its own.
  reader.on('error', (err) => {
    failure = err;
    notify();
  });
  try {
    let first = true;
    for (;;) {
      if (failure !== undefined) throw failure;
      if (head < queue.length) {
        let line = queue[head++]!;
        if (head === queue.length) [queue, head] = [[], 0];
        if (first && line.charCodeAt(0) === 0xfeff) line = line.slice(1); // a BOM before the first record
        first = false;
        if (queue.length - head < QUEUED_LINES / 2) reader.resume();
        yield line;
        continue;
      }
      if (ended) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    reader.close();
    input.destroy();
  }
}
