/**
 * Nothing in an input is ever executed or fetched: HTML that points at resources of every
 * kind makes no network request (a server listening for them counts zero), its scripts
 * do not run, and settings or rule modules lying beside the inputs are not loaded — only
 * those the user names, or the config file found from the working directory.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clean } from '../src/clean.js';
import { ROOT, runCli } from './helpers/cli.js';
import { HTML_PAGE, SEEDS } from './helpers/corpus.js';

let dir: string;
let server: Server;
let requests: string[];
let origin: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'unboil-security-'));
  requests = [];
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.end('');
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => new Promise<void>((closed) => server.close(() => closed())));

/** The fixture page with every way a page can ask for a resource or run code, all pointing at the test's server. */
function pageWithResources(marker: string): string {
  const at = (name: string) => `${origin}/${name}`;
  const head = `
    <base href="${at('base/')}">
    <meta http-equiv="refresh" content="0; url=${at('refresh')}">
    <link rel="stylesheet" href="${at('style.css')}">
    <link rel="preload" href="${at('font.woff2')}" as="font">
    <link rel="import" href="${at('import.html')}">
    <style>@import url("${at('imported.css')}"); body { background: url(${at('background.png')}) }</style>
    <script src="${at('script.js')}"></script>
    <script>require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); fetch('${at('inline-fetch')}');</script>`;
  const body = `
    <img src="${at('image.png')}" srcset="${at('image-2x.png')} 2x" onerror="fetch('${at('onerror')}')">
    <iframe src="${at('frame.html')}"></iframe>
    <object data="${at('object.swf')}"></object><embed src="${at('embed.swf')}">
    <video src="${at('video.mp4')}" poster="${at('poster.jpg')}"><source src="${at('source.webm')}"></video>
    <svg><image href="${at('svg-image.png')}"/><use href="${at('sprite.svg#icon')}"/></svg>
    <form action="${at('form')}"><input type="image" src="${at('input.png')}"></form>`;
  return readFileSync(join(ROOT, HTML_PAGE), 'utf8').replace('</head>', `${head}</head>`).replace('<body>', `<body>${body}`);
}

describe('security', { timeout: 60_000 }, () => {
  it('cleaning HTML that points at resources fetches nothing and runs none of its scripts, in the library', async () => {
    const marker = join(dir, 'library-ran');
    const result = clean(pageWithResources(marker), { inputKind: 'html' });
    await new Promise((r) => setTimeout(r, 200)); // time for any request to arrive
    expect(requests).toEqual([]);
    expect(existsSync(marker)).toBe(false);
    expect(result.title).toBe('Council approves budget with new school funding');
  });

  it('nor on the command line, on worker threads and the main thread alike', async () => {
    const marker = join(dir, 'cli-ran');
    const page = join(dir, 'page.html');
    writeFileSync(page, pageWithResources(marker));
    for (const jobs of ['1', '2']) {
      const run = await runCli([page, page, '--jobs', jobs, '--format', 'jsonl']);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('Council approves budget with new school funding');
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(requests).toEqual([]);
    expect(existsSync(marker)).toBe(false);
  });

  it('does not load a config file or rule modules that lie beside the inputs', async () => {
    const inputs = join(dir, 'downloaded');
    const marker = join(dir, 'rule-ran');
    mkdirSync(join(inputs, 'rules'), { recursive: true });
    writeFileSync(join(inputs, 'page.txt'), readFileSync(join(ROOT, SEEDS[0]!)));
    // Settings that would keep the newsletter box, and a rule module that would leave a mark.
    writeFileSync(join(inputs, 'unboil.config.json'), JSON.stringify({ rules: { newsletter: 'off' }, rulesDirs: ['rules'] }));
    // A JavaScript config there would run code: it must not even be imported.
    writeFileSync(join(inputs, 'unboil.config.mjs'), `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(marker + '-config')}, 'ran'); export default { rules: { newsletter: 'off' } };`);
    writeFileSync(join(inputs, 'rules', 'mark.mjs'), `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(marker)}, 'ran'); export default { meta: { id: 'mark', category: 'ads', description: 'x', defaultOn: true }, linePatterns: [/^never matches this line$/] };`);
    const elsewhere = join(dir, 'working-dir');
    mkdirSync(elsewhere);
    const run = await runCli([join(inputs, 'page.txt'), '--format', 'json'], { cwd: elsewhere });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).removedCategories).toContain('newsletter');
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(marker + '-config')).toBe(false);

    // The same files do take effect where the user asks for them: run from that folder.
    const asked = await runCli([join(inputs, 'page.txt'), '--format', 'json'], { cwd: inputs });
    expect(asked.status).toBe(0);
    expect(JSON.parse(asked.stdout).removedCategories).not.toContain('newsletter');
    expect(existsSync(marker)).toBe(true);

    // A JavaScript config runs when the user names it.
    const named = await runCli([join(inputs, 'page.txt'), '--format', 'json', '--config', join(inputs, 'unboil.config.mjs')], { cwd: elsewhere });
    expect(named.status).toBe(0);
    expect(JSON.parse(named.stdout).removedCategories).not.toContain('newsletter');
    expect(existsSync(marker + '-config')).toBe(true);
  });
});
