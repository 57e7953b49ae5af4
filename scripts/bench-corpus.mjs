// The benchmark corpus, made once from the evaluation pages (../shared/eval/dev: each
// case's full.txt, a whole-page text dump, and page.html.gz) and the fixtures, and kept
// in .bench-corpus/ (not committed):
//   text/part-NN/*.txt   text dumps, repeated until there are --text-mb megabytes
//   html/part-NN/*.html  --html-pages pages
//   records.jsonl        the same text dumps as JSON Lines records {id, url, text}
// A manifest records what was asked for; the corpus is made again when that changes.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';

const PER_PART = 1000;

/** The source documents: { text: [{name, body}], html: [{name, body}], origin }. */
export function loadSources(root, pagesDir) {
  const text = [];
  const html = [];
  let origin = 'fixtures/';
  if (pagesDir && existsSync(pagesDir)) {
    origin = `${pagesDir} and fixtures/`;
    for (const c of readdirSync(pagesDir).sort()) {
      if (existsSync(join(pagesDir, c, 'full.txt'))) text.push({ name: c, body: readFileSync(join(pagesDir, c, 'full.txt'), 'utf8') });
      if (existsSync(join(pagesDir, c, 'page.html.gz'))) html.push({ name: c, body: gunzipSync(readFileSync(join(pagesDir, c, 'page.html.gz'))).toString('utf8') });
    }
  }
  const seeds = join(root, 'fixtures/seeds');
  for (const f of readdirSync(seeds).filter((f) => f.endsWith('.txt') && !f.endsWith('.expected.txt'))) text.push({ name: f.replace(/\.txt$/, ''), body: readFileSync(join(seeds, f), 'utf8') });
  const pages = join(root, 'fixtures/html');
  for (const f of readdirSync(pages).filter((f) => f.endsWith('.html'))) html.push({ name: f.replace(/\.html$/, ''), body: readFileSync(join(pages, f), 'utf8') });
  return { text, html, origin };
}

/** Makes (or reuses) the corpus under `dir`; returns its file lists and sizes. */
export async function ensureCorpus(dir, sources, { textMb, htmlPages }) {
  const manifestPath = join(dir, 'manifest.json');
  const wanted = { textMb, htmlPages, origin: sources.origin, version: 1 };
  const existing = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : undefined;
  if (existing && JSON.stringify(existing.wanted) === JSON.stringify(wanted)) return existing;

  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const manifest = { wanted, text: [], textBytes: 0, html: [], htmlBytes: 0, jsonl: join(dir, 'records.jsonl'), jsonlBytes: 0, records: 0 };
  const jsonl = createWriteStream(manifest.jsonl);
  const write = async (s) => {
    if (!jsonl.write(s)) await once(jsonl, 'drain');
  };

  for (let i = 0; manifest.textBytes < textMb * 1e6; i++) {
    const source = sources.text[i % sources.text.length];
    const copy = Math.floor(i / sources.text.length);
    const path = join(dir, 'text', `part-${String(Math.floor(i / PER_PART)).padStart(2, '0')}`, `${source.name}-${copy}.txt`);
    if (i % PER_PART === 0) mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, source.body);
    manifest.text.push(path);
    manifest.textBytes += Buffer.byteLength(source.body);
    const line = JSON.stringify({ id: `${source.name}-${copy}`, url: `https://example.org/${source.name}/${copy}`, text: source.body }) + '\n';
    await write(line);
    manifest.jsonlBytes += Buffer.byteLength(line);
    manifest.records++;
  }
  jsonl.end();
  await once(jsonl, 'close');

  for (let i = 0; i < htmlPages; i++) {
    const source = sources.html[i % sources.html.length];
    const path = join(dir, 'html', `part-${String(Math.floor(i / PER_PART)).padStart(2, '0')}`, `${source.name}-${Math.floor(i / sources.html.length)}.html`);
    if (i % PER_PART === 0) mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, source.body);
    manifest.html.push(path);
    manifest.htmlBytes += Buffer.byteLength(source.body);
  }
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return manifest;
}
