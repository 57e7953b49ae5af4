/** Learning a site's template from a corpus run: on by default over many files, named `template`. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

/** A folder of `count` pages of one site: the same three template lines around an article of their own. */
function site(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'unboil-learn-'));
  mkdirSync(join(dir, 'example'));
  for (let i = 1; i <= count; i++) {
    writeFileSync(
      join(dir, 'example', `page${i}.txt`),
      [
        'Example Daily – your town, your voice',
        'Listen to the Example Daily podcast wherever you are',
        `Story ${i} headline here`,
        `The story of page ${i} tells what happened in town ${i} on that day, and why it mattered to the people who live there.`,
        `A second paragraph of story ${i} goes on about the bridge and the people who will use it every day.`,
        'Example Media Group, 12 Harbour Street, Porttown',
      ].join('\n\n'),
    );
  }
  return join(dir, 'example');
}

const templateRemovals = (jsonl: string) =>
  jsonl
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { removed: { rule: string; text: string }[] })
    .flatMap((doc) => doc.removed.filter((r) => r.rule === 'template').map((r) => r.text));

describe('learning a template from the corpus', () => {
  it('removes the lines many pages of a folder share, by default in a run over many files', async () => {
    const dir = site(12);
    const run = await runCli(['--format', 'jsonl', join(dir, '*.txt')]);
    expect(run.status).toBe(0);
    const removed = templateRemovals(run.stdout);
    expect(removed).toHaveLength(36);
    expect(new Set(removed)).toEqual(new Set(['Example Daily – your town, your voice', 'Listen to the Example Daily podcast wherever you are', 'Example Media Group, 12 Harbour Street, Porttown']));
    expect(run.stdout).toContain('The story of page 7 tells what happened');
  });

  it('learns nothing with --no-learn, and from a small run only when asked', async () => {
    const many = site(12);
    expect(templateRemovals((await runCli(['--format', 'jsonl', '--no-learn', join(many, '*.txt')])).stdout)).toEqual([]);
    const few = site(6);
    expect(templateRemovals((await runCli(['--format', 'jsonl', join(few, '*.txt')])).stdout)).toEqual([]);
    expect(templateRemovals((await runCli(['--format', 'jsonl', '--learn', join(few, '*.txt')])).stdout)).toHaveLength(18);
  });

  it('gives the same output on one thread and on two', async () => {
    const dir = site(12);
    const one = await runCli(['--format', 'jsonl', '--jobs', '1', join(dir, '*.txt')]);
    const two = await runCli(['--format', 'jsonl', '--jobs', '2', join(dir, '*.txt')]);
    expect(two.stdout).toBe(one.stdout);
  });
});
