/** Where the config comes from: --config, or the nearest unboil.config.json/.js/.mjs, .unboilrc.json or package.json's "unboil" key. */
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

  it('reads .unboilrc.json, .unboilrc (JSON) and unboil.config.js/.mjs/.cjs as ESLint-era tools do', async () => {
    write('rc/.unboilrc.json', { format: 'json' });
    expect((await findConfig({ cwd: join(root, 'rc') }))?.config.format).toBe('json');
    write('bare/.unboilrc', { title: false });
    expect((await findConfig({ cwd: join(root, 'bare') }))?.config.title).toBe(false);
    write('esm/unboil.config.mjs', "export default { format: 'jsonl', outDir: 'clean' };");
    const esm = await findConfig({ cwd: join(root, 'esm') });
    expect(esm?.config).toEqual({ format: 'jsonl', outDir: join(root, 'esm/clean') });
    write('cjs/unboil.config.cjs', "module.exports = { lang: 'de' };");
    expect((await findConfig({ cwd: join(root, 'cjs') }))?.config.lang).toBe('de');
    write('js/package.json', { type: 'module' });
    write('js/unboil.config.js', "export default { maxSize: '1MB' };");
    expect((await findConfig({ cwd: join(root, 'js') }))?.config.maxSize).toBe(1024 * 1024);
  });

  it("in one folder, unboil's own files come before package.json, unboil.config.* before .unboilrc", async () => {
    write('order/package.json', { unboil: { format: 'text' } });
    write('order/.unboilrc.json', { format: 'markdown' });
    expect((await findConfig({ cwd: join(root, 'order') }))?.config.format).toBe('markdown');
    const js = write('order/unboil.config.mjs', "export default { format: 'json' };");
    expect((await findConfig({ cwd: join(root, 'order') }))?.path).toBe(js);
  });

  it('checks a JavaScript config as a JSON one, and names one that fails to load or exports nothing', async () => {
    const bad = write('jsbad/unboil.config.mjs', "export default { fromat: 'json' };");
    await expect(findConfig({ cwd: join(root, 'jsbad') })).rejects.toThrow(`${bad}: "fromat" is not a setting (did you mean "format"?)`);
    const throws = write('throws/unboil.config.mjs', "throw new Error('no settings today');");
    await expect(findConfig({ cwd: join(root, 'throws') })).rejects.toThrow(`${throws}: could not be loaded: no settings today`);
    const named = write('named/unboil.config.mjs', "export const format = 'json';");
    await expect(findConfig({ cwd: join(root, 'named') })).rejects.toThrow(`${named}: has no default export`);
  });

  it('--config takes a JavaScript file; an empty file or one of another kind is refused', async () => {
    const js = write('x/settings.mjs', "export default { quiet: true };");
    expect((await findConfig({ explicit: js }))?.config.quiet).toBe(true);
    const yaml = write('x/settings.yaml', 'quiet: true');
    await expect(findConfig({ explicit: yaml })).rejects.toThrow(`${yaml}: is not a config file unboil can read`);
    const empty = write('x/unboil.config.json', '');
    await expect(findConfig({ explicit: empty })).rejects.toThrow(`${empty}: is empty`);
    await expect(findConfig({ cwd: join(root, 'x') })).rejects.toThrow(`${empty}: is empty`);
    await expect(findConfig({ explicit: join(root, 'x') })).rejects.toThrow('is a folder, not a config file');
  });
});
