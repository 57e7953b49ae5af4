import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean.js';
import { builtInRules } from '../../src/rules/index.js';
import type { Rule } from '../../src/types.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';

/** An article about newsletters: every paragraph names them. */
const ARTICLE = [
  'Publishers have discovered that newsletters keep readers coming back, and many now send several a day.',
  'The newsletter boom began when small writers found they could charge readers directly for their work.',
  'Some newsletters now earn more than the magazines their writers left, according to figures from the industry.',
  'Critics say the newsletter model rewards writers who already have large followings and leaves newcomers behind.',
];
const PAGE = ['Home\nNews\nSport\nCulture', 'The newsletter boom', ...ARTICLE].join('\n\n');

/** A careless rule that takes any mention of newsletters for a sign-up box. */
const careless: Rule = {
  meta: { id: 'careless', category: 'newsletter', description: 'Removes any block that mentions newsletters.', defaultOn: true },
  classify: (block) => (/newsletter/i.test(block.text) ? { reason: 'mentions newsletters' } : null),
};
const rules = [...builtInRules, careless];

describe('recall guard', () => {
  it('keeps the main run of prose when the rules would remove nearly all of it, and says so', async () => {
    const result = clean(PAGE, { rules });
    expect(result.paragraphs).toEqual(ARTICLE);
    expect(result.guard).not.toBeNull();
    expect(result.guard!.removedShare).toBe(1);
    expect(result.guard!.restoredBlocks).toBe(4);
    expect(result.guard!.reason).toMatch(/would have removed 100% of the prose/);
    expect(result.warnings).toEqual([{ code: 'recall-guard', message: 'recall guard kept 4 blocks: the rules would have removed 100% of the prose' }]);
  });

  it('stays out of the way at a higher threshold and when the rules leave the article', async () => {
    expect(clean(PAGE, { rules, maxRemoval: 1 }).paragraphs).toEqual([]);
    const normal = clean(PAGE);
    expect(normal.guard).toBeNull();
    expect(normal.paragraphs).toEqual(ARTICLE);
  });

  it('is a command-line option, and --explain says why it stepped in', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unboil-guard-'));
    writeFileSync(
      join(dir, 'careless.mjs'),
      "export default { meta: { id: 'careless', category: 'newsletter', description: 'Removes any mention of newsletters.', defaultOn: true }, classify: (b) => (/newsletter/i.test(b.text) ? { reason: 'mentions newsletters' } : null) };\n",
    );
    const explain = await runCli(['--explain', '--rules-dir', dir, '-'], { input: PAGE });
    expect(explain.status).toBe(0);
    expect(explain.stdout).toMatch(/recall guard: the rules would have removed 100% of the prose/);
    const json = JSON.parse((await runCli(['--format', 'json', '--rules-dir', dir, '-'], { input: PAGE })).stdout);
    expect(json.guard.restoredBlocks).toBe(4);
    expect(json.warnings).toEqual([{ code: 'recall-guard', message: 'recall guard kept 4 blocks: the rules would have removed 100% of the prose' }]);
    const off = JSON.parse((await runCli(['--format', 'json', '--rules-dir', dir, '--max-removal', '100%', '-'], { input: PAGE })).stdout);
    expect(off.guard).toBeNull();
    expect(off.paragraphs).toEqual([]);
    expect(off.warnings).toMatchObject([{ code: 'no-article' }]);
    const bad = await runCli(['--max-removal', '150%', '-'], { input: PAGE });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/expected a share between 0 and 1/);
  });
});
