// One big document made of many real ones, for measuring how time and memory grow with a
// single input's size (npm run bench's big-document runs; also runnable by hand):
//
//   node scripts/big-document.mjs text|html MEGABYTES OUT [CASES_DIR...]
//
// The sources are the evaluation cases' whole-page dumps (full.txt) or pages
// (page.html.gz: what their <body> holds, all in the <body> of one page), by default ../shared/eval/dev and ../shared/eval/wcxb-articles, else the
// fixtures. Their text is joined, in case order, until the document has the size asked.
// When the sources run out they are used again, each round's prose numbered (its
// long lines, or its paragraphs' ends, carry " [round N]"), so that the repeat logic does
// not see the same article many times, while menus and footers repeat as they do on a site.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_CASES = ['../shared/eval/dev', '../shared/eval/wcxb-articles'].map((dir) => resolve(root, dir));

/** The source documents of one kind, as strings, from the case folders that exist (else the fixtures). */
export function bigDocumentSources(kind, caseDirs = DEFAULT_CASES) {
  const sources = [];
  for (const dir of caseDirs.filter((d) => existsSync(d))) {
    for (const name of readdirSync(dir).sort()) {
      const file = join(dir, name, kind === 'html' ? 'page.html.gz' : 'full.txt');
      if (!existsSync(file)) continue;
      sources.push(kind === 'html' ? gunzipSync(readFileSync(file)).toString('utf8') : readFileSync(file, 'utf8'));
    }
  }
  if (sources.length > 0) return sources;
  const fixtures = join(root, kind === 'html' ? 'fixtures/html' : 'fixtures/seeds');
  return readdirSync(fixtures)
    .filter((f) => (kind === 'html' ? f.endsWith('.html') : f.endsWith('.txt') && !f.endsWith('.expected.txt')))
    .sort()
    .map((f) => readFileSync(join(fixtures, f), 'utf8'));
}

/** A document of at least `megabytes` MB (UTF-8) joined from `sources`. */
export function bigDocument(kind, megabytes, sources) {
  if (kind === 'html') sources = sources.map(bodyOf);
  const parts = [];
  let bytes = 0;
  for (let i = 0; bytes < megabytes * 1e6; i++) {
    const round = Math.floor(i / sources.length);
    const part = round === 0 ? sources[i % sources.length] : numbered(kind, sources[i % sources.length], round);
    parts.push(part);
    bytes += Buffer.byteLength(part) + 2;
  }
  return kind === 'html' ? `<!DOCTYPE html>\n<html><head><title>Big page</title></head><body>\n${parts.join('\n')}\n</body></html>\n` : parts.join('\n\n');
}

/** What a page's <body> holds: one page of many pages' bodies (an HTML parser keeps only the first <body> of a file that has several). */
function bodyOf(page) {
  const open = /<body\b[^>]*>/i.exec(page);
  const from = open ? open.index + open[0].length : 0;
  const close = page.toLowerCase().lastIndexOf('</body>');
  return page.slice(from, close > from ? close : page.length);
}

/** A source used again, its prose made its own: lines of 80 characters or more, or paragraphs. */
function numbered(kind, source, round) {
  if (kind === 'html') return source.replace(/<\/p>/gi, ` [round ${round}]</p>`);
  return source.replace(/^.{80,}$/gm, (line) => `${line} [round ${round}]`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [kind, megabytes, out, ...dirs] = process.argv.slice(2);
  if (!['text', 'html'].includes(kind) || !(Number(megabytes) > 0) || !out) {
    console.error('usage: node scripts/big-document.mjs text|html MEGABYTES OUT [CASES_DIR...]');
    process.exit(2);
  }
  const document = bigDocument(kind, Number(megabytes), bigDocumentSources(kind, dirs.length ? dirs.map((d) => resolve(d)) : undefined));
  writeFileSync(out, document);
  console.log(`${out}: ${(Buffer.byteLength(document) / 1e6).toFixed(1)} MB of ${kind}`);
}
