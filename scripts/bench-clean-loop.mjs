// One process cleaning text dumps in-process, as a thread of `unboil --jobs N` does: reads
// the paths listed in the file given, cleans each, and prints the seconds that took. The
// bench starts it alone and then two at once (bench-ceiling.mjs).
import { readFileSync } from 'node:fs';
import { clean } from '../dist/index.js';
import { joinUnionsAtOnce } from '../dist/text/pattern-union.js';

joinUnionsAtOnce(); // as a run over many files does
const paths = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
const start = process.hrtime.bigint();
for (const path of paths) clean(readFileSync(path, 'utf8'));
console.log(Number(process.hrtime.bigint() - start) / 1e9);
