/**
 * Writing to stdout with back-pressure, and a quiet exit when the reader goes away
 * (`unboil big.txt | head -1`): a closed pipe is the reader's choice, not an error.
 */
import { once } from 'node:events';

let installed = false;

export function exitQuietlyOnClosedPipe(): void {
  if (installed) return;
  installed = true;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}

export async function writeStdout(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}
