#!/usr/bin/env node
// Scores unboil on the evaluation sets: for each set and each input (the page's HTML, the
// dumps in the case folders, and the page saved by lynx, w3m, html2text, npm's html-to-text and wrapped at 78
// columns), runs the built command over every case, then the sets' own scorers over the
// outputs: score.mjs for the text, score-metadata.mjs for title, author and date.
//
//   npm run eval [-- --set dev,wcxb-articles,wcxb-other] [--input html,full,...]
//                [--root DIR | --cases DIR] [--verbose] [--keep DIR] [--json FILE]
//                [--decision rules]   (the rules alone decide, not the block model)
//
// The sets live outside this project (by default ../shared/eval); nothing else in unboil
// reads them. Inputs made with other tools are cached in .eval-cache/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { unboilArgs } from './unboil-command.mjs';
import { FORMATS, LEAK_BASE, inputPath, makeInputs, missingTool } from './eval/formats.mjs';
import { REFERENCE, REFERENCE_METADATA } from './eval/reference.mjs';
import { helpIfAsked } from './usage.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
helpIfAsked(import.meta.url);
const { values } = parseArgs({
  options: {
    root: { type: 'string', default: resolve(root, '../shared/eval') },
    cases: { type: 'string' },
    set: { type: 'string' },
    input: { type: 'string', default: Object.keys(FORMATS).join(',') },
    verbose: { type: 'boolean', default: false },
    keep: { type: 'string' },
    json: { type: 'string' },
    jobs: { type: 'string', default: '2' },
    // 'rules': the hand-written rules alone decide, as --decision rules (default: the block model).
    decision: { type: 'string' },
  },
});

// --cases names one folder of cases; otherwise the sets under --root.
const sets = values.cases ? [resolve(values.cases)] : (values.set ? values.set.split(',') : ['dev', 'wcxb-articles', 'wcxb-other']).map((s) => resolve(values.root, s));
for (const dir of sets) {
  if (!existsSync(dir) || !existsSync(resolve(dir, '..', 'score.mjs'))) {
    console.error(`eval: no evaluation cases at ${dir} (with score.mjs beside it).`);
    console.error('eval: they are not part of this project; pass --root DIR (a folder of sets) or --cases DIR (one set).');
    process.exit(2);
  }
}
const inputs = values.input.split(',');
for (const input of inputs) {
  if (!FORMATS[input]) {
    console.error(`eval: unknown input '${input}' (the inputs are ${Object.keys(FORMATS).join(', ')})`);
    process.exit(2);
  }
}

const work = values.keep ? resolve(values.keep) : mkdtempSync(join(tmpdir(), 'unboil-eval-'));
const results = [];
for (const setDir of sets) {
  const set = basename(setDir);
  const scorer = resolve(setDir, '..', 'score.mjs');
  const metaScorer = resolve(setDir, '..', 'score-metadata.mjs');
  const names = readdirSync(setDir).filter((c) => statSync(join(setDir, c)).isDirectory() && existsSync(join(setDir, c, 'gold.txt'))).sort();
  const hasMeta = names.some((c) => existsSync(join(setDir, c, 'meta.json')) && 'title' in JSON.parse(readFileSync(join(setDir, c, 'meta.json'), 'utf8')));
  const cache = join(root, '.eval-cache', set);
  console.log(`\n== ${set}: ${names.length} cases (${setDir})`);
  for (const input of inputs) {
    const missing = missingTool(input);
    if (missing) {
      console.log(`eval: ${set} ${input}: left out, ${missing}`);
      continue;
    }
    if (FORMATS[input].made) await makeInputs(setDir, names, input, cache);
    const cases = names.filter((c) => existsSync(inputPath(setDir, c, input, cache)));
    const result = { set, input, n: cases.length, ...runAndScore(setDir, cases, input, cache, scorer, hasMeta ? metaScorer : null) };
    results.push(result);
    printRow(result);
  }
  printReference(set);
}
if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 2) + '\n');
if (values.keep) console.log(`\neval: outputs kept in ${work}`);
else rmSync(work, { recursive: true, force: true });

