/** The version in package.json, for --version. */
import { readFileSync } from 'node:fs';

export function packageVersion(): string {
  // Two folders up from here, whether this runs from src/cli, dist/cli or dist/bundle.
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return manifest.version ?? 'unknown';
}
