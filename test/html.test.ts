/** HTML input end to end: a realistic page, input detection, and bad HTML that must not crash or hang. */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { ROOT, runCli } from './helpers/cli.js';

const PAGE = 'fixtures/html/council-budget.html';
const EXPECTED = readFileSync(join(ROOT, 'fixtures/html/council-budget.expected.txt'), 'utf8');

describe('HTML pages', () => {
  it('cleans a page to its title and article', async () => {
    const run = await runCli([PAGE]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(EXPECTED);
  });

  it('gives metadata from the markup in JSON', async () => {
    const json = JSON.parse((await runCli(['--format', 'json', PAGE])).stdout);
    expect(json).toMatchObject({
      title: 'Council approves budget with new school funding',
      byline: 'Priya Natarajan',
      published: '2024-03-05T18:30:00+00:00',
      site: 'The Riverside Courier',
      lang: 'en',
      url: 'https://courier.example/news/council-budget',
    });
    expect(json.removedCategories).toEqual(expect.arrayContaining(['newsletter']));
  });

  it('detects HTML on stdin by sniffing, and reads gzipped pages', async () => {
    const html = readFileSync(join(ROOT, PAGE));
    expect((await runCli([], { input: html })).stdout).toBe(EXPECTED);
    const dir = mkdtempSync(join(tmpdir(), 'unboil-html-'));
    writeFileSync(join(dir, 'page.html.gz'), gzipSync(html));
    expect((await runCli([join(dir, 'page.html.gz')])).stdout).toBe(EXPECTED);
    expect((await runCli(['--input', 'html'], { input: gzipSync(html) })).stdout).toBe(EXPECTED);
  });

  it('decodes a windows-1252 page by its meta charset, and one that declares nothing', async () => {
    const body = '<p>Le café était plein à craquer ce matin-là, et les serveurs couraient entre les tables sans s\'arrêter une seconde.</p>';
    const declared = Buffer.from(`<html><head><meta charset="windows-1252"></head><body>${body}</body></html>`, 'latin1');
    expect((await runCli(['--input', 'html'], { input: declared })).stdout).toContain('Le café était plein à craquer');
    const undeclared = Buffer.from(`<html><body>${body}</body></html>`, 'latin1');
    const run = await runCli(['--input', 'html'], { input: undeclared });
    expect(run.stdout).toContain('Le café était plein à craquer');
    expect(run.stderr).toContain('read as windows-1252');
  });
});

describe('bad HTML', () => {
  const prose = 'The committee met on Monday and agreed to publish its findings before the end of the month, a spokesman said.';

  it('truncated markup and unclosed tags still give the text', async () => {
    expect(clean(`<html><body><div><p>${prose}<p>${prose} And more<div><span>`, { inputKind: 'html' }).paragraphs.length).toBeGreaterThanOrEqual(1);
    expect(clean(`<html><body><article><p>${prose}</p><p>${prose.slice(0, 60)}`, { inputKind: 'html' }).text).toContain('The committee met on Monday');
  });

  it('a page with no body, an empty page and a page that is only a script give empty or partial results', async () => {
    expect(clean(`<p>${prose}</p>`, { inputKind: 'html' }).text).toBe(prose);
    expect(clean('', { inputKind: 'html' })).toMatchObject({ text: '', paragraphs: [], title: null });
    expect(clean('<html><head><script>document.write("hello")</script></head></html>', { inputKind: 'html' }).text).toBe('');
  });

  it('deeply nested markup does not overflow the stack', async () => {
    const depth = 20000;
    const html = '<div>'.repeat(depth) + `<p>${prose}</p>` + '</div>'.repeat(depth);
    expect(clean(html, { inputKind: 'html' }).text).toBe(prose);
  });
});