/** Cleans every case's input with the built command (JSON, one file each), and scores the text and the metadata. */
function runAndScore(setDir, cases, input, cache, scorer, metaScorer) {
  const out = join(work, basename(setDir), input);
  const raw = join(out, 'raw');
  const pred = join(out, 'pred');
  const bare = join(out, 'uncleaned');
  for (const d of [raw, pred, bare]) {
    rmSync(d, { recursive: true, force: true });
    mkdirSync(d, { recursive: true });
  }
  const paths = cases.map((c) => inputPath(setDir, c, input, cache));
  const started = process.hrtime.bigint();
  // One run, JSON out: the body for the text scorer and the fields for the metadata scorer.
  const run = spawnSync(process.execPath, [...unboilArgs('--quiet', '--format', 'json', '--input', FORMATS[input].kind, '--jobs', values.jobs, ...(values.decision ? ['--decision', values.decision] : []), '--out-dir', raw), ...paths], { stdio: ['ignore', 'inherit', 'inherit'] });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) console.error(`eval: unboil exited with ${run.status} on ${basename(setDir)} ${input}`);
  // A dump with no words in it (some forum pages' full.txt and article.txt are empty) scores 0 whatever cleans it: counted, so that a reader can tell.
  const emptyInputs = input === 'html' ? null : paths.filter((p) => !/\w/u.test(readFileSync(p, 'utf8'))).length;
  const records = [];
  const common = commonFolder(paths);
  cases.forEach((c, i) => {
    // A gzipped input gives a gzipped output.
    const gzipped = paths[i].endsWith('.gz');
    const jsonPath = join(raw, paths[i].slice(common.length).replace(/(\.gz)?$/, '').replace(/\.\w+$/, gzipped ? '.json.gz' : '.json'));
    if (!existsSync(jsonPath)) return;
    const bytes = readFileSync(jsonPath);
    const result = JSON.parse((gzipped ? gunzipSync(bytes) : bytes).toString('utf8'));
    writeFileSync(join(pred, `${c}.txt`), result.text);
    records.push(JSON.stringify({ ...result, source: join(c, 'page.html') }));
    if (input !== 'html') writeFileSync(join(bare, `${c}.txt`), readFileSync(paths[i]));
  });
  const leak = LEAK_BASE[input] ?? 'full';
  const score = (dir) => JSON.parse(spawnSync(process.execPath, [scorer, '--pred', dir, '--cases', setDir, '--input', leak, '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout);
  const cleaned = score(pred);
  const byType = {};
  for (const row of cleaned.cases) if (row.pageType) (byType[row.pageType] ??= []).push(row.wordF1);
  let metadata = null;
  if (metaScorer) {
    const file = join(out, 'records.jsonl');
    writeFileSync(file, records.join('\n') + '\n');
    const line = spawnSync(process.execPath, [metaScorer, '--pred', file, '--cases', setDir], { encoding: 'utf8' }).stdout;
    metadata = Object.fromEntries([...line.matchAll(/(\w+) ([\d.]+) \(/g)].map(([, k, v]) => [k === 'publish_date' ? 'date' : k, Number(v)]));
  }
  if (values.verbose) for (const row of cleaned.cases) console.log(`  ${row.case.padEnd(40)} words F1 ${row.wordF1.toFixed(3)}  P ${row.precision.toFixed(3)}  R ${row.recall.toFixed(3)}`);
  return {
    seconds,
    emptyInputs,
    ...cleaned.summary,
    uncleaned: input === 'html' ? null : score(bare).summary,
    byType: Object.fromEntries(Object.entries(byType).sort().map(([t, xs]) => [t, { n: xs.length, wordF1: xs.reduce((a, b) => a + b, 0) / xs.length }])),
    metadata,
  };
}

function commonFolder(paths) {
  let prefix = dirname(paths[0] ?? '') + '/';
  for (const p of paths) while (!p.startsWith(prefix)) prefix = dirname(prefix.slice(0, -1)) + '/';
  return prefix;
}

function f3(x) {
  return x === null || x === undefined ? '  -  ' : x.toFixed(3);
}

function printRow(r) {
  const cols = `F1 ${f3(r.f1)} P ${f3(r.precision)} R ${f3(r.recall)} | words F1 ${f3(r.wordF1)} with ${f3(r.with)} without ${f3(r.without)} leak-free ${f3(r.leakFree)}`;
  const empty = r.emptyInputs ? `, ${r.emptyInputs} of them empty` : '';
  console.log(`unboil   ${r.input.padEnd(10)} ${cols}  (${r.n} pages${empty}, ${r.seconds.toFixed(1)} s)`);
  if (r.uncleaned) console.log(`  as is  ${r.input.padEnd(10)} F1 ${f3(r.uncleaned.f1)} P ${f3(r.uncleaned.precision)} R ${f3(r.uncleaned.recall)} | words F1 ${f3(r.uncleaned.wordF1)}`);
  if (Object.keys(r.byType).length > 1) console.log(`  by type: ${Object.entries(r.byType).map(([t, v]) => `${t} ${f3(v.wordF1)} (${v.n})`).join(', ')}`);
  if (r.metadata) console.log(`  metadata: title ${f3(r.metadata.title)} author ${f3(r.metadata.author)} date ${f3(r.metadata.date)}`);
}

function printReference(set) {
  for (const r of REFERENCE[set] ?? []) console.log(`ref  ${r.system.padEnd(20)} ${r.input.padEnd(5)} F1 ${f3(r.f1)} P ${f3(r.precision)} R ${f3(r.recall)} | words F1 ${f3(r.wordF1)} with ${f3(r.with)} without ${f3(r.without)}`);
  for (const r of REFERENCE_METADATA[set] ?? []) console.log(`ref  ${r.system.padEnd(20)} ${r.input.padEnd(5)} metadata: title ${f3(r.title)} author ${f3(r.author)} date ${f3(r.date)}`);
}
