#!/usr/bin/env node
// Scores unboil on the evaluation cases: runs the built CLI with --no-title over every
// case's input, then the cases' own scorer (score.mjs) over the outputs.
//
//   npm run eval [-- --input article|full|html] [--cases DIR] [--verbose] [--keep DIR]
//
// The cases live outside this project (by default ../shared/eval/dev); nothing else
// in unboil reads them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { unboilArgs } from './unboil-command.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: resolve(root, '../shared/eval/dev') },
    input: { type: 'string', default: 'article' },
    verbose: { type: 'boolean', default: false },
    keep: { type: 'string' },
  },
});

const casesDir = resolve(values.cases);
const scorer = resolve(casesDir, '..', 'score.mjs');
if (!existsSync(casesDir) || !existsSync(scorer)) {
  console.error(`eval: no evaluation cases at ${casesDir} (with score.mjs beside it).`);
  console.error('eval: they are not part of this project; pass --cases DIR to point at a folder of cases.');
  process.exit(2);
}
const inputFile = { article: 'article.txt', full: 'full.txt', html: 'page.html.gz' }[values.input];
if (!inputFile) {
  console.error(`eval: --input must be article, full or html (got '${values.input}')`);
  process.exit(2);
}

const cases = readdirSync(casesDir).filter((c) => existsSync(join(casesDir, c, inputFile))).sort();
const work = values.keep ? resolve(values.keep) : mkdtempSync(join(tmpdir(), 'unboil-eval-'));
const raw = join(work, 'raw');
const pred = join(work, 'pred');
rmSync(raw, { recursive: true, force: true });
rmSync(pred, { recursive: true, force: true });
mkdirSync(pred, { recursive: true });

console.log(`eval: ${cases.length} cases from ${casesDir}, input ${inputFile}`);
const started = process.hrtime.bigint();
const run = spawnSync(process.execPath, [...unboilArgs('--no-title'), '--quiet', '--input', values.input === 'html' ? 'html' : 'text', '--out-dir', raw, ...cases.map((c) => join(casesDir, c, inputFile))], { stdio: ['ignore', 'inherit', 'inherit'] });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
if (run.status !== 0) console.error(`eval: unboil exited with ${run.status}`);
for (const c of cases) {
  const out = join(raw, c, inputFile.replace(/\.gz$/, '').replace(/\.\w+$/, '.txt'));
  if (existsSync(out)) renameSync(out, join(pred, `${c}.txt`));
}
console.log(`eval: cleaned in ${seconds.toFixed(2)} s (${(cases.length / seconds).toFixed(1)} pages/s, including start-up)`);

const score = spawnSync(process.execPath, [scorer, '--pred', pred, '--cases', casesDir, '--input', values.input === 'html' ? 'article' : values.input, ...(values.verbose ? [] : ['--quiet'])], { stdio: 'inherit' });
if (values.keep) console.log(`eval: outputs kept in ${pred}`);
else rmSync(work, { recursive: true, force: true });
process.exit(score.status ?? 1);
