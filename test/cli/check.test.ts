/** `unboil check`: a linter's report of the boilerplate a rule finds; exit 1 if any, 0 if none. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { runCheck, type CheckOptions } from '../../src/cli/check-command.js';
import { builtInRules } from '../../src/rules/index.js';
import { loadRules } from '../../src/rule-set/load-custom.js';
import { analyse } from '../../src/clean.js';
import { ruleFindings } from '../../src/check/findings.js';
import { ROOT, runCli } from '../helpers/cli.js';

const RAW = 'fixtures/seeds/moscow-times-nato-missile-defence.txt';
const CLEANED = 'fixtures/seeds/moscow-times-nato-missile-defence.expected.txt';

async function check(inputs: string[], options: Partial<CheckOptions> = {}) {
  let out = '';
  let err = '';
  const status = await runCheck(inputs.map((i) => (i.startsWith('/') ? i : ROOT + i)), {
    format: 'text',
    quiet: false,
    exclude: [],
    input: 'auto',
    maxSize: 1e7,
    clean: { rules: builtInRules },
    chalk: new Chalk({ level: 0 }),
    write: (t) => void (out += t),
    warn: (t) => void (err += t),
    ...options,
  });
  return { status, out, err };
}

// Spawned processes are slow on a busy machine.
describe('check', { timeout: 30_000 }, () => {
  it('reports each finding of a raw page as file:line  rule  category  text and exits 1', async () => {
    const run = await check([RAW]);
    expect(run.status).toBe(1);
    const lines = run.out.trim().split('\n');
    const file = ROOT + RAW;
    expect(lines[0]).toMatch(new RegExp(`^${file}:1 +donation +donation +Support The Moscow Times!$`));
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${file}:19 +newsletter +newsletter +Sign up for our free weekly newsletter$`)));
    // The line number is where the text stands in the file (the excerpt runs the block's lines together).
    const source = readFileSync(file, 'utf8').split('\n');
    for (const line of lines) {
      const [, n, text] = /:(\d+) +\S+ +\S+ +(.*)$/.exec(line)!;
      const from = source.slice(Number(n) - 1).join(' ').replace(/\s+/g, ' ');
      expect(from.startsWith(text!.replace(/…$/, ''))).toBe(true);
    }
    expect(run.err).toMatch(/unboil: \d+ boilerplate findings in 1 of 1 file/);
  });

  it('passes the cleaned output of the same page with exit 0 and no report', async () => {
    const run = await check([CLEANED, 'fixtures/seeds/independent-nato-overture-to-russia.expected.txt']);
    expect(run.status).toBe(0);
    expect(run.out).toBe('');
    expect(run.err).toBe('unboil: no boilerplate found in 2 files\n');
  });

  it('reports what a rule removes but not what the context pass removes', async () => {
    // A short article that is mostly a list: the context pass would drop parts of it, no rule names them.
    const text = 'Ingredients\n\n2 eggs\n\n1 cup flour\n\nMix the eggs and the flour, then bake for twenty minutes at a medium heat until golden.';
    const analysis = analyse(text);
    expect(analysis.result.removed.some((r) => r.category === 'prose')).toBe(true);
    expect(ruleFindings(analysis)).toEqual([]);
  });

  it('gives JSON for machines: every file, its findings with lines, and a summary', async () => {
    const run = await check([RAW, CLEANED], { format: 'json' });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.out);
    expect(report.summary).toEqual({ files: 2, filesWithFindings: 1, findings: report.files[0].findings.length, failed: 0 });
    expect(report.files[1]).toEqual({ file: ROOT + CLEANED, findings: [] });
    expect(report.files[0].findings[1]).toEqual({
      line: 19,
      endLine: 19,
      rule: 'newsletter',
      category: 'newsletter',
      reason: expect.any(String),
      text: 'Sign up for our free weekly newsletter',
    });
    // A block over several lines spans them.
    expect(report.files[0].findings.some((f: { line: number; endLine: number }) => f.endLine > f.line)).toBe(true);
  });

  it('finds what custom rules name, and counts an unreadable input as a failure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unboil-check-'));
    const page = join(dir, 'page.txt');
    writeFileSync(page, 'Budget Passes\n\nThe council approved the budget on Tuesday after a long debate about taxes and schools, officials said.\n\nReporting by Jane Doe; Editing by John Roe\n');
    const rules = (await loadRules([`${ROOT}fixtures/custom-rules`])).map((l) => l.rule);
    const run = await check([page, join(dir, 'missing.txt')], { clean: { rules } });
    expect(run.status).toBe(1);
    expect(run.out).toMatch(/page\.txt:5 +wire-credits +metadata +Reporting by Jane Doe; Editing by John Roe/);
    expect(run.err).toContain('missing.txt: no such file');
    expect(run.err).toContain('1 could not be read');
  });

  it('runs from the command line with exit codes 1 and 0', async () => {
    const dirty = await runCli(['check', '--no-config', RAW]);
    expect(dirty.status).toBe(1);
    expect(dirty.stdout).toMatch(/^fixtures\/seeds\/moscow-times-nato-missile-defence\.txt:1 +donation/);
    const clean = await runCli(['check', '--no-config', '-q', '--format', 'json', CLEANED]);
    expect(clean.status).toBe(0);
    expect(JSON.parse(clean.stdout).summary.findings).toBe(0);
    expect(clean.stderr).toBe('');
  });
});
