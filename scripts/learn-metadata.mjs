#!/usr/bin/env node
// Learns how unboil chooses an article's title, byline and date among the candidates it
// finds (src/extract/*-candidates.ts), from the labelled pages of an evaluation set.
//
//   node scripts/learn-metadata.mjs extract --out FEATURES.jsonl [--set wcxb-articles] [--input html,full,...] [--fields title,...]
//   node scripts/learn-metadata.mjs train FEATURES.jsonl... [--fields title,byline,published] [--write]
//
// extract: cleans every case of the set in each input format with the built library
// (npm run build first) and keeps each candidate's features and whether it is the gold
// value (meta.json), compared as score-metadata.mjs compares them.
// train: fits a conditional logit per field and family (HTML, text dumps): per page, the
// chance of each candidate is exp(w·x) over the page's sum. Figures are cross-validated
// with folds split by site (meta.json's domain: no site is in both the training and the
// test part of a fold); --write then fits on every page and writes the weights to
// src/extract/*-weights.ts.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { helpIfAsked } from './usage.mjs';
import { FORMATS, inputPath } from './eval/formats.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PYTHON = '/usr/bin/python3';
helpIfAsked(import.meta.url);
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    root: { type: 'string', default: resolve(root, '../shared/eval') },
    set: { type: 'string', default: 'wcxb-articles' },
    input: { type: 'string', default: Object.keys(FORMATS).join(',') },
    out: { type: 'string' },
    folds: { type: 'string', default: '5' },
    write: { type: 'boolean', default: false },
    show: { type: 'string' },
    fields: { type: 'string', default: 'title,byline,published' },
  },
});

const norm = (s) => String(s ?? '').normalize('NFKC').toLowerCase().replace(/[‘’´`]/g, "'").replace(/[“”«»„]/g, '"').replace(/^\s*by\s+/, '').replace(/\s+/g, ' ').trim();
const day = (s) => (String(s ?? '').match(/\d{4}-\d{2}-\d{2}/) ?? [''])[0];
/** Per field: the gold key in meta.json, and when a candidate's text is the gold value. */
const FIELDS = {
  title: { gold: 'title', same: (a, b) => norm(a) === norm(b) },
  byline: { gold: 'author', same: (a, b) => norm(a) === norm(b) },
  published: { gold: 'publish_date', same: (a, b) => day(a) !== '' && day(a) === day(b) },
};

/**
 * The fields of text dumps chosen by trees (scripts/train/candidate_ranker.py, python3-xgboost),
 * and whether the field may have no value on a page (then the trees give odds and a threshold).
 */
const TREES = { title: { abstain: false }, byline: { abstain: true } };

/** The weights fitted on every page, by field and family, for --write. */
const trained = {};

if (positionals[0] === 'extract') await extract();
else if (positionals[0] === 'train') train(positionals.slice(1));
else {
  console.error('usage: learn-metadata.mjs extract --out FILE | train FILE... [--write]');
  process.exit(2);
}

async function extract() {
  const { analyse } = await import(join(root, 'dist/index.js'));
  const setDir = resolve(values.root, values.set);
  const cache = join(root, '.eval-cache', values.set);
  const docs = [];
  const names = readdirSync(setDir).filter((c) => existsSync(join(setDir, c, 'meta.json'))).sort();
  for (const input of values.input.split(',')) {
    const started = Date.now();
    let missing = 0;
    for (const name of names) {
      const meta = JSON.parse(readFileSync(join(setDir, name, 'meta.json'), 'utf8'));
      // The case folder's own files, or the eval's cache of the made ones (as the eval names them).
      const path = inputPath(setDir, name, input, cache);
      if (!existsSync(path)) {
        missing++;
        continue;
      }
      const bytes = readFileSync(path);
      const text = (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
      const analysis = analyse(text, { inputKind: input === 'html' ? 'html' : 'auto' });
      const fields = {};
      for (const [field, spec] of Object.entries(FIELDS)) {
        if (!values.fields.split(',').includes(field)) continue;
        const gold = meta[spec.gold];
        const candidates = analysis.metadataCandidates[field];
        if (!candidates) continue;
        // A page without the value is kept, all its candidates wrong: it teaches when to give none.
        const none = gold === null || gold === undefined || gold === '';
        fields[field] = { none, candidates: candidates.map((c) => ({ x: c.features, y: !none && spec.same(c.text, gold) ? 1 : 0, text: c.text })) };
      }
      docs.push({ case: name, domain: meta.domain ?? name, input, family: input === 'html' ? 'html' : 'text', fields });
    }
    console.error(`learn-metadata: ${input}: ${names.length} pages in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    if (missing > 0) console.error(`learn-metadata: ${input}: ${missing} pages have no such file: npm run eval makes the scrapers' formats into .eval-cache/`);
  }
  // One page a line: all inputs' candidates together outgrow the longest string node can make.
  const out = openSync(values.out, 'w');
  for (const doc of docs) writeSync(out, JSON.stringify(doc) + '\n');
  closeSync(out);
}

