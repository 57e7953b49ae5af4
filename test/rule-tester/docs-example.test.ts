/**
 * The runnable example of docs/rule-tester.md runs as the page says (`node file.mjs`,
 * importing the built package by its name) and passes; the same example with one
 * expectation changed fails, naming it, so the run really checks the cases.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runProgram } from '../helpers/cli.js';

const page = readFileSync(join(ROOT, 'docs/rule-tester.md'), 'utf8');
/** The first JavaScript block under "## A runnable example". */
const example = /```js\n([\s\S]*?)```/.exec(page.split('## A runnable example')[1] ?? '')?.[1] ?? '';

// Inside the package, so that `import ... from 'unboil'` resolves to it (dist/, built by npm test).
const dir = mkdtempSync(join(ROOT, 'test/.docs-example-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runExample(name: string, source: string) {
  const file = join(dir, name);
  writeFileSync(file, source);
  return runProgram(process.execPath, [file]);
}

describe('docs/rule-tester.md', { timeout: 30_000 }, () => {
  it('its example passes when run with node', async () => {
    expect(example).toContain("new RuleTester().run('house-promo'");
    const run = await runExample('example.test.mjs', example);
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.stdout).toBe('house-promo: all cases pass\n');
    expect(run.status).toBe(0);
  });

  it('its example fails when a case expects what the rule does not do', async () => {
    const broken = example.replace("{ text: 'Offline reading.', reason: 'class or id word \"promo\"' },", '');
    expect(broken).not.toBe(example);
    const run = await runExample('broken.test.mjs', broken);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('removed "Offline reading." (house-promo, promo: class or id word "promo"), which is not expected');
  });
});
