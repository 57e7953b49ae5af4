/**
 * A file written piece by piece that readers only ever see whole: the pieces go to a
 * temporary file beside it, renamed into place by `commit`. The streamed counterpart of
 * write-atomic.ts, for JSON Lines outputs too large to hold in memory.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createGzip } from 'node:zlib';
import { tempPathFor } from './temp-path.js';
import { once } from 'node:events';

export interface AtomicFileStream {
  write(text: string): Promise<void>;
  /** Finishes the file and moves it into place. */
  commit(): Promise<void>;
  /** Drops what was written; the target is left as it was. */
  discard(): Promise<void>;
}

/** With `gzip`, the text is written gzipped. */
export async function openAtomicFileStream(path: string, options: { gzip?: boolean } = {}): Promise<AtomicFileStream> {
  await mkdir(dirname(path), { recursive: true });
  const temp = tempPathFor(path);
  const file = createWriteStream(temp);
  let failure: Error | undefined;
  file.on('error', (err) => (failure ??= err));
  await once(file, 'open');
  // Text goes to the file, or to a compressor that ends the file when it ends.
  const gzip = options.gzip ? createGzip() : undefined;
  gzip?.on('error', (err) => (failure ??= err)).pipe(file);
  const out = gzip ?? file;
  const check = () => {
    if (failure) throw failure;
  };
  return {
    async write(text) {
      check();
      if (!out.write(text)) await Promise.race([once(out, 'drain'), once(file, 'close')]);
      check();
    },
    async commit() {
      check();
      out.end();
      await once(file, 'close');
      check();
      await rename(temp, path);
    },
    async discard() {
      gzip?.destroy();
      file.destroy();
      await rm(temp, { force: true });
    },
  };
}