/** The pages an extract wrote, one a line: read as bytes and cut at newlines, since the candidates of every format together outgrow node's longest string (512 MB). */
function readPages(file) {
  const bytes = readFileSync(file);
  const pages = [];
  for (let start = 0; start < bytes.length; ) {
    let end = bytes.indexOf(10, start);
    if (end === -1) end = bytes.length;
    if (end > start) pages.push(JSON.parse(bytes.toString('utf8', start, end)));
    start = end + 1;
  }
  return pages;
}

function train(files) {
  const docs = files.flatMap(readPages);
  const k = Number(values.folds);
  for (const field of values.fields.split(',')) {
    for (const family of ['text', 'html']) {
      const pages = docs.filter((d) => d.family === family && d.fields[field]).map((d) => ({ ...d, ...d.fields[field] }));
      if (pages.length === 0) continue;
      if (family === 'text' && TREES[field]) {
        trainRanker(field, pages, k);
        continue;
      }
      const names = Object.keys(pages.find((p) => p.candidates.length)?.candidates[0].x ?? {});
      if (names.length === 0) continue;
      const X = (p) => p.candidates.map((c) => names.map((n) => c.x[n] ?? 0));
      for (const p of pages) p.X = X(p);
      // Cross-validation: folds by site.
      const fold = (p) => hash(p.domain) % k;
      const hits = new Map();
      const abstains = [];
      // --folds 0: no cross-validation, only the weights fitted on every page.
      for (let f = 0; f < k; f++) {
        const training = pages.filter((p) => fold(p) !== f);
        const w = fit(training, names.length);
        const t = field === 'title' ? -Infinity : threshold(w, training);
        for (const p of pages.filter((p) => fold(p) === f)) {
          const top = chosen(w, p, t);
          if (p.none) {
            abstains.push(top === undefined);
            continue;
          }
          hits.set(p, top?.y === 1);
          // --show INPUT: the pages of that input where the choice was wrong.
          if (values.show === p.input && top?.y !== 1) console.log(`  ${p.case} ${field}: chose ${JSON.stringify(top?.text)}; gold among ${p.candidates.filter((c) => c.y).length}: ${JSON.stringify(p.candidates.find((c) => c.y)?.text)}`);
        }
      }
      const byInput = {};
      for (const [p, hit] of hits) (byInput[p.input] ??= []).push(hit);
      const valued = pages.filter((p) => !p.none);
      const reachable = valued.filter((p) => p.candidates.some((c) => c.y)).length;
      const share = (xs) => (xs.filter(Boolean).length / (xs.length || 1)).toFixed(3);
      if (k > 0) console.log(`${field} ${family}: cross-validated ${Object.entries(byInput).map(([i, hs]) => `${i} ${share(hs)}`).join(', ')} (a gold candidate in ${reachable}/${valued.length}; none given on ${share(abstains)} of ${abstains.length} pages without one)`);
      const w = fit(pages, names.length);
      const weights = Object.fromEntries(names.map((n, i) => [n, Number(w[i].toFixed(3))]));
      const t = field === 'title' ? -Infinity : threshold(w, pages);
      console.log(`  threshold ${t}, weights: ${JSON.stringify(weights)}`);
      (trained[field] ??= {})[family] = { weights, threshold: t };
    }
  }
  if (values.write) writeWeights();
}

/**
 * The candidates go to the ranker as rows of float32; it prints its cross-validated figures
 * and writes models/FIELD-text-model.json (with --write; otherwise a copy under .train-cache).
 */
function trainRanker(field, pages, k) {
  const names = Object.keys(pages.find((p) => p.candidates.length)?.candidates[0].x ?? {});
  const dir = join(root, '.train-cache', `${field}-ranker`);
  mkdirSync(dir, { recursive: true });
  const count = pages.reduce((n, p) => n + p.candidates.length, 0);
  const rows = new Float32Array(count * names.length);
  const labels = new Uint8Array(count);
  const index = [];
  let at = 0;
  for (const p of pages) {
    index.push({ case: p.case, input: p.input, none: p.none, fold: k > 0 ? hash(p.domain) % k : -1, first: at, count: p.candidates.length });
    for (const c of p.candidates) {
      names.forEach((n, j) => (rows[at * names.length + j] = c.x[n] ?? 0));
      labels[at++] = c.y;
    }
  }
  writeFileSync(join(dir, 'rows.f32'), rows);
  writeFileSync(join(dir, 'labels.u8'), labels);
  writeFileSync(join(dir, 'pages.json'), JSON.stringify({ features: names, pages: index }));
  const out = values.write ? join(root, 'models', `${field}-text-model.json`) : join(dir, 'model.json');
  const args = [join(root, 'scripts/train/candidate_ranker.py'), '--data', dir, '--out', out, '--folds', String(k), '--name', `${field} text`];
  if (TREES[field].abstain) args.push('--abstain');
  const fit = spawnSync(PYTHON, args, { stdio: 'inherit' });
  if (fit.status !== 0) {
    console.error(`learn-metadata: the ${field} ranker was not trained (${PYTHON} with numpy and xgboost is needed: apt-get install -y python3-xgboost)`);
    process.exit(2);
  }
}

