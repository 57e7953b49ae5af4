/** Writing to stdout with back-pressure: a slow reader holds the writer back instead of filling memory. */
import { once } from 'node:events';

export async function writeStdout(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}
