/**
 * The block model shipped with unboil (models/block-model.json at the package's root),
 * read once, the first time a document asks for it: runs that never use it never pay for
 * reading it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBlockModel, type BlockModel } from './forest.js';

const FILE = join('models', 'block-model.json');

let loaded: BlockModel | undefined;

export function shippedBlockModel(): BlockModel {
  return (loaded ??= parseBlockModel(JSON.parse(readFileSync(modelPath(), 'utf8'))));
}

/**
 * The code runs from dist/learn/block-model/ (the library) or dist/bundle/ (the command):
 * the package's root is a few folders up, the first one that holds the model.
 */
function modelPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 5; up++) {
    const path = join(dir, FILE);
    if (existsSync(path) && existsSync(join(dir, 'package.json'))) return path;
    dir = dirname(dir);
  }
  throw new Error(`unboil: the block model (${FILE}) is not installed beside the code; run npm run train`);
}