function topOf(w, page) {
  let top, topScore = -Infinity;
  page.X.forEach((x, i) => {
    const s = dot(w, x);
    if (s > topScore) [top, topScore] = [page.candidates[i], s];
  });
  return { top, topScore };
}

function chosen(w, page, t = -Infinity) {
  const { top, topScore } = topOf(w, page);
  return topScore >= t ? top : undefined;
}

/**
 * The score below which no candidate is given: the one that gets most pages right, where
 * right is the gold value given, or none given on a page without one.
 */
function threshold(w, pages) {
  const tops = pages.map((p) => ({ ...topOf(w, p), none: p.none })).filter((t) => t.top !== undefined);
  const cuts = [-Infinity, ...tops.map((t) => t.topScore).sort((a, b) => a - b)];
  let bestCut = -Infinity, bestRight = -1;
  for (const cut of cuts) {
    const right = tops.filter((t) => (t.topScore >= cut ? t.top.y === 1 : t.none)).length;
    if (right > bestRight) [bestCut, bestRight] = [cut, right];
  }
  return Number.isFinite(bestCut) ? Number(bestCut.toFixed(3)) : -Infinity;
}

/** Conditional logit with an L2 penalty, fitted by full-batch gradient descent with Adam steps. */
function fit(pages, n, { l2 = 0.01, steps = 400, rate = 0.05 } = {}) {
  const usable = pages.filter((p) => !p.none && p.candidates.some((c) => c.y) && p.candidates.length > 1);
  const w = new Array(n).fill(0), m = new Array(n).fill(0), v = new Array(n).fill(0);
  for (let t = 1; t <= steps; t++) {
    const g = w.map((wi) => l2 * wi * usable.length);
    for (const p of usable) {
      const s = p.X.map((x) => dot(w, x));
      const max = Math.max(...s);
      const e = s.map((si) => Math.exp(si - max));
      const z = e.reduce((a, b) => a + b, 0);
      const zPos = e.reduce((a, ei, i) => a + (p.candidates[i].y ? ei : 0), 0);
      // d/dw of -log(sum_pos e / sum_all e) = E_all[x] - E_pos[x]
      p.X.forEach((x, i) => {
        const coef = e[i] / z - (p.candidates[i].y ? e[i] / zPos : 0);
        for (let j = 0; j < n; j++) g[j] += coef * x[j];
      });
    }
    for (let j = 0; j < n; j++) {
      const gj = g[j] / usable.length;
      m[j] = 0.9 * m[j] + 0.1 * gj;
      v[j] = 0.999 * v[j] + 0.001 * gj * gj;
      w[j] -= (rate * (m[j] / (1 - 0.9 ** t))) / (Math.sqrt(v[j] / (1 - 0.999 ** t)) + 1e-8);
    }
  }
  return w;
}

function dot(w, x) {
  let s = 0;
  for (let j = 0; j < w.length; j++) s += w[j] * x[j];
  return s;
}

function hash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}

function writeWeights() {
  for (const [field, families] of Object.entries(trained)) {
    const file = join(root, 'src/extract', `${field === 'byline' ? 'byline' : field === 'published' ? 'date' : 'title'}-weights.ts`);
    const type = { title: 'TitleFeature', byline: 'BylineFeature', published: 'DateFeature' }[field];
    const module = { title: 'title-candidates', byline: 'byline-candidates', published: 'date-candidates' }[field];
    const lines = [
      '// Written by scripts/learn-metadata.mjs from the labelled pages of the evaluation set: do not edit by hand.',
      "import type { LinearModel } from './linear-model.js';",
      `import type { ${type} } from './${module}.js';`,
      '',
      ...Object.entries(families).map(([family, { weights, threshold }]) => `export const ${family.toUpperCase()}_${field.toUpperCase()}_WEIGHTS: LinearModel<${type}> = {\n  threshold: ${threshold},\n  weights: ${JSON.stringify(weights).replace(/"(\w+)":/g, '$1: ').replace(/,/g, ', ')},\n};\n`),
    ];
    writeFileSync(file, lines.join('\n'));
    console.log(`learn-metadata: wrote ${file}`);
  }
}
