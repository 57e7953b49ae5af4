/** Writes a file so that readers never see it half-written: a temporary file beside it, then a rename. */
import { copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { tempPathFor } from './temp-path.js';

export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = tempPathFor(path);
  try {
    await writeFile(temp, content, 'utf8');
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/** Copies a file the same way: the copy appears whole or not at all (a backup before an in-place write). */
export async function copyFileAtomic(from: string, to: string): Promise<void> {
  const temp = tempPathFor(to);
  try {
    await copyFile(from, temp);
    await rename(temp, to);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}
