/**
 * A rule written in TypeScript against the package's exported types compiles, and its
 * output loads as a custom rule; a rule that breaks the types does not compile.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRulesDir } from '../../src/rule-set/load-custom.js';
import { clean } from '../../src/clean.js';
import { builtInRules } from '../../src/rules/index.js';
import { ROOT, runProgram } from '../helpers/cli.js';

const TSC = `${ROOT}node_modules/typescript/bin/tsc`;
const PROJECT = `${ROOT}fixtures/typed-rule`;

function tsc(args: string[]) {
  return runProgram(process.execPath, [TSC, ...args], { cwd: ROOT });
}

// Spawned processes are slow on a busy machine.
describe('a typed rule', { timeout: 30_000 }, () => {
  it('compiles against the exported types, loads from its output folder and reads its options', async () => {
    const out = mkdtempSync(join(tmpdir(), 'unboil-typed-rule-'));
    const run = await tsc(['-p', PROJECT, '--outDir', out]);
    expect(run.stdout + run.stderr).toBe('');
    const [loaded] = await loadRulesDir(out);
    expect(loaded!.rule.meta).toMatchObject({ id: 'source-note', category: 'attribution' });
    const text = 'Exports Rise\n\nExports rose by 4 percent in October from a year earlier, the statistics office said on Monday.\nSource: Statistics Office';
    const rules = [...builtInRules, loaded!.rule];
    expect(clean(text, { rules }).removed.map((r) => r.text)).toEqual(['Source: Statistics Office']);
    expect(clean(text, { rules, ruleOptions: { 'source-note': { label: 'Quelle' } } }).removed).toEqual([]);
  });

  it('a rule that breaks the types is refused by the compiler', async () => {
    const dir = mkdtempSync(join(PROJECT, '.check-'));
    try {
      cpSync(join(PROJECT, 'tsconfig.json'), join(dir, 'tsconfig.json'));
      writeFileSync(
        join(dir, 'bad.ts'),
        `import type { Rule } from 'unboil';
const bad: Rule<{ maxWords: number }> = {
  meta: { id: 'bad', category: 'promo', description: 'd', defaultOn: true,
    options: { maxWords: { default: 'forty', description: 'd' } } },
  classify: (block, context) => (block.features.words > context.options.maxWords ? 'remove' : null),
};
export default bad;
`,
      );
      const run = await tsc(['-p', dir, '--noEmit']);
      expect(run.status).not.toBe(0);
      expect(run.stdout).toMatch(/bad\.ts\(4,\d+\): error TS2322: Type 'string' is not assignable to type 'number'\./);
      expect(run.stdout).toContain(`Type '"remove" | null' is not assignable to type 'Finding | Finding[] | null | undefined'`);
    } finally {
      spawnSync('rm', ['-rf', dir]);
    }
  });
});
