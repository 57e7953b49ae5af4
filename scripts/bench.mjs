#!/usr/bin/env node
// Throughput of unboil, with baselines measured in the same run:
//   - HTML: unboil's HTML mode against Readability (with jsdom) on the same pages;
//   - text: unboil's text mode against an identity pass (split into blocks and join again).
//
//   npm run bench [-- --pages DIR] [--rounds N]
//
// Pages come from the evaluation cases (../shared/eval/dev, page.html.gz and article.txt)
// when they are there, otherwise from fixtures/. Run `npm run build` first (npm run bench does).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyse } from '../dist/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: resolve(root, '../shared/eval/dev') },
    rounds: { type: 'string', default: '3' },
  },
});
const rounds = Math.max(1, Number(values.rounds));

function loadCorpus() {
  const dir = resolve(values.pages);
  if (existsSync(dir)) {
    const cases = readdirSync(dir).filter((c) => existsSync(join(dir, c, 'page.html.gz')));
    return {
      source: dir,
      html: cases.map((c) => gunzipSync(readFileSync(join(dir, c, 'page.html.gz'))).toString('utf8')),
      text: cases.filter((c) => existsSync(join(dir, c, 'article.txt'))).map((c) => readFileSync(join(dir, c, 'article.txt'), 'utf8')),
    };
  }
  const fixtures = join(root, 'fixtures');
  const html = readdirSync(join(fixtures, 'html')).filter((f) => f.endsWith('.html')).map((f) => readFileSync(join(fixtures, 'html', f), 'utf8'));
  const text = readdirSync(join(fixtures, 'seeds')).filter((f) => f.endsWith('.txt') && !f.endsWith('.expected.txt')).map((f) => readFileSync(join(fixtures, 'seeds', f), 'utf8'));
  return { source: `${fixtures} (no evaluation cases at ${dir})`, html, text };
}

/** Runs `fn` over every document `rounds` times after one warm-up pass; returns documents/s and MB/s. */
function measure(docs, fn) {
  let failures = 0;
  const once = () => {
    for (const d of docs) {
      try {
        fn(d);
      } catch {
        failures++;
      }
    }
  };
  once();
  failures = 0;
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0) * rounds;
  const start = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) once();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { perSecond: (docs.length * rounds) / seconds, mbPerSecond: bytes / 1e6 / seconds, failures: failures / rounds };
}

const identity = (text) => text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean).join('\n\n');

async function readabilityRunner() {
  try {
    const { JSDOM, VirtualConsole } = await import('jsdom');
    const { Readability } = await import('@mozilla/readability');
    const virtualConsole = new VirtualConsole();
    return (html) => {
      const dom = new JSDOM(html, { virtualConsole });
      const article = new Readability(dom.window.document).parse();
      dom.window.close();
      return article;
    };
  } catch {
    return undefined;
  }
}

const corpus = loadCorpus();
console.log(`bench: ${corpus.html.length} HTML pages and ${corpus.text.length} text dumps from ${corpus.source}; ${rounds} rounds`);
const row = (name, m) => console.log(`  ${name.padEnd(28)} ${m.perSecond.toFixed(1).padStart(8)} docs/s ${m.mbPerSecond.toFixed(2).padStart(8)} MB/s${m.failures ? `  (${m.failures} failed)` : ''}`);

console.log('HTML');
const html = measure(corpus.html, (h) => analyse(h, { inputKind: 'html' }));
row('unboil --input html', html);
const readability = await readabilityRunner();
if (readability) {
  const base = measure(corpus.html, readability);
  row('Readability + jsdom', base);
  console.log(`  ratio: unboil is ${(html.perSecond / base.perSecond).toFixed(1)}x Readability`);
} else {
  console.log('  (Readability or jsdom not installed: no baseline)');
}

console.log('text');
const text = measure(corpus.text, (t) => analyse(t));
row('unboil (text dump)', text);
const ident = measure(corpus.text, identity);
row('identity pass', ident);
console.log(`  ratio: unboil runs at ${((text.mbPerSecond / ident.mbPerSecond) * 100).toFixed(1)}% of the identity pass`);
