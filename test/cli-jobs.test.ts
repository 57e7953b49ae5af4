/** --jobs: many threads give the same output as one, in the same order. */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { fixtureFiles } from './helpers/corpus.js';

let dir: string;
let files: string[];

/** Lines naming an input (errors, warnings), without the summary's timings. */
const namedLines = (stderr: string) => stderr.split('\n').filter((l) => /^unboil: (?!cleaned)/.test(l));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'unboil-jobs-'));
  files = fixtureFiles(join(dir, 'in'), 9);
  // A warning and a failure in the middle: they must be reported in input order too.
  writeFileSync(join(dir, 'in', 'doc-004.txt'), Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' au lait is a drink that many people enjoy every morning.')]));
  files.splice(6, 0, join(dir, 'in', 'missing.txt'));
});

describe('--jobs', { timeout: 60_000 }, () => {
  it('gives text output byte for byte the same as --jobs 1, headed in input order', async () => {
    const one = await runCli(['--jobs', '1', ...files]);
    const two = await runCli(['--jobs', '2', ...files]);
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.match(/^==> .* <==$/gm)).toEqual(files.filter((f) => !f.endsWith('missing.txt')).map((f) => `==> ${f} <==`));
    expect(namedLines(two.stderr)).toEqual(namedLines(one.stderr));
    expect(namedLines(one.stderr)).toEqual([`unboil: ${files[4]}: warning: invalid UTF-8: 1 byte sequence replaced with U+FFFD`, `unboil: ${files[6]}: no such file (or a broken symbolic link)`]);
  });

  it('gives the same JSON Lines and the same --out-dir files', async () => {
    const present = files.filter((f) => !f.endsWith('missing.txt'));
    const one = await runCli(['-j', '1', '--format', 'jsonl', ...present]);
    const two = await runCli(['-j', '2', '--format', 'jsonl', ...present]);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout.trim().split('\n').map((l) => JSON.parse(l).source)).toEqual(present);

    expect((await runCli(['-j', '1', ...present, '--out-dir', join(dir, 'out1')])).status).toBe(0);
    expect((await runCli(['-j', '2', ...present, '--out-dir', join(dir, 'out2')])).status).toBe(0);
    const names = readdirSync(join(dir, 'out1')).sort();
    expect(names).toHaveLength(present.length);
    expect(readdirSync(join(dir, 'out2')).sort()).toEqual(names);
    for (const name of names) expect(readFileSync(join(dir, 'out2', name), 'utf8'), name).toBe(readFileSync(join(dir, 'out1', name), 'utf8'));
  });

  it('runs a small run on one thread unless --jobs asks for more, and says how many in the summary', async () => {
    const present = files.filter((f) => !f.endsWith('missing.txt'));
    const jobsOf = async (args: string[]) => {
      const stats = join(dir, `stats-${args.join('')}.json`);
      expect((await runCli([...args, '--stats', stats, ...present])).status).toBe(0);
      return JSON.parse(readFileSync(stats, 'utf8')).jobs;
    };
    expect(await jobsOf([])).toBe(1); // a few small files do not pay for starting threads
    expect(await jobsOf(['--jobs', '2'])).toBe(2);
  });

  it('refuses a number of jobs that is not a whole number of 1 or more', async () => {
    for (const bad of ['0', '-2', '1.5', 'many']) {
      const run = await runCli(['--jobs', bad, files[0]!]);
      expect(run.status, bad).toBe(2);
      expect(run.stderr).toContain('--jobs');
    }
  });
});
