// Cross-validation of the block model on one set in one input format: each case cleaned
// by clean() with decision 'model' and the model of its fold, which was fitted on the
// other folds' sites only. Writes OUT_DIR/model/<case>.txt for the scorer.
//
//   node scripts/train/block-cv.mjs BUNDLE SET_DIR INPUT CACHE_DIR OUT_DIR FOLD_DIR
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { FOLDS, casesOf } from './cases.mjs';
import { FORMATS, inputPath } from '../eval/formats.mjs';

const [bundle, setDir, input, cache, out, foldDir] = process.argv.slice(2);
const { cleanWithModel, readInput, parseBlockModel } = await import(pathToFileURL(bundle).href);

const models = Array.from({ length: FOLDS }, (_, k) => parseBlockModel(JSON.parse(readFileSync(join(foldDir, `fold-${k}.json`), 'utf8'))));
const pred = join(out, 'model');
rmSync(pred, { recursive: true, force: true });
mkdirSync(pred, { recursive: true });
for (const c of casesOf(setDir)) {
  const path = inputPath(setDir, c.name, input, cache);
  try {
    const raw = readFileSync(path);
    const bytes = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw;
    writeFileSync(join(pred, `${c.name}.txt`), cleanWithModel(readInput(bytes, path, FORMATS[input].kind), models[c.fold]));
  } catch (e) {
    console.error(`block-cv: ${input} ${c.name}: ${e.message}`);
  }
}
