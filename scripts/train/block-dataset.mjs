// One set in one input format: every case cleaned as clean() does, every block's features
// and gold share written out for the trainer, and the article as the rules keep it (the
// baseline the model is measured against).
//
//   node scripts/train/block-dataset.mjs BUNDLE SET_DIR INPUT CACHE_DIR OUT_DIR
//
// OUT_DIR gets x.f32 (blocks × features, float32), share.f32, words.i32, cases.json, and
// baseline/<case>.txt.
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { casesOf } from './cases.mjs';
import { FORMATS, inputPath } from '../eval/formats.mjs';

const [bundle, setDir, input, cache, out] = process.argv.slice(2);
const { caseBlocks, readInput, FEATURE_NAMES } = await import(pathToFileURL(bundle).href);

mkdirSync(join(out, 'baseline'), { recursive: true });
const files = { x: openSync(join(out, 'x.f32'), 'w'), share: openSync(join(out, 'share.f32'), 'w'), words: openSync(join(out, 'words.i32'), 'w') };
const bytes = (typed) => Buffer.from(typed.buffer, typed.byteOffset, typed.byteLength);
const cases = [];
let first = 0;
for (const c of casesOf(setDir)) {
  const path = inputPath(setDir, c.name, input, cache);
  let data;
  try {
    data = caseBlocks(readInput(readBytes(path), path, FORMATS[input].kind), readFileSync(join(setDir, c.name, 'gold.txt'), 'utf8'));
  } catch (e) {
    // A missing or unreadable input is scored as empty by eval; here it is left out, and said.
    console.error(`block-dataset: ${input} ${c.name}: ${e.message}`);
    continue;
  }
  const count = data.share.length;
  writeSync(files.x, bytes(data.rows));
  writeSync(files.share, bytes(data.share));
  writeSync(files.words, bytes(data.words));
  writeFileSync(join(out, 'baseline', `${c.name}.txt`), data.text);
  cases.push({ ...c, first, count, title: data.title, goldWords: data.goldWords });
  first += count;
}
for (const fd of Object.values(files)) closeSync(fd);
writeFileSync(join(out, 'cases.json'), JSON.stringify({ features: FEATURE_NAMES, blocks: first, cases }) + '\n');

/** A file's bytes, ungzipped as the command reads them. */
function readBytes(path) {
  const raw = readFileSync(path);
  return raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw;
}
