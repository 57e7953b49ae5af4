/** `unboil diff`: a unified diff of the input against the output. */
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { formatDiff } from '../../src/format/diff.js';
import { runDiff, type DiffCommandOptions } from '../../src/cli/diff-command.js';
import { builtInRules } from '../../src/rules/index.js';
import { ROOT, runCli } from '../helpers/cli.js';

const plain = new Chalk({ level: 0 });
const SEED = `${ROOT}fixtures/seeds/moscow-times-nato-missile-defence.txt`;
const CLEAN = `${ROOT}fixtures/seeds/moscow-times-nato-missile-defence.expected.txt`;

async function diff(inputs: string[], options: Partial<DiffCommandOptions> = {}) {
  let out = '';
  let err = '';
  const status = await runDiff(inputs, {
    context: 3,
    title: true,
    quiet: false,
    exclude: [],
    input: 'auto',
    maxSize: 1e7,
    clean: { rules: builtInRules },
    chalk: plain,
    write: (t) => void (out += t),
    warn: (t) => void (err += t),
    ...options,
  });
  return { status, out, err };
}

// The first clean loads language data; slow on a busy machine.
describe('diff', { timeout: 30_000 }, () => {
  it('shows removed lines with "-", kept ones as context, under headers naming the file, and exits 1', async () => {
    const run = await diff([SEED]);
    expect(run.status).toBe(1);
    const lines = run.out.split('\n');
    expect(lines[0]).toBe(`--- ${SEED}`);
    expect(lines[1]).toBe(`+++ ${SEED} (cleaned)`);
    expect(lines[2]).toMatch(/^@@ -1,\d+ \+1,\d+ @@$/);
    expect(lines).toContain('-Support The Moscow Times!');
    expect(lines).toContain('-Sign up for our free weekly newsletter');
    expect(lines).toContain(' NATO Sees Bigger Role In New Missile System');
    // Nothing of the article is shown as removed.
    expect(lines.filter((l) => l.startsWith('-') && l.includes('Rasmussen'))).toEqual([]);
  });

  it('--context sets the unchanged lines around a change, --no-title drops the title', async () => {
    const tight = await diff([SEED], { context: 0 });
    expect(tight.out).not.toContain(' NATO Sees Bigger Role');
    expect(tight.out.split('\n').filter((l) => l.startsWith('@@')).length).toBeGreaterThan(1);
    const untitled = await diff([SEED], { title: false });
    expect(untitled.out).toContain('-NATO Sees Bigger Role In New Missile System');
  });

  it('colours removals red and additions green only when colour is on', async () => {
    const coloured = formatDiff('a.txt', 'Title\n\nMenu\n\nBody line one\nline two\n', 'Title\n\nBody line one line two\n', { context: 3 }, new Chalk({ level: 1 }));
    expect(coloured).toContain('\u001b[31m-Menu\u001b[39m');
    expect(coloured).toContain('\u001b[32m+Body line one line two\u001b[39m');
    expect(formatDiff('a.txt', 'x\n', 'y\n', { context: 3 }, plain)).not.toMatch(/\u001b\[/);
  });

  it('prints nothing for an input that is already clean, and exits 0', async () => {
    const run = await diff([CLEAN]);
    expect(run).toEqual({ status: 0, out: '', err: '' });
  });

  it('exits 1 when any input differs, though others are clean', async () => {
    const run = await diff([CLEAN, SEED]);
    expect(run.status).toBe(1);
    expect(run.out).toContain(`--- ${SEED}`);
  });

  it('names an input it cannot read, goes on with the others and exits 2, as diff(1) does on trouble', async () => {
    const run = await diff([`${ROOT}no-such-file.txt`, SEED]);
    expect(run.status).toBe(2);
    expect(run.err).toContain('no-such-file.txt: no such file');
    expect(run.out).toContain(`--- ${SEED}`);
  });

  it('the command exits as diff(1): 0 the same, 1 different, 2 on trouble or a usage error', async () => {
    expect((await runCli(['diff', CLEAN])).status).toBe(0);
    expect((await runCli(['diff', SEED])).status).toBe(1);
    expect((await runCli(['diff', 'no-such-file.txt'])).status).toBe(2);
    expect((await runCli(['diff', 'nothing-here/*.txt'])).status).toBe(2);
    expect((await runCli(['diff', '--context', 'many', SEED])).status).toBe(2);
  });
});
