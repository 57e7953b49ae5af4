// One process timing HTML mode against its baseline, as a thread of `unboil --jobs 1` does
// (bench-html-baseline.mjs starts it): the pages listed in the file given, read before
// the clock starts, are parsed by htmlparser2's parseDocument alone (the parser under
// unboil's cheerio), then cleaned, then parsed again, each side having run on them before
// the clock starts. It prints the pages and the seconds of each as JSON, the parse's the
// mean of its two rounds. Rounds rather than page by page in turn: each one's garbage is
// then collected in its own time, not the other's.
import { readFileSync } from 'node:fs';
import { parseDocument } from 'htmlparser2';
import { clean } from '../dist/index.js';
import { joinUnionsAtOnce } from '../dist/text/pattern-union.js';

/** Pages cleaning runs on before the clock starts (parsing runs on all of them). */
const WARM_UP = 5;

joinUnionsAtOnce(); // as a run over many files does
const pages = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((path) => readFileSync(path, 'utf8'));
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
