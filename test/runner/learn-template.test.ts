/** The learning pass over a run's files: the same template on one thread and on several. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// The built modules: the pool's threads start from the built clean-worker.js.
import { learnTemplate, templateGroup } from '../../dist/runner/learn-template.js';
import { createCleaner } from '../../dist/runner/worker-pool.js';
import { isTemplateLine } from '../../dist/learn/template-model.js';
import type { CleanSettings } from '../../src/runner/clean-settings.js';

const MENU = 'Harbour Herald – news from the quay';
const FOOTER = 'Harbour Herald Ltd, 3 Quay Lane, Porttown';

/** Two folders of pages sharing a menu and a footer, an HTML page, and a path that does not exist. */
function corpus(): string[] {
  const root = mkdtempSync(join(tmpdir(), 'unboil-learn-pass-'));
  const paths: string[] = [];
  for (const site of ['herald', 'gazette']) {
    mkdirSync(join(root, site));
    for (let i = 0; i < 12; i++) {
      const path = join(root, site, `page${i}.txt`);
      const shared = i % 3 === 0 ? [] : [MENU]; // on 8 of 12 pages
      writeFileSync(path, [...shared, `Story ${i} of ${site}`, `What happened on day ${i} in the ${site}'s town, told at length.`, FOOTER].join('\n\n'));
      paths.push(path);
    }
  }
  const html = join(root, 'herald', 'page.html');
  writeFileSync(html, `<html><body><p>${MENU}</p><p>${FOOTER}</p></body></html>`);
  return [...paths, html, join(root, 'herald', 'missing.txt')];
}

const SETTINGS: CleanSettings = {
  format: 'text',
  explain: false,
  title: true,
  input: 'auto',
  maxSize: 1 << 20,
  clean: {},
  colorLevel: 0,
  textField: 'text',
  htmlField: 'html',
  identity: false,
};

/** Learns on `threads` threads, as a run does: on the pool that then cleans the files. */
async function learnOn(paths: string[], threads: number) {
  const cleaner = await createCleaner(SETTINGS, threads, 'files');
  try {
    return await learnTemplate(paths, cleaner.learnKeys, threads);
  } finally {
    await cleaner.close();
  }
}

describe('the learning pass', () => {
  it('learns each folder from its text dumps, skipping HTML pages and unreadable files', async () => {
    const paths = corpus();
    const model = await learnOn(paths, 1);
    const herald = templateGroup(paths[0]!);
    expect(model.groups[herald]).toMatchObject({ documents: 12 });
    expect(isTemplateLine(model, herald, MENU)).toBe(true);
    expect(isTemplateLine(model, herald, FOOTER)).toBe(true);
    expect(isTemplateLine(model, herald, 'Story 4 of herald')).toBe(false);
  });

  it('learns the same template on two threads as on one', async () => {
    const paths = corpus();
    const one = await learnOn(paths, 1);
    const two = await learnOn(paths, 2);
    expect(two).toEqual(one);
    expect(Object.values(two.groups).map((g) => g.keys.length)).toEqual([2, 2]);
  });
});
