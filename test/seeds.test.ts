/** The seed articles: the CLI's output must match what is expected of them byte for byte. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { ROOT, runCli } from './helpers/cli.js';

const SEEDS = join(ROOT, 'fixtures/seeds');
const names = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt') && !f.endsWith('.expected.txt'))
  .map((f) => f.replace(/\.txt$/, ''));

describe.each(names)('seed %s', (name) => {
  const inputPath = join('fixtures/seeds', `${name}.txt`);
  const expectedText = readFileSync(join(SEEDS, `${name}.expected.txt`), 'utf8');
  const expectedJson = JSON.parse(readFileSync(join(SEEDS, `${name}.expected.json`), 'utf8'));

  it('prints exactly the expected text', async () => {
    const run = await runCli([inputPath]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(expectedText);
  });

  it('prints the same when the article comes on stdin', async () => {
    const run = await runCli([], { input: readFileSync(join(ROOT, inputPath)) });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(expectedText);
  });

  it('gives the expected fields as JSON', async () => {
    const run = await runCli(['--format', 'json', inputPath]);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout);
    for (const [key, value] of Object.entries(expectedJson)) {
      if (key === 'removedCategories') expect(json.removedCategories).toEqual(expect.arrayContaining(value as string[]));
      else expect(json[key], key).toEqual(value);
    }
  });

  it('reports every removal with offsets that point at its text in the input', async () => {
    const input = readFileSync(join(ROOT, inputPath), 'utf8');
    const result = clean(input);
    expect(result.removed.length).toBeGreaterThan(0);
    for (const r of result.removed) expect(input.slice(r.start, r.end)).toBe(r.text);
  });
});
