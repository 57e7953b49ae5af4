/**
 * Nothing the user has is lost or half-written: in-place cleaning keeps a backup, an
 * output folder that cannot be written fails before any work, a full disk is reported,
 * and an interrupted run leaves neither partial outputs nor temporary files.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, spawnCli, unboilShellCommand, runProgram } from './helpers/cli.js';
import { SEEDS, fixtureFiles, fixtureRecords, writeJsonl } from './helpers/corpus.js';

const SEED = SEEDS[0]!;
const EXPECTED = readFileSync(join(ROOT, SEED.replace(/\.txt$/, '.expected.txt')), 'utf8');
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'unboil-safety-'));
});

/** Every file under `folder`, as paths relative to it. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(folder.length + 1))
    .sort();
}

/** Resolves once `check` holds, polling; the run under test goes on meanwhile. */
async function until(check: () => boolean, timeoutMs = 60_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('--in-place', () => {
  it('writes each output over its input and keeps FILE.bak', async () => {
    const input = join(dir, 'in-place.txt');
    const original = readFileSync(join(ROOT, SEED), 'utf8');
    writeFileSync(input, original);
    const run = await runCli([input, '--in-place']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(input, 'utf8')).toBe(EXPECTED);
    expect(readFileSync(`${input}.bak`, 'utf8')).toBe(original);
  });

  it('keeps no backup with --no-backup', async () => {
    const sub = join(dir, 'no-backup');
    mkdirSync(sub);
    const input = join(sub, 'page.txt');
    writeFileSync(input, readFileSync(join(ROOT, SEED)));
    expect((await runCli([input, '--in-place', '--no-backup', '--jobs', '2'])).status).toBe(0);
    expect(filesUnder(sub)).toEqual(['page.txt']);
    expect(readFileSync(input, 'utf8')).toBe(EXPECTED);
  });

  it('refuses stdin, which has no file to write back to', async () => {
    const run = await runCli(['--in-place'], { input: 'Some text.\n' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--in-place .*stdin/);
  });

  it('cleans a gzipped file in place, gzipped, with its backup', async () => {
    const input = join(dir, 'in-place.txt.gz');
    const original = gzipSync(readFileSync(join(ROOT, SEED)));
    writeFileSync(input, original);
    expect((await runCli([input, '--in-place', '--quiet'])).status).toBe(0);
    expect(gunzipSync(readFileSync(input)).toString('utf8')).toBe(EXPECTED);
    expect(readFileSync(`${input}.bak`)).toEqual(original);
  });

  it('cleans a JSON Lines file in place, with its backup', async () => {
    const input = writeJsonl(join(dir, 'records.jsonl'), fixtureRecords(4));
    const original = readFileSync(input, 'utf8');
    expect((await runCli([input, '--jsonl', '--in-place', '--quiet'])).status).toBe(0);
    expect(readFileSync(`${input}.bak`, 'utf8')).toBe(original);
    const cleaned = readFileSync(input, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(cleaned.map((r) => r.id)).toEqual([0, 1, 2, 3]);
    expect(cleaned[0].paragraphs.length).toBeGreaterThan(3);
  });
});

describe('outputs that cannot be written', () => {
  it('an --out-dir where a file stands fails at once, before any work, with exit 2', async () => {
    const blocker = join(dir, 'blocker');
    writeFileSync(blocker, 'not a folder');
    const run = await runCli([SEED, '--out-dir', join(blocker, 'out')]);
    expect(run).toMatchObject({ status: 2, signal: null });
    expect(run.stderr).toMatch(/^unboil: cannot write to --out-dir .*blocker\/out: a file stands where a folder is needed$/m);
    expect(run.stderr).not.toMatch(/cleaned/);
  });

  it('a full disk on stdout is reported with exit 1', async (context) => {
    if (!existsSync('/dev/full')) return context.skip('no /dev/full on this system');
    const run = await runProgram('sh', ['-c', `${unboilShellCommand()} '${SEED}' > /dev/full`], { cwd: ROOT });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('unboil: cannot write to stdout: no space left on device\n');
  });
});

describe('awkward inputs: unreadable files, stdin, line ends', () => {
  it('a broken symbolic link is named and the other inputs are cleaned', async () => {
    const link = join(dir, 'broken-link.txt');
    symlinkSync(join(dir, 'nowhere.txt'), link);
    const run = await runCli([link, SEED]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`unboil: ${link}: no such file (or a broken symbolic link)`);
    expect(run.stdout).toContain(EXPECTED.split('\n')[0]!);
  });

  it('a glob that matches a broken link names it and counts it failed; a folder it matches is passed over', async () => {
    const corpus = join(dir, 'globbed');
    mkdirSync(join(corpus, 'folder.txt'), { recursive: true });
    writeFileSync(join(corpus, 'good.txt'), readFileSync(join(ROOT, SEED)));
    symlinkSync(join(corpus, 'vanished.txt'), join(corpus, 'broken.txt'));
    const run = await runCli([join(corpus, '*.txt'), '--jobs', '1']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`unboil: ${join(corpus, 'broken.txt')}: no such file (or a broken symbolic link)`);
    expect(run.stderr).not.toContain('folder.txt');
    expect(run.stderr).toMatch(/cleaned 1 of 2 inputs, 1 failed/);
  });

  it('a file without read permission is named', async (context) => {
    // The superuser reads any file whatever its mode, so the case cannot be made as root.
    if (process.getuid?.() === 0) return context.skip('running as root, which ignores file permissions');
    const locked = join(dir, 'locked.txt');
    writeFileSync(locked, 'Secret text.\n');
    chmodSync(locked, 0o000);
    const run = await runCli([locked, SEED]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`unboil: ${locked}: permission denied`);
  });

  it('stdin on a terminal with no input given gets a hint, not a silent wait', async (context) => {
    // `script` gives the command a pseudo-terminal for stdin, as a person's shell would.
    if (spawnSync('script', ['--version']).error) return context.skip('`script` (util-linux) is not installed');
    const run = await runProgram('script', ['-qefc', unboilShellCommand(), '/dev/null'], { cwd: ROOT, timeout: 30_000, env: { ...process.env, NO_COLOR: '1' } });
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/unboil: no input: give files or globs, or pipe text on stdin/);
  });

  it('CRLF and CR-only line ends clean the same as LF', async () => {
    const lf = readFileSync(join(ROOT, SEED), 'utf8');
    for (const [name, end] of [['crlf', '\r\n'], ['cr', '\r']] as const) {
      const path = join(dir, `${name}.txt`);
      writeFileSync(path, lf.replace(/\n/g, end));
      expect((await runCli([path])).stdout).toBe(EXPECTED);
      expect((await runCli([], { input: lf.replace(/\n/g, end) })).stdout).toBe(EXPECTED);
    }
  });

  it('a closed stdin is an empty document, not a hang or a crash, and says it had no text', async () => {
    const run = await runProgram('sh', ['-c', `${unboilShellCommand()} <&-`], { cwd: ROOT, timeout: 30_000 });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('unboil: (stdin): warning: no article found: the input has no text\n');
  });
});

describe('an interrupted run', { timeout: 120_000 }, () => {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`on ${signal} leaves only whole outputs and no temporary files (exit ${code})`, async () => {
      const input = join(dir, `corpus-${signal}`);
      const out = join(dir, `out-${signal}`);
      const files = fixtureFiles(input, 400);
      const child = spawnCli([...files, '--out-dir', out, '--jobs', '2', '--no-learn']);
      // 'close', not 'exit': the process may exit before all it wrote to stderr has been read.
      const exited = new Promise<number | null>((done) => child.on('close', (status) => done(status)));
      child.stdout.resume();
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      await until(() => existsSync(out) && filesUnder(out).filter((f) => !f.endsWith('.tmp')).length >= 3);
      child.kill(signal);
      expect(await exited).toBe(code);
      expect(stderr).toMatch(new RegExp(`interrupted \\(${signal}\\)`));
      // Documents cut off by stopping the threads are not reported one by one as failures.
      expect(stderr).not.toContain('cleaning stopped');

      const written = filesUnder(out);
      expect(written.filter((f) => f.includes('.tmp'))).toEqual([]);
      expect(written.length).toBeGreaterThan(0);
      expect(written.length).toBeLessThan(files.length); // it really was stopped midway
      // Each output that exists is whole: the same as cleaning its input alone.
      const inputOf = (output: string) => files.find((f) => f.replace(/\.\w+$/, '') === join(input, output).replace(/\.\w+$/, ''))!;
      for (const name of written.slice(0, 8)) {
        const alone = await runCli([inputOf(name), '--no-learn']);
        expect(alone).toMatchObject({ status: 0, signal: null });
        expect(readFileSync(join(out, name), 'utf8')).toBe(alone.stdout);
      }
    });
  }

  it('streaming JSON Lines to --out-dir leaves no partial file when killed', async () => {
    const out = join(dir, 'out-jsonl');
    const records = fixtureRecords(3000);
    const input = writeJsonl(join(dir, 'big.jsonl'), records);
    const child = spawnCli([input, '--jsonl', '--out-dir', out, '--jobs', '2']);
    const exited = new Promise<number | null>((done) => child.on('close', (status) => done(status)));
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // Wait until the temporary output has grown, then stop the run.
    await until(() => existsSync(out) && readdirSync(out).some((f) => f.endsWith('.tmp')));
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(readdirSync(out)).toEqual([]);
    expect(stderr).toMatch(/interrupted \(SIGTERM\)/);
    // The batches cut off by stopping the threads are not reported as failed records.
    expect(stderr).not.toContain('cleaning stopped');
  });
});
