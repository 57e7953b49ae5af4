/**
 * A quiet exit when stdout's reader goes away (`unboil big.txt | head -1`): a closed pipe
 * is the reader's choice, not an error. Any other failure to write (a full disk, a closed
 * stdout) is reported and the run ends with exit code 1: output that cannot be written
 * must not pass silently. (Writing itself: io/write-stdout.ts.)
 */
import { EXIT_SOME_FAILED } from './exit-codes.js';

let installed = false;

export function exitQuietlyOnClosedPipe(): void {
  if (installed) return;
  installed = true;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    const cause = err.code === 'ENOSPC' ? 'no space left on device' : err.message;
    process.stderr.write(`unboil: cannot write to stdout: ${cause}\n`);
    process.exit(EXIT_SOME_FAILED);
  });
}
