/**
 * The block model shipped with unboil (models/block-model.json at the package's root),
 * read once, the first time a document asks for it: runs that never use it never pay for
 * reading it.
 */
import { readFileSync } from 'node:fs';
import { parseBlockModel, type BlockModel } from './forest.js';
import { modelFile } from '../model-file.js';

let loaded: BlockModel | undefined;

export function shippedBlockModel(): BlockModel {
  return (loaded ??= parseBlockModel(JSON.parse(readFileSync(modelFile('block-model.json', 'npm run train'), 'utf8'))));
}
