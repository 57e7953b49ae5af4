/**
 * An output folder is checked before any work: created if missing, and a file written to
 * it and removed, so that a folder that cannot be written fails the run at once rather
 * than once per document.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describeFsError } from './read-input.js';
import { tempPathFor } from './temp-path.js';

/** Why files cannot be written in `folder`, or undefined when they can. */
export async function folderWriteProblem(folder: string): Promise<string | undefined> {
  const probe = tempPathFor(join(folder, 'unboil-write-check'));
  try {
    await mkdir(folder, { recursive: true });
    await writeFile(probe, '');
    return undefined;
  } catch (err) {
    return describeWriteError(err);
  } finally {
    await rm(probe, { force: true }).catch(() => {});
  }
}

function describeWriteError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a file stands where a folder is needed';
  if (code === 'EROFS') return 'read-only file system';
  if (code === 'ENOSPC') return 'no space left on device';
  return describeFsError(err);
}
