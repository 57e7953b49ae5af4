/**
 * What a run shows on a terminal while it works: a long single document's status line, and
 * the progress bar's time left. `script` gives the command a pseudo-terminal, as a person's
 * shell would; what the terminal received comes back on its stdout.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, runProgram, unboilShellCommand } from './helpers/cli.js';
import { SEEDS, fixtureFiles } from './helpers/corpus.js';

let dir: string;
let long: string;
const hasScript = !spawnSync('script', ['--version']).error;
/** The status line shows at once, instead of after a few seconds. */
const AT_ONCE = { UNBOIL_STATUS_AFTER_MS: '0', NO_COLOR: '1' };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'unboil-progress-'));
  // About 0.6 MB of text dumps in one: a second or more to clean, its prose numbered so that no page repeats another.
  const seeds = SEEDS.map((s) => readFileSync(join(ROOT, s), 'utf8'));
  const parts = Array.from({ length: 120 }, (_, i) => seeds[i % seeds.length]!.replace(/^.{80,}$/gm, (line) => `${line} (${i})`));
  long = join(dir, 'long.txt');
  writeFileSync(long, parts.join('\n\n'));
});

/** Runs unboil with `args` on a terminal; gives what the terminal received. */
async function onTerminal(args: string[], env: Record<string, string> = {}) {
  const command = [unboilShellCommand(), ...args.map((a) => `'${a}'`)].join(' ');
  const run = await runProgram('script', ['-qefc', command, '/dev/null'], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', ...env } });
  expect(run.status).toBe(0);
  return run.stdout;
}

describe('a single long document', { timeout: 60_000 }, () => {
  it('shows a status line on a terminal, redrawn in place and cleared before the output', async (context) => {
    if (!hasScript) return context.skip('`script` (util-linux) is not installed');
    const screen = await onTerminal([long], AT_ONCE);
    const line = screen.search(/\runboil: cleaning \S*long\.txt \(0\.\d MB\)… \d+ s\u001b\[K/);
    expect(line).toBeGreaterThanOrEqual(0);
    // Cleared (drawn over with nothing) after its last drawing, and before the article.
    const cleared = screen.indexOf('\r\u001b[K', line + 1);
    expect(cleared).toBeGreaterThan(line);
    expect(screen.slice(cleared + 4).trimStart()).toMatch(/^\S/);
    expect(screen.lastIndexOf('unboil: cleaning')).toBeLessThan(cleared);
  });

  it('shows none when stderr is not a terminal, or with --quiet', async (context) => {
    const piped = await runCli([long], { env: AT_ONCE });
    expect(piped.status).toBe(0);
    expect(piped.stderr).not.toMatch(/cleaning|\r|\u001b/);
    if (!hasScript) return context.skip('`script` (util-linux) is not installed');
    expect(await onTerminal([long, '--quiet'], AT_ONCE)).not.toContain('unboil: cleaning');
  });

  it('shows none for a document done sooner than the line is due', async (context) => {
    if (!hasScript) return context.skip('`script` (util-linux) is not installed');
    expect(await onTerminal([join(ROOT, SEEDS[0]!)])).not.toContain('unboil: cleaning');
  });
});

describe('the progress bar', { timeout: 60_000 }, () => {
  it('gives no time left until there is a rate to go by', async (context) => {
    if (!hasScript) return context.skip('`script` (util-linux) is not installed');
    const files = fixtureFiles(join(dir, 'corpus'), 30);
    mkdirSync(join(dir, 'out'), { recursive: true });
    const screen = await onTerminal([...files, '--jobs', '1', '--out-dir', join(dir, 'out')]);
    const estimates = [...screen.matchAll(/ETA ([^\s\u001b]+)/g)].map((m) => m[1]);
    expect(estimates[0]).toBe('…');
    // None of it the start-up's guess: the run takes seconds.
    for (const estimate of estimates) expect(estimate).toMatch(/^(?:…|\d+s)$/);
  });
});
