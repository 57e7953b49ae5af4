/** --timeout: a document that takes too long is stopped, named and counted failed, and the run goes on. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentTimeoutError, clean } from '../src/index.js';
import { ROOT, runCli } from './helpers/cli.js';

const SEED = join(ROOT, 'fixtures/seeds/moscow-times-nato-missile-defence.txt');
const dir = mkdtempSync(join(tmpdir(), 'unboil-timeout-'));

/** A dump of about `mb` MB: the seed's paragraphs, numbered so that none repeats another. */
function bigDump(mb: number): string {
  const seed = readFileSync(SEED, 'utf8');
  const parts: string[] = [];
  for (let i = 0, size = 0; size < mb * 1e6; i++) {
    const part = seed.replace(/\n\n/g, `\n\n${i} `);
    parts.push(part);
    size += part.length;
  }
  return parts.join('\n\n');
}

describe('--timeout', () => {
  it('in the library, clean() throws DocumentTimeoutError past its timeout', () => {
    const text = bigDump(0.3);
    expect(() => clean(text, { timeout: 1 })).toThrow(DocumentTimeoutError);
    expect(() => clean(text, { timeout: 1 })).toThrow(/stopped after 1 ms/);
  });

  it('stops a document that runs over, names it, counts it failed and cleans the others (exit 1)', async () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, bigDump(4));
    const stats = join(dir, 'stats.json');
    const run = await runCli([big, SEED, '--timeout', '1s', '--jobs', '1', '--out-dir', join(dir, 'out'), '--stats', stats]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`unboil: ${big}: stopped after 1 s (the time one document may take; see --timeout)`);
    expect(run.stderr).toMatch(/cleaned 1 of 2 inputs to .*, 1 failed/);
    expect(JSON.parse(readFileSync(stats, 'utf8')).failures).toEqual([{ source: big, error: expect.stringMatching(/^stopped after 1 s/) }]);
  }, 60_000);

  it('stops a custom rule that never returns: its thread is replaced and the run goes on', async () => {
    const rules = join(dir, 'rules');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(rules, { recursive: true });
    writeFileSync(
      join(rules, 'stuck.mjs'),
      "export default { meta: { id: 'stuck', category: 'promo', description: 'Never returns on a page that says STUCK.', defaultOn: true }, classify(block) { if (block.text.includes('STUCK')) for (;;); return null; } };\n",
    );
    const stuck = join(dir, 'stuck.txt');
    writeFileSync(stuck, `Headline\n\nSTUCK ${readFileSync(SEED, 'utf8')}`);
    const others = ['a', 'b', 'c'].map((name) => {
      const path = join(dir, `${name}.txt`);
      writeFileSync(path, readFileSync(SEED));
      return path;
    });
    // Long enough that a first document in a fresh thread on a busy machine never reaches it; the stuck one always does.
    const run = await runCli([stuck, ...others, '--rules-dir', rules, '--timeout', '3s', '--jobs', '2', '--out-dir', join(dir, 'out2')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`unboil: ${stuck}: stopped after 3 s (the time one document may take; see --timeout); its thread was stopped and replaced`);
    expect(run.stderr).toMatch(/cleaned 3 of 4 inputs/);
  }, 60_000);

  it('is a setting of the config file, and a bad duration is a usage error', async () => {
    const config = join(dir, 'unboil.config.json');
    writeFileSync(config, JSON.stringify({ timeout: '2m' }));
    expect((await runCli(['config', '--print', '--config', config])).stdout).toMatch(/^timeout = "120s" +# /m);
    writeFileSync(config, JSON.stringify({ timeout: 'soon' }));
    const bad = await runCli([SEED, '--config', config]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('"timeout" must be a duration such as "60s" or "2m", or a number of seconds, not the string "soon"');
    const flag = await runCli([SEED, '--timeout', 'soon']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain('expected a duration such as 60s, 2m or 500ms');
  });
});
