/**
 * unboil as one stage of a sharded job: GNU parallel cleans shards of a JSON Lines input
 * in separate processes, and together they give what one process gives.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, unboilShellCommand, runProgram } from './helpers/cli.js';
import { fixtureRecords, writeJsonl } from './helpers/corpus.js';

const hasParallel = !spawnSync('parallel', ['--version']).error;
const UNBOIL = unboilShellCommand();

let dir: string;
let input: string;
let single: string;

async function sh(command: string, stdin?: Buffer) {
  const run = await runProgram('bash', ['-c', command], { cwd: ROOT, input: stdin });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
}

const sortedLines = (text: string) => text.split('\n').filter(Boolean).sort();

// Without GNU parallel (Debian package "parallel", which .ci/run installs) these tests are reported as skipped.
describe.skipIf(!hasParallel)('under GNU parallel', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'unboil-parallel-'));
    const records = fixtureRecords(40);
    input = writeJsonl(join(dir, 'all.jsonl'), records);
    mkdirSync(join(dir, 'shards'));
    for (let shard = 0; shard < 4; shard++) writeJsonl(join(dir, 'shards', `part-${shard}.jsonl`), records.filter((_, i) => i % 4 === shard));
    single = (await runCli(['--jsonl', '--jobs', '1', '--quiet', input])).stdout;
  });

  it('sharded files, one process each: the union of the outputs is the single-process output', async () => {
    mkdirSync(join(dir, 'out'));
    await sh(`parallel --will-cite -j 2 ${UNBOIL} --jsonl --jobs 1 --quiet {} '>' '${dir}/out/{/}' ::: '${dir}'/shards/*.jsonl`);
    const outputs = readdirSync(join(dir, 'out')).map((f) => readFileSync(join(dir, 'out', f), 'utf8'));
    expect(outputs).toHaveLength(4);
    expect(sortedLines(outputs.join(''))).toEqual(sortedLines(single));
  });

  it('parallel --pipe over stdin, in blocks of records, keeps the order with --keep-order', async () => {
    const piped = await sh(`parallel --will-cite --pipe -N 7 -j 2 --keep-order ${UNBOIL} --jsonl --jobs 1 --quiet < '${input}'`);
    expect(piped).toBe(single);
  });
});
