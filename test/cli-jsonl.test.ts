/** --jsonl: records in, cleaned records out, fields kept, order kept, bad lines named by number. */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { runCli, spawnCli } from './helpers/cli.js';
import { fixtureRecords, writeJsonl } from './helpers/corpus.js';

let dir: string;
let records: Record<string, unknown>[];
let input: string;

const parseLines = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'unboil-jsonl-'));
  records = fixtureRecords(24);
  input = writeJsonl(join(dir, 'records.jsonl'), records);
});

describe('--jsonl', { timeout: 60_000 }, () => {
  it('keeps every other field, adds the result, and keeps the order', async () => {
    const run = await runCli(['--jsonl', '--jobs', '2', input]);
    expect(run.status).toBe(0);
    const out = parseLines(run.stdout);
    expect(out.map((r) => r.id)).toEqual(records.map((r) => r.id));
    for (const [i, record] of out.entries()) {
      const source = records[i]!;
      expect(record.url).toBe(source.url);
      expect('html' in record).toBe(false);
      const expected = typeof source.html === 'string' ? clean(source.html, { inputKind: 'html' }) : clean(source.text as string);
      expect(record.title).toBe(expected.title);
      expect(record.text).toBe(expected.text);
      expect(record.removedCategories).toEqual(expected.removedCategories);
      if ('lang_hint' in source) expect(Object.keys(record).slice(0, 3)).toEqual(['id', 'url', 'lang_hint']);
    }
  });

  it('gives the same output with --jobs 1 and --jobs 2, from a file or stdin, plain or gzipped', async () => {
    const one = await runCli(['--jsonl', '-j', '1', input]);
    const two = await runCli(['--input', 'jsonl', '-j', '2'], { input: readFileSync(input) });
    const gz = await runCli(['--jsonl', '-j', '2'], { input: gzipSync(readFileSync(input)) });
    expect(two.stdout).toBe(one.stdout);
    expect(gz.stdout).toBe(one.stdout);
  });

  it('names a malformed line by number, skips it, counts it and exits 1', async () => {
    const bad = writeJsonl(join(dir, 'bad.jsonl'), [records[0], '{"id": 1, "text": "unterminated', '', records[1], '[1, 2]', { id: 5, body: 'no text field' }, records[2]]);
    const stats = join(dir, 'bad-stats.json');
    const run = await runCli(['--jsonl', bad, '--stats', stats]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`unboil: ${bad}:2: malformed JSON`));
    expect(run.stderr).toContain(`unboil: ${bad}:5: not a JSON object`);
    expect(run.stderr).toContain(`unboil: ${bad}:6: no "html" or "text" field`);
    expect(run.stderr).toMatch(/cleaned 3 of 6 records, 3 malformed lines skipped/);
    expect(parseLines(run.stdout).map((r) => r.id)).toEqual([0, 1, 2]);
    const summary = JSON.parse(readFileSync(stats, 'utf8'));
    expect(summary).toMatchObject({ unit: 'records', documents: 6, cleaned: 3, skipped: 3, failed: 0 });
    expect(summary.failures.map((f: { line: number }) => f.line)).toEqual([2, 5, 6]);
  });

  it('--strict stops at the first malformed line with a non-zero exit', async () => {
    const bad = writeJsonl(join(dir, 'strict.jsonl'), [records[0], records[1], 'not json', records[2], records[3]]);
    const run = await runCli(['--jsonl', '--strict', bad]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`unboil: ${bad}:3: malformed JSON`);
    expect(run.stderr).toContain('stopped at a malformed line (--strict)');
    expect(parseLines(run.stdout).map((r) => r.id)).toEqual([0, 1]);
  });

  it('--text-field and --html-field name the fields to clean', async () => {
    const custom = writeJsonl(join(dir, 'custom.jsonl'), [{ key: 'a', body: records[0]!.text }, { key: 'b', page: records[2]!.html }]);
    const run = await runCli(['--jsonl', '--text-field', 'body', '--html-field', 'page', custom]);
    expect(run.status).toBe(0);
    const out = parseLines(run.stdout);
    expect(out.map((r) => r.key)).toEqual(['a', 'b']);
    expect(out[0].text).toBe(clean(records[0]!.text as string).text);
    expect(out[1].title).toBe('Council approves budget with new school funding');
    expect('body' in out[0] || 'page' in out[1]).toBe(false);
  });

  it('writes one .jsonl file per input under --out-dir', async () => {
    const run = await runCli(['--jsonl', input, '--out-dir', join(dir, 'out')]);
    expect(run.status).toBe(0);
    expect(parseLines(readFileSync(join(dir, 'out', 'records.jsonl'), 'utf8'))).toHaveLength(records.length);
    expect(existsSync(join(dir, 'out', 'records.txt'))).toBe(false);
  });

  it('writes a gzipped input to a gzipped .jsonl.gz under --out-dir, and a plain one plain', async () => {
    const packed = join(dir, 'packed');
    const out = join(dir, 'packed-out');
    mkdirSync(packed);
    writeJsonl(join(packed, 'plain.jsonl'), records.slice(0, 3));
    writeFileSync(join(packed, 'pages.jsonl.gz'), gzipSync(readFileSync(join(packed, 'plain.jsonl'))));
    const run = await runCli(['--jsonl', join(packed, '*'), '--out-dir', out]);
    expect(run.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['pages.jsonl.gz', 'plain.jsonl']);
    const plain = readFileSync(join(out, 'plain.jsonl'), 'utf8');
    expect(parseLines(plain).map((r) => r.id)).toEqual(records.slice(0, 3).map((r) => r.id));
    expect(gunzipSync(readFileSync(join(out, 'pages.jsonl.gz'))).toString('utf8')).toBe(plain);
  });

  it('refuses --explain and a text or JSON output format', async () => {
    expect((await runCli(['--jsonl', '--explain', input])).status).toBe(2);
    expect((await runCli(['--jsonl', '--format', 'text', input])).status).toBe(2);
  });

  it('streams: the first records come out while stdin is still open', async () => {
    const many = fixtureRecords(150);
    const child = spawnCli(['--jsonl', '--jobs', '2']);
    let stdout = '';
    let stdinClosed = false;
    const firstLine = new Promise<boolean>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString('utf8');
        if (stdout.includes('\n')) resolve(stdinClosed);
      });
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    // Half the records, then nothing until output arrives: a reader that waited for the end would hang here.
    child.stdin.write(many.slice(0, 75).map((r) => JSON.stringify(r) + '\n').join(''));
    expect(await firstLine).toBe(false);
    child.stdin.end(many.slice(75).map((r) => JSON.stringify(r) + '\n').join(''));
    stdinClosed = true;
    expect(await exited).toBe(0);
    expect(parseLines(stdout).map((r) => r.id)).toEqual(many.map((r) => r.id));
  });
});
