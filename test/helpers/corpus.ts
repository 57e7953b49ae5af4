/** Small corpora made from the fixtures, for the tests of corpus-scale runs. */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli.js';

export const SEEDS = ['fixtures/seeds/moscow-times-nato-missile-defence.txt', 'fixtures/seeds/independent-nato-overture-to-russia.txt'];
export const HTML_PAGE = 'fixtures/html/council-budget.html';

/** Copies of the fixtures (text dumps and an HTML page) under `dir`, `count` files in all; returns their paths. */
export function fixtureFiles(dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  const sources = [...SEEDS, HTML_PAGE, 'fixtures/seeds/moscow-times-nato-missile-defence.expected.txt'];
  return Array.from({ length: count }, (_, i) => {
    const source = sources[i % sources.length]!;
    const target = join(dir, `doc-${String(i).padStart(3, '0')}${source.endsWith('.html') ? '.html' : '.txt'}`);
    copyFileSync(join(ROOT, source), target);
    return target;
  });
}

/** JSON Lines records alternating text dumps and HTML pages, each with an id and a url. */
export function fixtureRecords(count: number): Record<string, unknown>[] {
  const texts = SEEDS.map((s) => readFileSync(join(ROOT, s), 'utf8'));
  const html = readFileSync(join(ROOT, HTML_PAGE), 'utf8');
  return Array.from({ length: count }, (_, i) =>
    i % 3 === 2 ? { id: i, url: `https://example.org/${i}`, html } : { id: i, url: `https://example.org/${i}`, lang_hint: 'en', text: texts[i % 2] },
  );
}

export function writeJsonl(path: string, records: readonly unknown[]): string {
  writeFileSync(path, records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n');
  return path;
}
