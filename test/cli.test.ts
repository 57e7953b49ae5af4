/** The command line as a user meets it: inputs, outputs, errors and exit codes. */
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { gunzipSync, gzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import { ROOT, runCli, unboilShellCommand, runProgram } from './helpers/cli.js';

const SEED = 'fixtures/seeds/moscow-times-nato-missile-defence.txt';
const OTHER_SEED = 'fixtures/seeds/independent-nato-overture-to-russia.txt';
let dir: string;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'unboil-cli-'));
});

describe('inputs and outputs', () => {
  it('--no-title leaves the title line out', async () => {
    const withTitle = (await runCli([SEED])).stdout;
    const without = (await runCli(['--no-title', SEED])).stdout;
    expect(withTitle.startsWith('NATO Sees Bigger Role In New Missile System\n\n')).toBe(true);
    expect(without).toBe(withTitle.slice('NATO Sees Bigger Role In New Missile System\n\n'.length));
  });

  it('expands quoted globs, leaves out --exclude matches and heads each document when several go to stdout', async () => {
    const run = await runCli(['fixtures/seeds/*.txt', '--exclude', '*.expected.txt']);
    expect(run.stdout).not.toContain('.expected.txt');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`==> ${OTHER_SEED} <==`);
    expect(run.stdout).toContain(`==> ${SEED} <==`);
  });

  it('refuses --format json for several documents but gives JSON Lines', async () => {
    const json = await runCli(['--format', 'json', SEED, OTHER_SEED]);
    expect(json.status).toBe(2);
    expect(json.stderr).toMatch(/jsonl/);
    const jsonl = await runCli(['--format', 'jsonl', SEED, OTHER_SEED]);
    expect(jsonl.status).toBe(0);
    const lines = jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.source)).toEqual([SEED, OTHER_SEED]);
    expect(lines[0].title).toBe('NATO Sees Bigger Role In New Missile System');
  });

  it('--out-dir mirrors input paths relative to their common folder', async () => {
    mkdirSync(join(dir, 'in/a'), { recursive: true });
    mkdirSync(join(dir, 'in/b'), { recursive: true });
    writeFileSync(join(dir, 'in/a/one.txt'), readFileSync(join(ROOT, SEED)));
    writeFileSync(join(dir, 'in/b/two.text'), readFileSync(join(ROOT, OTHER_SEED)));
    const run = await runCli([join(dir, 'in/**/*'), '--out-dir', join(dir, 'out')]);
    expect(run.status).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['a', 'b']);
    expect(readFileSync(join(dir, 'out/a/one.txt'), 'utf8')).toBe(readFileSync(join(ROOT, 'fixtures/seeds/moscow-times-nato-missile-defence.expected.txt'), 'utf8'));
    expect(existsSync(join(dir, 'out/b/two.txt'))).toBe(true);
    expect(run.stderr).toMatch(/cleaned 2 of 2 inputs/);
  });

  it('--out-dir writes a gzipped input gzipped, with the .gz kept, and a plain one plain', async () => {
    const seed = readFileSync(join(ROOT, SEED));
    const page = readFileSync(join(ROOT, 'fixtures/html/council-budget.html'));
    writeFileSync(join(dir, 'one.txt.gz'), gzipSync(seed));
    writeFileSync(join(dir, 'two.html.gz'), gzipSync(page));
    writeFileSync(join(dir, 'three.txt'), seed);
    const out = join(dir, 'out');
    const run = await runCli([join(dir, '*'), '--out-dir', out]);
    expect(run.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['one.txt.gz', 'three.txt', 'two.txt.gz']);
    const expected = readFileSync(join(ROOT, 'fixtures/seeds/moscow-times-nato-missile-defence.expected.txt'), 'utf8');
    expect(readFileSync(join(out, 'three.txt'), 'utf8')).toBe(expected);
    expect(gunzipSync(readFileSync(join(out, 'one.txt.gz'))).toString('utf8')).toBe(expected);
    expect(gunzipSync(readFileSync(join(out, 'two.txt.gz'))).toString('utf8')).toBe(readFileSync(join(ROOT, 'fixtures/html/council-budget.expected.txt'), 'utf8'));
  });

  it('never overwrites an input unless asked', async () => {
    const input = join(dir, 'page.txt');
    const original = readFileSync(join(ROOT, SEED), 'utf8');
    writeFileSync(input, original);
    const run = await runCli([input, '--out-dir', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/would overwrite an input/);
    expect(readFileSync(input, 'utf8')).toBe(original);
    expect((await runCli([input, '--out-dir', dir, '--in-place'])).status).toBe(0);
    expect(readFileSync(input, 'utf8')).not.toBe(original);
    expect(readFileSync(`${input}.bak`, 'utf8')).toBe(original);
  });

  it('--explain marks each removal with its rule, without colour when piped', async () => {
    const run = await runCli(['--explain', SEED]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('✗ Sign up for our free weekly newsletter  [newsletter]');
    expect(run.stdout).not.toMatch(/\u001b\[/);
    expect((await runCli(['--explain', '--color', SEED])).stdout).toMatch(/\u001b\[9m/);
  });

  it('--explain with --format json or jsonl gives the explanation as JSON', async () => {
    const run = await runCli(['--explain', '--format', 'json', SEED]);
    expect(run.status).toBe(0);
    const explained = JSON.parse(run.stdout);
    expect(explained).toMatchObject(JSON.parse((await runCli(['--format', 'json', SEED])).stdout));
    expect(explained.blocks.find((b: { text: string }) => b.text === 'Sign up for our free weekly newsletter')).toMatchObject({ status: 'removed', removed: [{ rule: 'newsletter' }] });
    const lines = (await runCli(['--explain', '--format', 'jsonl', SEED, OTHER_SEED])).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.source)).toEqual([SEED, OTHER_SEED]);
    expect(lines[0].blocks).toEqual(explained.blocks);
    // Several pretty objects on stdout would not be one JSON document.
    expect((await runCli(['--explain', '--format', 'json', SEED, OTHER_SEED])).status).toBe(2);
  });

  it('--disable switches a rule off and an unknown rule is a usage error', async () => {
    const run = await runCli(['--disable', 'newsletter', '--explain', SEED]);
    expect(run.stdout).not.toContain('[newsletter]');
    const bad = await runCli(['--disable', 'no-such-rule', SEED]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("unknown rule 'no-such-rule'");
  });

  it('--version prints the package version and exits 0', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    for (const flag of ['--version', '-V']) {
      const run = await runCli([flag]);
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(`${version}\n`);
    }
  });

  it('--help shows defaults as a user writes them, and none for a flag that is off or a list that is empty', async () => {
    for (const args of [['--help'], ['check', '--help'], ['diff', '--help']]) {
      const run = await runCli(args);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/--max-size <size>\s+refuse inputs larger than this\s+\(default:\s+64MB\)/);
      expect(run.stdout).not.toMatch(/default:\s+(false|\[\]|\d{5,})/);
    }
  });

  it('lists the rule modules', async () => {
    const run = await runCli(['rules']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^newsletter\s+newsletter\s+on\s+E-mail newsletter/m);
  });
});

