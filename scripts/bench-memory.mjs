#!/usr/bin/env node
// Peak memory of unboil cleaning a large JSON Lines stream on stdin: records are made on
// the fly (nothing is stored) from the evaluation pages or the fixtures, and written to
// `unboil --jsonl` as fast as it reads them. Memory must stay flat however long the
// stream: the target is under 300 MB of peak resident memory for 2 GB.
//
//   npm run bench:memory [-- --mb 500] [--kind html|text] [--jobs N] [--identity] [--pages DIR]
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadSources } from './bench-corpus.mjs';
import { NODE_FLAGS, unboilArgs } from './unboil-command.mjs';
import { helpIfAsked } from './usage.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
helpIfAsked(import.meta.url);
const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '500' },
    kind: { type: 'string', default: 'html' },
    jobs: { type: 'string', default: String(availableParallelism()) },
    identity: { type: 'boolean', default: false },
    pages: { type: 'string', default: resolve(root, '../shared/eval/dev') },
  },
});
const target = Number(values.mb) * 1e6;
/** The input size the memory target is set for. */
const TARGET_INPUT = 2000e6;
const sources = loadSources(root, resolve(values.pages));
const bodies = values.kind === 'text' ? sources.text : sources.html;
const field = values.kind === 'text' ? 'text' : 'html';
const work = mkdtempSync(join(tmpdir(), 'unboil-memory-'));
const stats = join(work, 'stats.json');

const args = [...unboilArgs('--jsonl'), '--quiet', '--jobs', values.jobs, '--stats', stats, ...(values.identity ? ['--identity'] : [])];
console.log(`bench:memory: ${values.mb} MB of ${values.kind} records (from ${sources.origin}) into unboil ${args.slice(NODE_FLAGS.length + 1).join(' ')}`);
const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'] });
let outBytes = 0;
let outLines = 0;
child.stdout.on('data', (chunk) => {
  outBytes += chunk.length;
  for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) outLines++;
});
const exited = once(child, 'close');

const t0 = process.hrtime.bigint();
let written = 0;
let records = 0;
let nextReport = 100e6;
while (written < target) {
  const source = bodies[records % bodies.length];
  const line = JSON.stringify({ id: records, url: `https://example.org/${source.name}/${records}`, [field]: source.body }) + '\n';
  written += Buffer.byteLength(line);
  records++;
  if (!child.stdin.write(line)) await once(child.stdin, 'drain');
  if (written >= nextReport) {
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    process.stderr.write(`  ${(written / 1e6).toFixed(0)} MB written in ${seconds.toFixed(0)} s\n`);
    nextReport += 100e6;
  }
}
child.stdin.end();
const [code] = await exited;
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
if (code !== 0) {
  console.error(`unboil exited with ${code}`);
  process.exit(1);
}
const s = JSON.parse(readFileSync(stats, 'utf8'));
rmSync(work, { recursive: true, force: true });
console.log(`  ${records} records, ${(written / 1e6).toFixed(0)} MB in, ${(outBytes / 1e6).toFixed(0)} MB out (${outLines} lines), ${seconds.toFixed(0)} s, ${(written / 1e6 / seconds).toFixed(2)} MB/s`);
// The target is for 2 GB of input; a smaller run shows whether memory stays flat, no more.
const met = s.peakRssBytes < 300e6;
const verdict = !met ? 'NOT MET' : written < TARGET_INPUT ? `met on ${(written / 1e6).toFixed(0)} MB only (--mb 2000 for 2 GB)` : 'met';
console.log(`  peak resident memory: ${(s.peakRssBytes / 1e6).toFixed(0)} MB on ${(written / 1e6).toFixed(0)} MB of ${values.kind} records  [target under 300 MB on 2 GB of JSON Lines: ${verdict}]`);
