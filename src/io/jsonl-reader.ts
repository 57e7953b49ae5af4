/**
 * Reads JSON Lines input as a stream of lines, from a file or stdin, gunzipped when its
 * first bytes say gzip. Reading follows the consumer, so memory stays flat however
 * large the input is.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { InputError, describeFsError } from './read-input.js';
import { splitLines } from './split-lines.js';

export interface LineStream {
  lines: AsyncIterable<string>;
  /** The input's size in bytes when known (a file), for progress. */
  size?: number;
  /** Bytes read so far, before decompression. */
  bytesRead(): number;
  /** Whether the input turned out to be gzip data (known once reading has begun). */
  gzipped(): boolean;
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
  let gzipped = false;
  const counted = async function* () {
    for await (const chunk of raw) {
      bytesRead += (chunk as Buffer).length;
      yield chunk as Buffer;
    }
  };
  return {
    lines: splitLines(gunzipIfGzip(counted(), () => (gzipped = true))),
    size,
    bytesRead: () => bytesRead,
    gzipped: () => gzipped,
    close: () => void raw.destroy(),
  };
}

/** Looks at the first chunk: gzip data goes through gunzip, anything else as it is. */
async function* gunzipIfGzip(chunks: AsyncGenerator<Buffer>, onGzip: () => void): AsyncGenerator<Buffer> {
  const first = await chunks.next();
  if (first.done) return;
  if (first.value[0] !== 0x1f || first.value[1] !== 0x8b) {
    yield first.value;
    yield* chunks;
    return;
  }
  onGzip();
  const gunzip = createGunzip();
  // Feeds gunzip as fast as it is read from; an error on either side ends the reading.
  const feed = (async () => {
    try {
      for (let next: IteratorResult<Buffer> = first; !next.done; next = await chunks.next()) {
        if (!gunzip.write(next.value)) await new Promise((resolve) => gunzip.once('drain', resolve));
      }
      gunzip.end();
    } catch (err) {
      gunzip.destroy(err as Error);
    }
  })();
  yield* gunzip as AsyncIterable<Buffer>;
  await feed;
}

/** What went wrong while reading a line stream, in the words other inputs' errors use. */
export function describeReadError(err: unknown): string {
  if (err instanceof InputError) return err.message;
  const code = String((err as NodeJS.ErrnoException).code ?? '');
  if (code.startsWith('Z_')) return `corrupt gzip data (${(err as Error).message})`;
  return describeFsError(err);
}
