#!/usr/bin/env node
// Throughput of the unboil command on a corpus, with its baselines measured in the same run:
//   - text dumps, HTML pages and JSON Lines records, each with --jobs 1 and --jobs 2;
//   - the same runs as an identity pass (read, split into blocks, join, write: no parsing,
//     no rules), so that the cost of cleaning shows as a ratio;
//   - start-up time on a small file next to a bare `node -e ''`, and the library's first
//     clean() in a node started without flags;
//   - peak memory of every run (from --stats);
//   - what two cores give: plain arithmetic on two threads, and two processes cleaning
//     text dumps at once, each against one alone (bench-ceiling.mjs);
//   - HTML mode's target, in-process on the HTML runs' pages: against trafilatura when
//     python3 has it, else against htmlparser2 parsing them (bench-html-baseline.mjs);
//   - HTML mode against Readability with jsdom, in-process, on the evaluation pages;
//   - one big text dump and one big HTML page at each of --big-mb's sizes, each alone in
//     a process: seconds and peak memory, and both per MB (bench-big.mjs).
//
//   npm run bench [-- --text-mb 100] [--html-pages 1000] [--sample-mb 10] [--full]
//                    [--pages DIR] [--corpus DIR] [--skip-readability] [--big-mb 5,20,50]
//
// The corpus (see bench-corpus.mjs) is made once in .bench-corpus/. Identity passes read
// all of it; cleaning passes read all the HTML pages and a --sample-mb slice of the text
// dumps and records (the slice holds every source page many times over), or everything
// with --full. Other programs running on the machine skew the numbers: the load average
// is printed before and after.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureCorpus, loadSources } from './bench-corpus.mjs';
import { cleaningCeiling, parallelCeiling } from './bench-ceiling.mjs';
import { benchBigDocuments } from './bench-big.mjs';
import { htmlTarget } from './bench-html-baseline.mjs';
import { unboilArgs } from './unboil-command.mjs';
import { helpIfAsked } from './usage.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
helpIfAsked(import.meta.url);
const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: resolve(root, '../shared/eval/dev') },
    corpus: { type: 'string', default: join(root, '.bench-corpus') },
    'text-mb': { type: 'string', default: '100' },
    'html-pages': { type: 'string', default: '1000' },
    'sample-mb': { type: 'string', default: '10' },
    full: { type: 'boolean', default: false },
    'skip-readability': { type: 'boolean', default: false },
    // Sizes of the big documents, in MB; 0 for none.
    'big-mb': { type: 'string', default: '5,20,50' },
  },
});
const cores = availableParallelism();
const jobsList = cores >= 2 ? [1, 2] : [1];
/** Text dumps cleaned by each process of the work's own ceiling (the default sample holds about 1,200). */
const CEILING_FILES = 1500;
const load = () => loadavg().map((n) => n.toFixed(2)).join(' ');

const sources = loadSources(root, resolve(values.pages));
const ceilingBefore = cores >= 2 ? await parallelCeiling() : 1;
console.log(`bench: ${cores} cores; load average ${load()}; two threads of plain arithmetic run ${ceilingBefore.toFixed(2)}x as fast as one`);
const started = Date.now();
const corpus = await ensureCorpus(resolve(values.corpus), sources, { textMb: Number(values['text-mb']), htmlPages: Number(values['html-pages']) });
const work = mkdtempSync(join(tmpdir(), 'unboil-bench-'));
const mb = (bytes) => (bytes / 1e6).toFixed(1);
console.log(`corpus: ${corpus.text.length} text dumps (${mb(corpus.textBytes)} MB), ${corpus.html.length} HTML pages (${mb(corpus.htmlBytes)} MB), ${corpus.records} JSON Lines records (${mb(corpus.jsonlBytes)} MB)`);
console.log(`  from ${sources.origin} (${sources.text.length} text dumps, ${sources.html.length} pages), in ${values.corpus}${Date.now() - started > 1000 ? `, made in ${((Date.now() - started) / 1000).toFixed(0)} s` : ''}`);

// The slices cleaning passes read, unless --full.
const sampleBytes = values.full ? Infinity : Number(values['sample-mb']) * 1e6;
const textSample = [];
for (let i = 0, bytes = 0; i < corpus.text.length && bytes < sampleBytes; i++) {
  textSample.push(corpus.text[i]);
  bytes += readFileSync(corpus.text[i]).length;
}
let jsonlSample = corpus.jsonl;
if (!values.full) {
  const lines = [];
  let bytes = 0;
  for (const line of readFileSync(corpus.jsonl, 'utf8').split('\n')) {
    if (!line || bytes >= sampleBytes) break;
    lines.push(line);
    bytes += Buffer.byteLength(line) + 1;
  }
  jsonlSample = join(work, 'sample.jsonl');
  writeFileSync(jsonlSample, lines.join('\n') + '\n');
}
if (!values.full) console.log(`  cleaning passes read ${textSample.length} of the text dumps and the matching records (${values['sample-mb']} MB; --full for all), and all the pages`);

