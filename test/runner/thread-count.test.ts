/** The default thread count: one per core for a big run, fewer for a small one. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { WORK_PER_THREAD, defaultThreadCount, threadsMemoryAllows } from '../../src/runner/thread-count.js';

let dir: string;
/** Writes `count` files of `bytes` each, named `name-N.ext`, and returns their paths. */
function files(name: string, ext: string, count: number, bytes: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const path = join(dir, `${name}-${i}${ext}`);
    writeFileSync(path, 'x'.repeat(bytes));
    return path;
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'unboil-threads-'));
});

const GB = 1024 ** 3;
const textRun = (paths: string[], cores = 4, memory = 16 * GB) => defaultThreadCount({ paths, jsonl: false, input: 'auto', cores, memory });

describe('defaultThreadCount', () => {
  it('keeps a small run of text dumps on one thread', async () => {
    expect(await textRun(files('small', '.txt', 20, 10_000))).toBe(1);
  });

  it('gives a thread to each share of work, up to one per core', async () => {
    const perFile = 100_000;
    const twoThreads = Math.ceil((2 * WORK_PER_THREAD) / perFile);
    expect(await textRun(files('two', '.txt', twoThreads, perFile))).toBe(2);
    expect(await textRun(files('many', '.txt', 8 * twoThreads, perFile))).toBe(4);
    expect(await textRun(files('many2', '.txt', 8 * twoThreads, perFile), 2)).toBe(2);
  });

  it('weighs HTML pages lighter than text dumps of the same size, by extension or by --input', async () => {
    const txt = files('page', '.txt', 40, 200_000);
    const html = files('page', '.html', 40, 200_000);
    expect(await textRun(txt)).toBe(4);
    expect(await textRun(html)).toBe(1);
    expect(await defaultThreadCount({ paths: txt, jsonl: false, input: 'html', cores: 4, memory: 16 * GB })).toBe(1);
  });

  it('weighs a gzipped file as the larger text it holds', async () => {
    const gz = files('packed', '.txt.gz', 10, 100_000);
    const plain = files('plain', '.txt', 10, 100_000);
    expect(await textRun(gz)).toBeGreaterThan(await textRun(plain));
  });

  it('never starts more threads than there are files, and one for a single file', async () => {
    expect(await textRun(files('big', '.txt', 2, 20 * WORK_PER_THREAD))).toBe(2);
    expect(await textRun(files('one', '.txt', 1, 20 * WORK_PER_THREAD))).toBe(1);
  });

  it('gives every core to JSON Lines on stdin, whose size is unknown', async () => {
    expect(await defaultThreadCount({ paths: ['-'], jsonl: true, input: 'auto', cores: 4, memory: 16 * GB })).toBe(4);
  });

  it('sizes a JSON Lines file by its bytes, as it holds many records', async () => {
    const [small] = files('records-small', '.jsonl', 1, 100_000);
    const [big] = files('records-big', '.jsonl', 1, Math.ceil(3 * WORK_PER_THREAD));
    expect(await defaultThreadCount({ paths: [small!], jsonl: true, input: 'auto', cores: 4, memory: 16 * GB })).toBe(1);
    expect(await defaultThreadCount({ paths: [big!], jsonl: true, input: 'auto', cores: 4, memory: 16 * GB })).toBe(3);
  });

  it('starts no more threads than the memory holds, and one at least', async () => {
    const big = files('roomy', '.txt', 8, 4 * WORK_PER_THREAD);
    expect(await textRun(big, 8, 16 * GB)).toBe(8);
    expect(await textRun(big, 8, GB / 2)).toBe(threadsMemoryAllows(GB / 2));
    expect(threadsMemoryAllows(GB / 2)).toBeLessThan(8);
    expect(threadsMemoryAllows(GB / 2)).toBeGreaterThan(1);
    expect(await textRun(big, 8, 64 * 1024 * 1024)).toBe(1);
    expect(await defaultThreadCount({ paths: ['-'], jsonl: true, input: 'auto', cores: 32, memory: GB })).toBe(threadsMemoryAllows(GB));
  });

  it('counts a missing file as a small one, for it fails later in its turn', async () => {
    expect(await textRun([join(dir, 'missing-1.txt'), join(dir, 'missing-2.txt')])).toBe(1);
  });
});
