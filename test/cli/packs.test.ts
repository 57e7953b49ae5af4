/**
 * Site and CMS packs on the command line: --no-pack and --pack, the config file's "packs",
 * unknown ids refused with exit 2, and `unboil rules` and `config --print` showing them.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { packSwitchesFrom } from '../../src/cli/pack-switches.js';
import { runCli } from '../helpers/cli.js';

const AKISMET = 'This site uses Akismet to reduce spam.';
const SHARE_PANEL = 'Close share panel';
const STORY = [
  'Council Opens Bridge',
  'The council approved the budget on Tuesday after a long debate about the harbour wall and the cost of its repair.',
  AKISMET,
  SHARE_PANEL,
  'Work on the second bridge will begin in the spring, the council said in its report on Thursday.',
].join('\n\n');

let dir: string;
let input: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'unboil-packs-'));
  input = join(dir, 'story.txt');
  writeFileSync(input, STORY + '\n');
});

function writeConfig(folder: string, config: unknown): string {
  mkdirSync(join(dir, folder), { recursive: true });
  const path = join(dir, folder, 'unboil.config.json');
  writeFileSync(path, JSON.stringify(config));
  return path;
}

/** The lines of the input the run removed, as --explain --format json labels them. */
async function removed(args: string[], cwd?: string): Promise<string[]> {
  const run = await runCli(['--explain', '--format', 'json', '--decision', 'rules', '--disable', 'prose', ...args, input], { cwd });
  expect(run.status, run.stderr).toBe(0);
  const blocks: { text: string; status: string }[] = JSON.parse(run.stdout).blocks;
  return blocks.filter((b) => b.status === 'removed').map((b) => b.text);
}

// Spawned processes are slow on a busy machine.
describe('packs on the command line', { timeout: 30_000 }, () => {
  it('removes a pack\'s sentences by default, keeps them with --no-pack, comma list or repeated', async () => {
    const all = await removed([]);
    expect(all).toEqual(expect.arrayContaining([AKISMET, SHARE_PANEL]));
    const noWordpress = await removed(['--no-pack', 'wordpress']);
    expect(noWordpress).not.toContain(AKISMET);
    expect(noWordpress).toContain(SHARE_PANEL);
    for (const args of [['--no-pack', 'wordpress,bbc'], ['--no-pack', 'wordpress', '--no-pack', 'bbc']]) {
      const none = await removed(args);
      expect(none).not.toContain(AKISMET);
      expect(none).not.toContain(SHARE_PANEL);
    }
  });

  it('refuses an unknown pack with exit 2, as an unknown rule', async () => {
    const run = await runCli(['--no-pack', 'wordpres', input]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("unknown pack 'wordpres'");
    expect(run.stdout).toBe('');
    expect((await runCli(['check', '--no-pack', 'nope', input])).status).toBe(2);
  });

  it('reads "packs" from the config file; --pack switches one back on', async () => {
    const cwd = join(dir, 'site');
    writeConfig('site', { packs: { wordpress: 'off' } });
    expect(await removed([], cwd)).not.toContain(AKISMET);
    expect(await removed(['--pack', 'wordpress'], cwd)).toContain(AKISMET);
  });

  it('refuses a config that names no pack, with the file and the key', async () => {
    const file = writeConfig('bad', { packs: { wordpres: 'off' } });
    const run = await runCli([input], { cwd: join(dir, 'bad') });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`unboil: ${file}: "packs.wordpres" names no pack (did you mean "wordpress"?) (the packs: wordpress, disqus, bbc, nyt, ap)\n`);
  });

  it('unboil rules lists the packs and whether they are on; --json gives each rule its packs and the run\'s patterns', async () => {
    const text = await runCli(['rules', '--no-pack', 'bbc']);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^wordpress\s+on\s+WordPress comment forms/m);
    expect(text.stdout).toMatch(/^bbc\s+off\s+BBC share panels/m);
    const json = JSON.parse((await runCli(['rules', '--json', '--no-pack', 'bbc'])).stdout);
    const share = json.find((r: { id: string }) => r.id === 'share');
    expect(share.packs).toEqual([
      { id: 'wordpress', enabled: true },
      { id: 'bbc', enabled: false },
    ]);
    expect(share.linePatterns.some((p: string) => p.includes('close share panel'))).toBe(false);
    const all = JSON.parse((await runCli(['rules', '--json'])).stdout);
    expect(all.find((r: { id: string }) => r.id === 'share').linePatterns.some((p: string) => p.includes('close share panel'))).toBe(true);
    expect(all.find((r: { id: string }) => r.id === 'newsletter').packs).toEqual([]);
  });

  it('config --print shows each pack\'s switch and where it came from', async () => {
    const file = writeConfig('print', { packs: { nyt: 'off' } });
    const run = await runCli(['config', '--print', '--no-color'], { cwd: join(dir, 'print') });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^packs\\.nyt = "off" +# ${file}$`, 'm'));
    expect(run.stdout).toMatch(/^packs\.wordpress = "on" +# default$/m);
  });
});

describe('--pack and --no-pack switches', () => {
  it('lets the last switch of a pack win', () => {
    expect(packSwitchesFrom(['-wordpress', '-bbc', '+wordpress'])).toEqual({ enablePacks: ['wordpress'], disablePacks: ['bbc'] });
    expect(packSwitchesFrom()).toEqual({ enablePacks: [], disablePacks: [] });
  });
});
