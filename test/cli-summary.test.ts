/** The end of a run: the summary on stderr, --stats as JSON, and a progress bar only on a terminal. */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, unboilShellCommand, runProgram } from './helpers/cli.js';
import { fixtureFiles } from './helpers/corpus.js';

let dir: string;
let files: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'unboil-summary-'));
  files = fixtureFiles(join(dir, 'in'), 6);
});

describe('summary and --stats', { timeout: 60_000 }, () => {
  it('writes the summary as JSON, and on stderr, with failures named', async () => {
    const stats = join(dir, 'stats.json');
    const out = join(dir, 'out');
    const missing = join(dir, 'in', 'missing.txt');
    const run = await runCli([...files, missing, '--out-dir', out, '--stats', stats, '--jobs', '2']);
    expect(run.status).toBe(1);
    const summary = JSON.parse(readFileSync(stats, 'utf8'));
    expect(summary).toMatchObject({ unit: 'files', documents: 7, cleaned: 6, failed: 1, skipped: 0, jobs: 2 });
    expect(summary.failures).toEqual([{ source: missing, error: 'no such file (or a broken symbolic link)' }]);
    expect(summary.bytesIn).toBe(files.reduce((n, f) => n + statSync(f).size, 0));
    expect(summary.bytesOut).toBe(readdirSync(out).reduce((n, f) => n + statSync(join(out, f)).size, 0));
    expect(summary.removedShare).toBeGreaterThan(0.2);
    expect(summary.removedShare).toBeLessThan(1);
    expect(summary.removedShareByCategory.newsletter).toBeGreaterThan(0);
    const categories = Object.values(summary.removedShareByCategory) as number[];
    expect(categories.reduce((a, b) => a + b, 0)).toBeCloseTo(summary.removedShare, 3);
    expect(summary.seconds).toBeGreaterThan(0);
    expect(summary.peakRssBytes).toBeGreaterThan(10e6);

    expect(run.stderr).toMatch(new RegExp(`^unboil: cleaned 6 of 7 inputs to ${out}, 1 failed$`, 'm'));
    expect(run.stderr).toMatch(/KB in, .* KB out in [\d.]+ s \([\d.]+ documents\/s, [\d.]+ MB\/s, 2 jobs, peak memory [\d.]+ MB\)/);
    expect(run.stderr).toMatch(/removed [\d.]+% of the text: .*newsletter [\d.]+%/);
  });

  it('gives no rates when nothing was cleaned', async () => {
    const run = await runCli([join(dir, 'in', 'missing.txt'), '--jobs', '1']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^unboil: cleaned 0 of 1 input, 1 failed$/m);
    expect(run.stderr).toMatch(/0 bytes in, 0 bytes out in [\d.]+ s \(1 job, peak memory [\d.]+ MB\)/);
    expect(run.stderr).not.toMatch(/documents\/s|MB\/s/);
  });

  it('--quiet leaves stderr to errors, and --stats still writes', async () => {
    const stats = join(dir, 'quiet.json');
    const run = await runCli([...files.slice(0, 4), '--quiet', '--stats', stats, '--jobs', '1']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(readFileSync(stats, 'utf8'))).toMatchObject({ documents: 4, cleaned: 4, jobs: 1 });
  });

  it('shows no progress bar when stderr is not a terminal', async () => {
    const run = await runCli([...files, '--out-dir', join(dir, 'piped')]);
    expect(run.status).toBe(0);
    expect(run.stderr).not.toMatch(/[\r\u001b█]|ETA/);
  });

  it('shows a progress bar on a terminal', async (context) => {
    // `script` runs the command on a pseudo-terminal, as a person's shell would.
    if (spawnSync('script', ['--version']).error) return context.skip('`script` (util-linux) is not installed');
    const command = [unboilShellCommand(), ...[...files, '--out-dir', join(dir, 'tty')].map((a) => `'${a}'`)].join(' ');
    const run = await runProgram('script', ['-qefc', command, '/dev/null'], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/unboil [█░]+ \d+% \| \d+\/6 files \| [\d.]+ files\/s \| ETA/);
    expect(run.stdout).toContain('unboil: cleaned 6 of 6 inputs');
    expect(run.stdout).not.toContain('learning'); // a run of 6 files learns no template unless asked
  });

  it('shows a bar of its own for the learning pass, before the cleaning one', async (context) => {
    if (spawnSync('script', ['--version']).error) return context.skip('`script` (util-linux) is not installed');
    const command = [unboilShellCommand(), ...[...files, '--learn', '--out-dir', join(dir, 'tty-learn')].map((a) => `'${a}'`)].join(' ');
    const run = await runProgram('script', ['-qefc', command, '/dev/null'], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    expect(run.status).toBe(0);
    // One of the 6 files is an HTML page, which the learning pass leaves out.
    const learning = run.stdout.search(/unboil learning [█░]+ \d+% \| \d+\/5 files \| [\d.]+ files\/s \| ETA/);
    const cleaning = run.stdout.search(/unboil [█░]+ \d+% \| \d+\/6 files/);
    expect(learning).toBeGreaterThanOrEqual(0);
    expect(cleaning).toBeGreaterThan(learning);
  });

  it('has no learning pass over HTML pages, which are not learned from', async (context) => {
    if (spawnSync('script', ['--version']).error) return context.skip('`script` (util-linux) is not installed');
    const pages = join(dir, 'pages');
    mkdirSync(pages, { recursive: true });
    const html = readFileSync(join(ROOT, 'fixtures/html/council-budget.html'));
    const paths = Array.from({ length: 6 }, (_, i) => join(pages, `page-${i}.html`));
    for (const path of paths) writeFileSync(path, html);
    const command = [unboilShellCommand(), ...[...paths, '--learn', '--out-dir', join(dir, 'tty-pages')].map((a) => `'${a}'`)].join(' ');
    const run = await runProgram('script', ['-qefc', command, '/dev/null'], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/unboil [█░]+ \d+% \| \d+\/6 files/);
    expect(run.stdout).not.toContain('learning');
  });

  it('names a document with no article on stderr and in --stats, and exits 0', async () => {
    const empty = join(dir, 'in', 'menu-only.txt');
    writeFileSync(empty, 'Home\nNews\nSport\nCulture\n\nSign up for our newsletter\nSubscribe\n');
    const stats = join(dir, 'warned.json');
    const run = await runCli([...files.slice(0, 2), empty, '--out-dir', join(dir, 'warned'), '--stats', stats, '--jobs', '1']);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`^unboil: ${empty}: warning: no article found: all 2 blocks were removed, most as \\w+ \\(\\d+%\\)$`, 'm'));
    expect(run.stderr).toMatch(/^ {2}1 document with warnings \(named above; "warned" in --stats\)$/m);
    const summary = JSON.parse(readFileSync(stats, 'utf8'));
    expect(summary.warned).toEqual([{ source: empty, warnings: [expect.stringMatching(/^no article found: all 2 blocks were removed/)] }]);
    // --quiet keeps stderr for errors; --stats still names the document.
    const quiet = await runCli([empty, '--quiet', '--stats', stats]);
    expect(quiet.stderr).toBe('');
    expect(JSON.parse(readFileSync(stats, 'utf8')).warned).toHaveLength(1);
  });

  it('names a JSON Lines record with no article by its line, and JSON carries the warnings', async () => {
    const records = [{ id: 1, text: readFileSync(files[0]!, 'utf8') }, { id: 2, text: 'Home\nNews\nSport' }].map((r) => JSON.stringify(r)).join('\n');
    const run = await runCli(['--jsonl', '-'], { input: records + '\n' });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^unboil: \(stdin\):2: warning: no article found/m);
    const [first, second] = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(first.warnings).toEqual([]);
    expect(second.warnings).toMatchObject([{ code: 'no-article' }]);
    expect(first.url).toBeNull(); // every record has the same keys, from text or HTML
  });
});
