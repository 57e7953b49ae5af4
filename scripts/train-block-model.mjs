#!/usr/bin/env node
// Trains the block model (src/learn/block-model/) on the evaluation sets and measures it
// honestly: features and gold labels for every block of every case in every input format,
// a gradient-boosted tree ensemble fitted by python3-xgboost (Debian's package), one model
// per fold of sites to score each case with a model that never saw its site, and the
// final model, fitted on everything, written to models/block-model.json.
//
//   npm run train [-- --root DIR] [--set dev,...] [--input html,...] [--reuse] [--no-cv] [--cv-only]
//
// --reuse keeps the features already made (in .train-cache/block-model/data) when the code
// that makes them has not changed; --cv-only scores the fold models already fitted again
// (after a change to how a decision is applied). The same data gives the same model, byte
// for byte. The cross-validated figures go to .train-cache/block-model/cv-report.json.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { FOLDS, INPUTS, SETS, casesOf } from './train/cases.mjs';
import { makeInputs, missingTool } from './eval/formats.mjs';
import { helpIfAsked } from './usage.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
helpIfAsked(import.meta.url);
const { values } = parseArgs({
  options: {
    root: { type: 'string', default: resolve(root, '../shared/eval') },
    set: { type: 'string', default: SETS.join(',') },
    input: { type: 'string', default: INPUTS.join(',') },
    reuse: { type: 'boolean', default: false },
    'no-cv': { type: 'boolean', default: false },
    'cv-only': { type: 'boolean', default: false },
    out: { type: 'string', default: join(root, 'models', 'block-model.json') },
  },
});
const sets = values.set.split(',');
const inputs = values.input.split(',');
const work = join(root, '.train-cache', 'block-model');
const PYTHON = '/usr/bin/python3';

for (const set of sets) {
  if (!existsSync(join(values.root, set))) {
    console.error(`train: no evaluation set at ${join(values.root, set)}: the block model is trained on ../shared/eval (dev, wcxb-articles, wcxb-other), which is not here.`);
    console.error('train: nothing was trained; models/block-model.json is unchanged. Pass --root DIR for a folder of sets.');
    process.exit(2);
  }
}
if (spawnSync(PYTHON, ['-c', 'import numpy, xgboost'], { stdio: 'ignore' }).status !== 0) {
  console.error(`train: ${PYTHON} cannot import numpy and xgboost: install Debian's packages (apt-get install -y python3-xgboost).`);
  process.exit(2);
}

const started = Date.now();
const bundle = await bundleTraining();
const folds = join(work, 'folds');
if (values['cv-only']) {
  await crossValidate(bundle, { dir: join(work, 'data'), parts: sets.flatMap((s) => inputs.map((i) => `${s}.${i}`)) }, folds);
  process.exit(0);
}
const data = await makeDatasets(bundle);
console.log(`train: fitting ${values['no-cv'] ? '' : `${FOLDS} fold models and `}the final model`);
const fit = spawnSync(PYTHON, [join(root, 'scripts/train/block_model.py'), '--data', data.dir, '--parts', data.parts.join(','), '--out', values.out, '--folds', values['no-cv'] ? '0' : String(FOLDS), '--fold-dir', folds], { stdio: 'inherit' });
if (fit.status !== 0) process.exit(fit.status ?? 1);
if (!values['no-cv']) await crossValidate(bundle, data, folds);
console.log(`train: done in ${((Date.now() - started) / 1000).toFixed(0)} s; model in ${values.out}`);

