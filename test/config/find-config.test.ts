/** Where the config comes from: --config, the nearest unboil.config.json, or package.json's "unboil" key. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { findConfig } from '../../src/config/find-config.js';
import { ConfigError } from '../../src/config/config-error.js';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'unboil-find-config-'));
});

function write(path: string, value: unknown): string {
  const full = join(root, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, typeof value === 'string' ? value : JSON.stringify(value));
  return full;
}

describe('finding the config file', () => {
  it('walks up from the working directory to the nearest unboil.config.json', async () => {
    const file = write('project/unboil.config.json', { format: 'jsonl' });
    mkdirSync(join(root, 'project/corpus/2019/11'), { recursive: true });
    const found = await findConfig({ cwd: join(root, 'project/corpus/2019/11') });
    expect(found?.path).toBe(file);
    expect(found?.config.format).toBe('jsonl');
  });

  it('reads the "unboil" key of a package.json, and passes over one without it', async () => {
    const pkg = write('project/package.json', { name: 'corpus', unboil: { rules: { ads: 'off' } } });
    write('project/tools/package.json', { name: 'tools' });
    const found = await findConfig({ cwd: join(root, 'project/tools') });
    expect(found?.path).toBe(pkg);
    expect(found?.inPackageJson).toBe(true);
    expect(found?.config.rules).toEqual({ ads: { enabled: false } });
  });

  it('prefers unboil.config.json to package.json in the same folder, and the nearer folder to the farther', async () => {
    write('a/unboil.config.json', { format: 'json' });
    write('a/b/package.json', { unboil: { format: 'jsonl' } });
    const nearer = write('a/b/unboil.config.json', { format: 'text' });
    expect((await findConfig({ cwd: join(root, 'a/b') }))?.path).toBe(nearer);
  });

  it('takes the file named by --config over any nearer one, and --no-config reads none', async () => {
    write('here/unboil.config.json', { format: 'json' });
    const named = write('elsewhere/settings.json', { format: 'jsonl' });
    expect((await findConfig({ cwd: join(root, 'here'), explicit: named }))?.config.format).toBe('jsonl');
    expect(await findConfig({ cwd: join(root, 'here'), explicit: false })).toBeUndefined();
  });

  it('--config naming a package.json without an "unboil" key, or a missing file, is an error naming the file', async () => {
    const pkg = write('p/package.json', { name: 'x' });
    await expect(findConfig({ explicit: pkg })).rejects.toThrow(`${pkg}: has no "unboil" key`);
    await expect(findConfig({ explicit: join(root, 'nope.json') })).rejects.toThrow(/nope\.json: no such file/);
  });

  it('finds nothing when no folder up to the root has a config', async () => {
    mkdirSync(join(root, 'empty'));
    const found = await findConfig({ cwd: join(root, 'empty') });
    // The temporary folder's parents are not expected to hold a config; if one does, it is not ours.
    expect(found === undefined || !found.path.startsWith(root)).toBe(true);
  });

  it('makes outDir and rulesDirs absolute against the config file\'s folder', async () => {
    write('proj/unboil.config.json', { outDir: 'clean', rulesDirs: ['rules', '/abs/rules'] });
    const found = await findConfig({ cwd: join(root, 'proj') });
    expect(found?.config.outDir).toBe(join(root, 'proj/clean'));
    expect(found?.config.rulesDirs).toEqual([join(root, 'proj/rules'), '/abs/rules']);
  });

  it('a broken file found on the way up is an error, not skipped', async () => {
    const file = write('q/unboil.config.json', '{ "format": "json", }');
    const error = await findConfig({ cwd: join(root, 'q') }).catch((e) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(new RegExp(`^${file}: is not valid JSON at line 1, column \\d+`));
  });
});
