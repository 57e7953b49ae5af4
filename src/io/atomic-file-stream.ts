/**
 * A file written piece by piece that readers only ever see whole: the pieces go to a
 * temporary file beside it, renamed into place by `commit`. The streamed counterpart of
 * write-atomic.ts, for JSON Lines outputs too large to hold in memory.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { tempPathFor } from './temp-path.js';
import { once } from 'node:events';

export interface AtomicFileStream {
  write(text: string): Promise<void>;
  /** Finishes the file and moves it into place. */
  commit(): Promise<void>;
  /** Drops what was written; the target is left as it was. */
  discard(): Promise<void>;
}

export async function openAtomicFileStream(path: string): Promise<AtomicFileStream> {
  await mkdir(dirname(path), { recursive: true });
  const temp = tempPathFor(path);
  const out = createWriteStream(temp);
  let failure: Error | undefined;
  out.on('error', (err) => (failure ??= err));
  await once(out, 'open');
  const check = () => {
    if (failure) throw failure;
  };
  return {
    async write(text) {
      check();
      if (!out.write(text)) await Promise.race([once(out, 'drain'), once(out, 'close')]);
      check();
    },
    async commit() {
      check();
      out.end();
      await once(out, 'close');
      check();
      await rename(temp, path);
    },
    async discard() {
      out.destroy();
      await rm(temp, { force: true });
    },
  };
}