/** The entry the scripts load, bundled from the sources (it does not need tsc's dist/). */
async function bundleTraining() {
  const outfile = join(work, 'training.mjs');
  mkdirSync(work, { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: ['src/learn/block-model/training.ts'],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    banner: { js: "import { createRequire as __unboilCreateRequire } from 'node:module'; const require = __unboilCreateRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  return outfile;
}

/** Features for every set and input, two at a time; kept with --reuse while the bundle that made them is the same. */
async function makeDatasets(bundle) {
  const dir = join(work, 'data');
  const stamp = createHash('sha256').update(readFileSync(bundle)).digest('hex');
  const jobs = [];
  const parts = [];
  for (const set of sets) {
    const setDir = join(values.root, set);
    const names = casesOf(setDir).map((c) => c.name);
    for (const input of inputs) {
      const missing = missingTool(input);
      if (missing) {
        console.log(`train: ${set} ${input}: left out, ${missing}`);
        continue;
      }
      const cache = join(root, '.eval-cache', set);
      await makeInputs(setDir, names, input, cache);
      const out = join(dir, `${set}.${input}`);
      parts.push(`${set}.${input}`);
      const stampFile = join(out, 'stamp');
      if (values.reuse && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) continue;
      rmSync(out, { recursive: true, force: true });
      jobs.push({ label: `${set} ${input}`, args: [join(root, 'scripts/train/block-dataset.mjs'), bundle, setDir, input, cache, out], after: () => writeFileSync(stampFile, stamp) });
    }
  }
  if (jobs.length) console.log(`train: features of ${jobs.length} set and input pairs`);
  await runAll(jobs);
  return { dir, parts };
}

/** Each case cleaned with the model of its fold, scored with the sets' scorer beside today's pipeline. */
async function crossValidate(bundle, data, folds) {
  const jobs = data.parts.map((part) => {
    const [set, input] = part.split('.');
    return { label: `${set} ${input} (cross-validated)`, args: [join(root, 'scripts/train/block-cv.mjs'), bundle, join(values.root, set), input, join(root, '.eval-cache', set), join(data.dir, part), folds] };
  });
  await runAll(jobs);
  const rows = data.parts.map((part) => {
    const [set, input] = part.split('.');
    const score = (pred) => JSON.parse(spawnSync(process.execPath, [join(values.root, 'score.mjs'), '--pred', pred, '--cases', join(values.root, set), '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout);
    const rules = score(join(data.dir, part, 'baseline'));
    const model = score(join(data.dir, part, 'model'));
    const byType = (s) => {
      const out = {};
      for (const r of s.cases) if (r.pageType) (out[r.pageType] ??= []).push(r.wordF1);
      return Object.fromEntries(Object.entries(out).sort().map(([t, xs]) => [t, { n: xs.length, wordF1: xs.reduce((a, b) => a + b, 0) / xs.length }]));
    };
    return { set, input, n: rules.summary.n, rules: { ...rules.summary, byType: byType(rules) }, model: { ...model.summary, byType: byType(model) } };
  });
  writeFileSync(join(work, 'cv-report.json'), JSON.stringify(rows, null, 2) + '\n');
  console.log('\nwords F1 (cross-validated by site, 5 folds): model vs rules   [shingle F1 model vs rules]');
  for (const r of rows) {
    const d = r.model.wordF1 - r.rules.wordF1;
    console.log(`${r.set.padEnd(14)} ${r.input.padEnd(10)} ${r.model.wordF1.toFixed(3)} vs ${r.rules.wordF1.toFixed(3)} (${d >= 0 ? '+' : ''}${d.toFixed(3)})   [${r.model.f1.toFixed(3)} vs ${r.rules.f1.toFixed(3)}]  n=${r.n}`);
    if (Object.keys(r.model.byType).length > 1) {
      console.log(`  by type: ${Object.entries(r.model.byType).map(([t, v]) => `${t} ${v.wordF1.toFixed(3)} vs ${r.rules.byType[t].wordF1.toFixed(3)} (${v.n})`).join(', ')}`);
    }
  }
}

/** Runs node scripts two at a time (the machine has two cores), failing loudly. */
async function runAll(jobs) {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      const t = Date.now();
      const status = await new Promise((done) => spawn(process.execPath, job.args, { stdio: ['ignore', 'inherit', 'inherit'] }).on('close', done));
      if (status !== 0) throw new Error(`train: ${job.label} failed (exit ${status})`);
      job.after?.();
      console.log(`train: ${job.label} in ${((Date.now() - t) / 1000).toFixed(0)} s`);
    }
  };
  await Promise.all([worker(), worker()]);
}
