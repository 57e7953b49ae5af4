/**
 * Reads JSON Lines input as a stream of lines, from a file or stdin, gunzipped when its
 * first bytes say gzip. Reading follows the consumer (readline pauses the input while
 * lines wait), so memory stays flat however large the input is.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Readable, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { InputError, describeFsError } from './read-input.js';

export interface LineStream {
  lines: AsyncIterable<string>;
  /** The input's size in bytes when known (a file), for progress. */
  size?: number;
  /** Bytes read so far, before decompression. */
  bytesRead(): number;
  /** Stops reading (a run that ends early must not wait for the rest of a pipe). */
  close(): void;
}

/** `path` undefined reads stdin. */
export async function openLineStream(path: string | undefined): Promise<LineStream> {
  let size: number | undefined;
  if (path !== undefined) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) throw new InputError('is a directory');
      size = info.size;
    } catch (err) {
      throw err instanceof InputError ? err : new InputError(describeFsError(err));
    }
  }
  const raw: Readable = path === undefined ? process.stdin : createReadStream(path, { highWaterMark: 1 << 20 });
  let bytesRead = 0;
  const text = await gunzipIfGzip(raw, (n) => (bytesRead += n));
  // readline starts reading as soon as it exists and drops lines nobody listens to yet:
  // it is made when iteration starts.
  const lines = { [Symbol.asyncIterator]: () => createInterface({ input: text, crlfDelay: Infinity })[Symbol.asyncIterator]() };
  return { lines, size, bytesRead: () => bytesRead, close: () => void raw.destroy() };
}

/** Looks at the first chunk: gzip data goes through gunzip, anything else as it is. */
async function gunzipIfGzip(raw: Readable, counted: (bytes: number) => void): Promise<Readable> {
  const chunks = raw[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let first: IteratorResult<Buffer>;
  try {
    first = await chunks.next();
  } catch (err) {
    throw new InputError(describeFsError(err));
  }
  const whole = Readable.from(
    (async function* () {
      if (first.done) return;
      counted(first.value.length);
      yield first.value;
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
        counted(next.value.length);
        yield next.value;
      }
    })(),
    { objectMode: false },
  );
  if (first.done || first.value[0] !== 0x1f || first.value[1] !== 0x8b) return whole;
  const gunzip = createGunzip();
  pipeline(whole, gunzip, () => {}); // errors reach the reader through gunzip
  return gunzip;
}

/** What went wrong while reading a line stream, in the words other inputs' errors use. */
export function describeReadError(err: unknown): string {
  if (err instanceof InputError) return err.message;
  const code = String((err as NodeJS.ErrnoException).code ?? '');
  if (code.startsWith('Z_')) return `corrupt gzip data (${(err as Error).message})`;
  return describeFsError(err);
}
