/**
 * The config file on the command line: found by walking up, merged under the command
 * line's options, shown by `config --print` with the source of each value, and refused
 * with exit 2 when it is wrong.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { Chalk } from 'chalk';
import { beforeEach, describe, expect, it } from 'vitest';
import { prepareRun, withConfigDefaults } from '../../src/cli/run-setup.js';
import { describeConfig } from '../../src/config/describe-config.js';
import { formatConfig } from '../../src/format/config-print.js';
import { ROOT, runCli } from '../helpers/cli.js';

const SEED = `${ROOT}fixtures/seeds/moscow-times-nato-missile-defence.txt`;
const CUSTOM = `${ROOT}fixtures/custom-rules`;
let dir: string;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'unboil-config-cli-'));
});

function write(path: string, value: unknown): string {
  const full = join(dir, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, JSON.stringify(value, null, 2));
  return full;
}

describe('config defaults under the command line', () => {
  function parse(args: string[]) {
    const command = new Command('t')
      .exitOverride()
      .addOption(new Option('-f, --format <f>').choices(['text', 'json', 'jsonl']).default('text'))
      .option('--no-title')
      .option('--exclude <g>', '', (v: string) => [v], []);
    command.parse(args, { from: 'user' });
    return command;
  }

  it('fills what the command line left at its default, and nothing it set', async () => {
    const config = { format: 'jsonl' as const, title: false, exclude: ['*.bak'], outDir: '/out' };
    const plain = parse([]);
    expect(withConfigDefaults(plain.opts(), plain, config)).toEqual({ format: 'jsonl', title: false, exclude: ['*.bak'] });
    const given = parse(['--format', 'text', '--exclude', '*.tmp']);
    expect(withConfigDefaults(given.opts(), given, config)).toEqual({ format: 'text', title: false, exclude: ['*.tmp'] });
    expect(withConfigDefaults(plain.opts(), plain, config, ['title'])).toEqual({ format: 'text', title: false, exclude: [] });
  });
});

// Spawned processes are slow on a busy machine.
describe('config --print', { timeout: 30_000 }, () => {
  it('lists every setting, rule switch and rule option with its source', async () => {
    const file = write('proj/unboil.config.json', { format: 'json', rules: { ads: 'off', 'house-promo': { options: { maxWords: 12 } } }, rulesDirs: [CUSTOM] });
    const setup = await prepareRun({ enable: [], disable: [], rulesDir: [] }, join(dir, 'proj'));
    const description = describeConfig(setup.configFile, setup.loaded, setup, { format: 'text', input: 'auto', title: true, rulesDirs: [] });
    expect(description.file).toBe(file);
    expect(description.settings.format).toEqual({ value: 'json', source: file });
    expect(description.settings.input).toEqual({ value: 'auto', source: 'default' });
    expect(description.rules.ads!.enabled).toEqual({ value: false, source: file });
    expect(description.rules.newsletter!.enabled).toEqual({ value: true, source: 'default' });
    expect(description.rules['house-promo']).toEqual({
      enabled: { value: true, source: 'default' },
      definedIn: join(CUSTOM, 'house-promo.js'),
      options: { maxWords: { value: 12, source: file } },
    });
    const text = formatConfig(description, new Chalk({ level: 0 }));
    expect(text).toMatch(new RegExp(`^format = "json" +# ${file}$`, 'm'));
    expect(text).toMatch(/^input = "auto" +# default$/m);
    expect(text).toMatch(new RegExp(`^rules\\.house-promo\\.options\\.maxWords = 12 +# ${file}$`, 'm'));
    expect(text).toMatch(new RegExp(`^rules\\.house-promo = "on" +# default; rule from ${CUSTOM}/house-promo\\.js$`, 'm'));
  });

  it('names the "unboil" key of a package.json as the source, from the command line', async () => {
    write('pkg/package.json', { name: 'corpus', unboil: { title: false, rules: { metadata: 'off' } } });
    mkdirSync(join(dir, 'pkg/raw'));
    const run = await runCli(['config', '--print'], { cwd: join(dir, 'pkg/raw') });
    expect(run.status).toBe(0);
    const source = `${join(dir, 'pkg/package.json')} ("unboil" key)`;
    expect(run.stdout.split('\n')[0]).toBe(`# config file: ${source}`);
    expect(run.stdout).toContain(`title = false`);
    expect(run.stdout).toMatch(/^format = "text" +# default$/m);
    expect(run.stdout).toMatch(new RegExp(`^rules\\.metadata = "off" +# ${source.replace(/[()".]/g, '\\$&')}$`, 'm'));
  });
});

// Spawned processes are slow on a busy machine.
describe('the config on the command line', { timeout: 30_000 }, () => {
  it('a config found above the working directory sets the clean command\'s defaults; the command line wins', async () => {
    write('corpus/unboil.config.json', { format: 'jsonl', rules: { donation: 'off' } });
    mkdirSync(join(dir, 'corpus/2019/11'), { recursive: true });
    const cwd = join(dir, 'corpus/2019/11');
    const page = join(cwd, 'page.txt');
    const prose = 'The council approved the budget on Tuesday after a long debate about taxes and schools, officials said.';
    writeFileSync(page, `Budget Passes\n\n${prose}\n\nDonate now\n\n${prose}\n`);
    const jsonl = await runCli([page], { cwd });
    expect(jsonl.status).toBe(0);
    const result = JSON.parse(jsonl.stdout);
    expect(result.removed.map((r: { rule: string }) => r.rule)).not.toContain('donation');
    const text = await runCli(['--format', 'text', '--enable', 'donation', '--explain', page], { cwd });
    expect(text.stdout).toContain('✗ Donate now  [donation]');
  });

  it('"decision": "rules" leaves the article to the rules alone; --decision model wins', async () => {
    write('site/unboil.config.json', { decision: 'rules' });
    const cwd = join(dir, 'site');
    const page = `${ROOT}fixtures/html/teaser-outscores-article.html`;
    // The block model brings back this page's teasers after the article; the rules do not.
    const byRules = await runCli([page], { cwd });
    expect(byRules.status).toBe(0);
    expect(byRules.stdout).toContain('If someone is not careful at the gym');
    expect(byRules.stdout).not.toContain('Social Security');
    const byModel = await runCli(['--decision', 'model', page], { cwd });
    expect(byModel.stdout).toContain('Social Security');
  });

  it('a bad value is a usage error naming the file and the key, for every command', async () => {
    const file = write('bad/unboil.config.json', { rules: { newsletter: 'maybe' } });
    const run = await runCli(['check', SEED], { cwd: join(dir, 'bad') });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`unboil: ${file}: "rules.newsletter" must be "on", "off" or an object with "enabled" and "options", not the string "maybe"\n`);
    expect(run.stdout).toBe('');
  });

  it('rules --json lists custom rules from the config\'s folders with their files', async () => {
    write('r/unboil.config.json', { rulesDirs: [CUSTOM], rules: { 'print-edition': 'off' } });
    const run = await runCli(['rules', '--json'], { cwd: join(dir, 'r') });
    expect(run.status).toBe(0);
    const rules = JSON.parse(run.stdout);
    expect(rules.find((r: { id: string }) => r.id === 'newsletter')).toMatchObject({ source: 'built-in', enabled: true, docs: expect.stringMatching(/docs\/rules\/newsletter\.md$/) });
    expect(rules.find((r: { id: string }) => r.id === 'house-promo')).toMatchObject({
      category: 'promo',
      source: join(CUSTOM, 'house-promo.js'),
      docs: null,
      options: { maxWords: { default: 40, description: expect.any(String) } },
      classWords: ['promo'],
    });
    expect(rules.find((r: { id: string }) => r.id === 'print-edition')).toMatchObject({ enabled: false, defaultOn: true, selectors: ['.print-edition-note'] });
  });
});