/** One run of the command; its rates come from the wall clock, its counts and memory from --stats. */
function run(name, args, outputToFile) {
  const stats = join(work, 'stats.json');
  const out = join(work, 'out');
  rmSync(out, { recursive: true, force: true });
  const sink = openSync(outputToFile ? join(work, 'out.jsonl') : '/dev/null', 'w');
  const t0 = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [...unboilArgs(...args), '--quiet', '--stats', stats, ...(outputToFile ? [] : ['--out-dir', out])], { stdio: ['ignore', sink, 'pipe'], maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  closeSync(sink);
  if (child.status !== 0) throw new Error(`${name}: exit ${child.status}\n${child.stderr}`);
  const s = JSON.parse(readFileSync(stats, 'utf8'));
  return { name, docs: s.documents, bytes: s.bytesIn, seconds, docsPerSecond: s.documents / seconds, mbPerSecond: s.bytesIn / 1e6 / seconds, cpu: s.cpuSeconds, peakRss: s.peakRssBytes };
}

const kinds = [
  { kind: 'text', args: (full) => (full ? [`${values.corpus}/text/**/*.txt`] : textSample) },
  { kind: 'HTML', args: () => [`${values.corpus}/html/**/*.html`] },
  { kind: 'JSON Lines', args: (full) => ['--jsonl', full ? corpus.jsonl : jsonlSample], toFile: true },
];

const results = {};
console.log('\nthroughput (wall clock, start-up included; CPU s: processor time of every thread of the run)');
console.log(`  ${'input'.padEnd(11)} ${'pass'.padEnd(9)} jobs ${'docs'.padStart(7)} ${'MB'.padStart(7)} ${'seconds'.padStart(8)} ${'docs/s'.padStart(9)} ${'MB/s'.padStart(8)} ${'CPU s'.padStart(7)} ${'peak RSS'.padStart(9)}`);
for (const { kind, args, toFile } of kinds) {
  for (const pass of ['identity', 'clean']) {
    for (const jobs of jobsList) {
      const r = run(`${kind} ${pass} --jobs ${jobs}`, [...args(pass === 'identity' || values.full), '--jobs', String(jobs), ...(pass === 'identity' ? ['--identity'] : [])], toFile);
      results[`${kind}/${pass}/${jobs}`] = r;
      console.log(`  ${kind.padEnd(11)} ${pass.padEnd(9)} ${String(jobs).padStart(4)} ${String(r.docs).padStart(7)} ${mb(r.bytes).padStart(7)} ${r.seconds.toFixed(1).padStart(8)} ${r.docsPerSecond.toFixed(1).padStart(9)} ${r.mbPerSecond.toFixed(2).padStart(8)} ${r.cpu.toFixed(1).padStart(7)} ${(mb(r.peakRss) + ' MB').padStart(9)}`);
    }
  }
}

/** Median wall-clock milliseconds of a command, over several runs after one warm-up. */
function startup(args) {
  const times = [];
  for (let i = 0; i < 8; i++) {
    const t0 = process.hrtime.bigint();
    const child = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    if (child.status !== 0) throw new Error(`${args.join(' ')}: exit ${child.status}\n${child.stderr}`);
    if (i > 0) times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return times.sort((a, b) => a - b)[times.length >> 1];
}
const empty = join(work, 'empty.txt');
writeFileSync(empty, '');
const small = join(root, 'fixtures/seeds/moscow-times-nato-missile-defence.txt');
const bare = startup(['-e', '']);
const ready = startup(unboilArgs(empty));
const smallFile = startup(unboilArgs(small));
/**
 * The library as a program uses it: a new node, no flags, loads dist/index.js and cleans
 * the small file; medians of 7 after a warm-up, of the import and of the first clean().
 */
function libraryFirstClean() {
  const script = [
    `import { readFileSync } from 'node:fs';`,
    `const t0 = performance.now();`,
    `const { clean } = await import(${JSON.stringify(pathToFileURL(join(root, 'dist/index.js')).href)});`,
    `const t1 = performance.now();`,
    `clean(readFileSync(${JSON.stringify(small)}, 'utf8'));`,
    `console.log(JSON.stringify([t1 - t0, performance.now() - t1]));`,
  ].join('\n');
  const runs = [];
  for (let i = 0; i < 8; i++) {
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`library first clean: exit ${child.status}\n${child.stderr}`);
    if (i > 0) runs.push(JSON.parse(child.stdout));
  }
  const median = (k) => runs.map((r) => r[k]).sort((a, b) => a - b)[runs.length >> 1];
  return { load: median(0), first: median(1) };
}
const library = libraryFirstClean();
console.log('\nstart-up (median of 7)');
console.log(`  node -e ''                          ${bare.toFixed(0).padStart(5)} ms`);
console.log(`  unboil on an empty file             ${ready.toFixed(0).padStart(5)} ms  (${(ready / bare).toFixed(1)}x bare node: loading modules)`);
console.log(`  unboil on a small file (2.8 KB)     ${smallFile.toFixed(0).padStart(5)} ms  (${(smallFile / bare).toFixed(1)}x bare node: also the first document's cleaning)`);
console.log(`  library, no node flags: import      ${library.load.toFixed(0).padStart(5)} ms, then the first clean() of the small file ${library.first.toFixed(0)} ms  [target under 150 ms: ${library.first < 150 ? 'met' : 'NOT MET'}]`);

const peak = Math.max(...Object.values(results).map((r) => r.peakRss));
console.log(`\npeak memory: ${mb(peak)} MB at most over the runs above (npm run bench:memory streams a large JSON Lines input)`);

console.log('\nratios and targets');
const target = (ok) => (ok ? 'met' : 'NOT MET');
for (const { kind } of kinds) {
  const clean = results[`${kind}/clean/1`];
  const identity = results[`${kind}/identity/1`];
  const ratio = clean.mbPerSecond / identity.mbPerSecond;
  const cpuRatio = clean.bytes / clean.cpu / (identity.bytes / identity.cpu);
  console.log(`  ${kind.padEnd(11)} cleaning runs at ${(ratio * 100).toFixed(2)}% of the identity pass's MB/s (--jobs 1; ${(cpuRatio * 100).toFixed(2)}% per CPU second)${kind === 'text' ? `  [target 25%: ${target(ratio >= 0.25)}]` : ''}`);
}
// The corpus's pages come round again after the source pages: one round of them.
const htmlList = join(work, 'html-pages.txt');
writeFileSync(htmlList, corpus.html.slice(0, sources.html.length).join('\n'));
htmlTarget(htmlList);
if (jobsList.length > 1) {
  const ceiling = await parallelCeiling();
  console.log(`  this machine: two threads of plain arithmetic ran ${ceilingBefore.toFixed(2)}x as fast as one before the runs, ${ceiling.toFixed(2)}x after`);
  // The same for the work itself: what two runs that share nothing get from two cores.
  const ceilingList = join(work, 'ceiling-files.txt');
  // The dumps the text runs cleaned (at most a sample's worth with --full): a short run
  // would gain less, as while one process warms up its compiler threads have the second
  // core to themselves.
  const ceilingFiles = textSample.slice(0, CEILING_FILES);
  writeFileSync(ceilingList, ceilingFiles.join('\n'));
  const pair = await cleaningCeiling(ceilingList);
  console.log(`  this machine, this work: two processes each cleaning ${ceilingFiles.length === textSample.length ? 'the' : 'the first'} ${ceilingFiles.length} text dumps above in-process ran ${pair.ratio.toFixed(2)}x as fast as one alone (${pair.one.toFixed(1)} s alone, ${pair.two.toFixed(1)} s together): the ceiling for --jobs 2 on text`);
  for (const { kind } of kinds) {
    const [one, two] = [results[`${kind}/clean/1`], results[`${kind}/clean/2`]];
    const speedup = two.docsPerSecond / one.docsPerSecond;
    // Processor time per document, --jobs 2 over --jobs 1: what parallel running costs.
    // With two idle cores, --jobs 2 could run up to 2 / overhead as fast.
    const overhead = two.cpu / two.docs / (one.cpu / one.docs);
    console.log(`  ${kind.padEnd(11)} --jobs 2 cleans ${speedup.toFixed(2)}x as fast as --jobs 1${kind === 'HTML' ? '' : `  [target 1.6x: ${target(speedup >= 1.6)}]`}; CPU per document ${overhead.toFixed(2)}x, so up to ${(2 / overhead).toFixed(2)}x on two idle cores`);
  }
} else {
  console.log('  (one core: no --jobs 2 runs)');
}
console.log(`  start-up on a small file is ${(smallFile / bare).toFixed(1)}x bare node  [target at most 3x: ${target(smallFile / bare <= 3)}]; on an empty file ${(ready / bare).toFixed(1)}x`);

// Made of the --pages cases and of the WCXB articles beside them: 800 pages' worth.
const bigCases = [resolve(values.pages), resolve(values.pages, '../wcxb-articles')];
benchBigDocuments({ corpusDir: resolve(values.corpus), sizes: values['big-mb'].split(',').map(Number).filter((n) => n > 0), caseDirs: bigCases, work });

if (!values['skip-readability'] && sources.html.length > 1) {
  const { readabilityComparison } = await import('./bench-readability.mjs');
  await readabilityComparison(sources.html.slice(0, -1).map((p) => p.body));
}
rmSync(work, { recursive: true, force: true });
console.log(`\nload average ${load()}; ${((Date.now() - started) / 1000).toFixed(0)} s in all`);
