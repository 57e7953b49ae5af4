/**
 * Where a file is written before it is renamed into place: a hidden file beside it, named
 * after it and this process, so that an interrupted run can find and remove its own
 * temporary files (and never another process's).
 */
import { readdirSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

function ownPrefix(target: string): string {
  return `.${basename(target)}.${process.pid}.`;
}

export function tempPathFor(target: string): string {
  return join(dirname(target), `${ownPrefix(target)}${Math.random().toString(36).slice(2)}.tmp`);
}

/**
 * Removes this process's temporary files for `target`. Synchronous, for signal handlers,
 * and it never throws: a folder that is gone has nothing left to remove.
 */
export function removeOwnTemps(target: string): void {
  const prefix = ownPrefix(target);
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    try {
      unlinkSync(join(dirname(target), name));
    } catch {
      // Already renamed into place or removed.
    }
  }
}