describe('errors', () => {
  it('names a missing file, goes on with the others and exits 1', async () => {
    const run = await runCli(['missing.txt', SEED]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('unboil: missing.txt: no such file');
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(run.stdout).toContain('NATO Sees Bigger Role');
  });

  it('names a directory and a binary file', async () => {
    const binary = join(dir, 'image.png');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const zip = join(dir, 'archive.zip');
    writeFileSync(zip, Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x00\x00\x08\x00', 'latin1'), Buffer.alloc(20)]));
    const run = await runCli([dir, binary, zip, SEED]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${dir}: is a directory`);
    expect(run.stderr).toContain(`${binary}: binary data`);
    expect(run.stderr).toContain(`${zip}: binary data`);
    expect(run.stderr).toMatch(/cleaned 1 of 4 inputs, 3 failed/);
  });

  it('cleans text with a few stray NUL bytes, and names the file and the count', async () => {
    const seed = readFileSync(join(ROOT, SEED), 'utf8');
    const nuls = join(dir, 'nuls.txt');
    writeFileSync(nuls, seed.slice(0, 3000) + '\0'.repeat(22) + seed.slice(3000));
    const run = await runCli([nuls]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(`unboil: ${nuls}: warning: 22 stray control bytes dropped\n`);
    expect(run.stdout).toBe((await runCli([SEED])).stdout);
  });

  it('refuses a file over --max-size with its size', async () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'word '.repeat(1000));
    const run = await runCli(['--max-size', '1KB', big]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/too large \(4\.9 KB; the limit is 1\.0 KB/);
  });

  it('decodes UTF-16 with a BOM and warns about invalid UTF-8', async () => {
    const utf16 = join(dir, 'utf16.txt');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(join(ROOT, SEED), 'utf8'), 'utf16le')]));
    expect((await runCli([utf16])).stdout).toBe((await runCli([SEED])).stdout);
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' au lait is a drink that many people enjoy every morning.')]));
    const run = await runCli([bad]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/warning: invalid UTF-8: 1 byte sequence replaced/);
  });

  it('an empty file gives an empty result, not an error', async () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const run = await runCli([empty]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
  });

  it('a glob that matches nothing and a bad option are usage errors', async () => {
    const glob = await runCli(['nothing-here/*.txt']);
    expect(glob.status).toBe(2);
    expect(glob.stderr).toContain("no files match 'nothing-here/*.txt'");
    const option = await runCli(['--format', 'xml', SEED]);
    expect(option.status).toBe(2);
    expect(option.stderr).toMatch(/--format/);
  });

  it('exits quietly when the reader closes the pipe', async () => {
    const big = join(dir, 'big.txt');
    const paragraph = 'The council voted on Tuesday to approve the new budget, which includes funding for schools and roads. ';
    // Numbered, so that no paragraph repeats another (repeats are boilerplate).
    writeFileSync(big, Array.from({ length: 20000 }, (_, i) => `${i}: ${paragraph.repeat(3)}`).join('\n\n'));
    const result = await runProgram('bash', ['-c', `${unboilShellCommand()} "${big}" | head -1`], {});
    expect(result.status).toBe(0);
    expect(result.stdout.trim().length).toBeGreaterThan(0);
    expect(result.stderr).toBe('');
  });
});
