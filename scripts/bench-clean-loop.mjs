// One process cleaning text dumps in-process, as a thread of `unboil --jobs N` does: reads
// the paths listed in the file given, cleans each, and prints the seconds that took. The
// bench starts it alone and then two at once (bench-ceiling.mjs).
//
// With --html-parse, the paths are HTML pages, read before the clock starts: they are
// parsed by htmlparser2's parseDocument alone (the parser under unboil's cheerio), then
// cleaned, then parsed again, each side having run on them before the clock starts. It
// prints the pages and the seconds of each as JSON, the parse's the mean of its two rounds
// (bench-html-baseline.mjs). Rounds rather than page by page in turn: each one's garbage
// is then collected in its own time, not the other's.
import { readFileSync } from 'node:fs';
import { clean } from '../dist/index.js';
import { joinUnionsAtOnce } from '../dist/text/pattern-union.js';

/** Pages cleaning runs on before the clock starts (parsing runs on all of them). */
const WARM_UP = 5;

joinUnionsAtOnce(); // as a run over many files does
const paths = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
if (process.argv.includes('--html-parse')) {
  const { parseDocument } = await import('htmlparser2');
  const pages = paths.map((path) => readFileSync(path, 'utf8'));
  const cleanPage = (page) => clean(page, { inputKind: 'html' });
  const time = (fn) => {
    const t0 = process.hrtime.bigint();
    for (const page of pages) fn(page);
    return Number(process.hrtime.bigint() - t0) / 1e9;
  };
  time(parseDocument);
  for (const page of pages.slice(0, WARM_UP)) cleanPage(page);
  const parseBefore = time(parseDocument);
  const unboil = time(cleanPage);
  const parse = (parseBefore + time(parseDocument)) / 2;
  console.log(JSON.stringify({ pages: pages.length, unboil, parse }));
} else {
  const start = process.hrtime.bigint();
  for (const path of paths) clean(readFileSync(path, 'utf8'));
  console.log(Number(process.hrtime.bigint() - start) / 1e9);
}
