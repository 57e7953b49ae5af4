/**
 * The command loads its heavy packages only for the documents that need them: the HTML
 * parser (cheerio) for HTML pages, the pool of threads (piscina) for more than one job.
 * A text dump cleaned alone starts without them.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

const REPORT = fileURLToPath(new URL('./helpers/report-packages.cjs', import.meta.url));
const TEXT = 'fixtures/seeds/independent-nato-overture-to-russia.txt';
const HTML = 'fixtures/html/council-budget.html';

async function loadedPackages(args: string[]): Promise<string[]> {
  const run = await runCli(args, { env: { NODE_OPTIONS: `--require ${REPORT}` } });
  expect(run.status).toBe(0);
  const line = run.stderr.split('\n').find((l) => l.startsWith('loaded packages:'));
  expect(line, run.stderr).toBeDefined();
  return line!.slice('loaded packages:'.length).trim().split(' ').filter(Boolean);
}

describe('lazy loading', { timeout: 30_000 }, () => {
  it('cleans a text dump without loading the HTML parser or the thread pool', async () => {
    const loaded = await loadedPackages(['--jobs', '1', TEXT]);
    expect(loaded).not.toContain('cheerio');
    expect(loaded).not.toContain('piscina');
  });

  it('loads the HTML parser for an HTML page', async () => {
    expect(await loadedPackages(['--jobs', '1', HTML])).toContain('cheerio');
  });

  it('loads the thread pool for more than one job over several files', async () => {
    expect(await loadedPackages(['--jobs', '2', TEXT, 'fixtures/seeds/moscow-times-nato-missile-defence.txt', HTML])).toContain('piscina');
  });
});
