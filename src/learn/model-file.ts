/**
 * Where the package's model files are (models/ at the package's root). The code runs from
 * dist/<folder>/ (the library) or dist/bundle/ (the command): the root is a few folders up,
 * the first one that holds the file beside a package.json.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function modelFile(name: string, trainedBy: string): string {
  const file = join('models', name);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 5; up++) {
    const path = join(dir, file);
    if (existsSync(path) && existsSync(join(dir, 'package.json'))) return path;
    dir = dirname(dir);
  }
  throw new Error(`unboil: ${file} is not installed beside the code; run ${trainedBy}`);
}
