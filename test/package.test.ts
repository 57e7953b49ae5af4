/**
 * The package as users get it: what `npm pack` puts in the tarball, and the tarball
 * installed globally into a folder of its own, run as a user would run it.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('the package', () => {
  it('holds the licence, the command, the library and its types, and no source maps', async () => {
    const { stdout } = await run(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT });
    const files = (JSON.parse(stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'bin/unboil.js', 'dist/index.js', 'dist/index.d.ts', 'dist/bundle/main.js']));
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/'))).toEqual([]);
  });

  it('installs from its tarball with npm install -g and cleans a page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unboil-package-'));
    const { stdout } = await run(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: ROOT });
    const tarball = join(dir, (JSON.parse(stdout) as { filename: string }[])[0]!.filename);
    const prefix = join(dir, 'global');
    // The tarballs are in npm's cache once the project itself is installed, but `npm ci` caches
    // no registry metadata, which resolving the package's ranges needs: cache first, then the registry.
    await run(npm, ['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', tarball], { cwd: dir });
    const bin = process.platform === 'win32' ? join(prefix, 'unboil.cmd') : join(prefix, 'bin', 'unboil');
    const seed = join(ROOT, 'fixtures/seeds/moscow-times-nato-missile-defence');
    const cleaned = await run(bin, [`${seed}.txt`], { cwd: dir });
    expect(cleaned.stdout).toBe(readFileSync(`${seed}.expected.txt`, 'utf8'));
  }, 120_000);
});
