/**
 * The --report page as a reader sees it: rendered in headless Chromium (Debian's chromium
 * package, which .ci/run installs; UNBOIL_CHROMIUM names another binary), with its chart
 * drawn, its removals struck through, its filter hiding and showing documents, and no
 * request leaving it. A screenshot of it is saved (UNBOIL_REPORT_SCREENSHOT names where).
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import fg from 'fast-glob';
import { ROOT, runCli } from './helpers/cli.js';

const INPUTS = ['fixtures/html/*.html', 'fixtures/seeds/*.txt', 'fixtures/dumps/*.txt'];
/** The documents the report holds: one a file of the inputs (the fixtures grow). */
const DOCUMENTS = fg.sync(INPUTS, { cwd: ROOT }).length;

/** The browser to render in; without one the test fails, saying how to get one, rather than pass unseen. */
function chromiumPath(): string {
  const named = process.env.UNBOIL_CHROMIUM;
  if (named) {
    if (!existsSync(named)) throw new Error(`UNBOIL_CHROMIUM names ${named}, which does not exist`);
    return named;
  }
  const found = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (!found) throw new Error("no Chromium to render the report in: install Debian's chromium package (apt-get install chromium, as .ci/run does) or set UNBOIL_CHROMIUM to a Chromium binary");
  return found;
}

let dir: string;
let report: string;
let browser: Browser | undefined;
let page: Page;
const requests: string[] = [];
const errors: string[] = [];

const visibleDocs = () => page.locator('section.doc:visible');

beforeAll(async () => {
  const executablePath = chromiumPath();
  dir = mkdtempSync(join(tmpdir(), 'unboil-report-browser-'));
  report = join(dir, 'report.html');
  const [run, launched] = await Promise.all([
    runCli([...INPUTS, '--jobs', '2', '--out-dir', join(dir, 'out'), '--report', report, '-q']),
    chromium.launch({ executablePath }),
  ]);
  browser = launched;
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(pathToFileURL(report).href);
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe('the report in a browser', { timeout: 30_000 }, () => {
  it('loads nothing but itself, and runs its script without error', () => {
    expect(requests).toEqual([pathToFileURL(report).href]);
    expect(errors).toEqual([]);
  });

  it('draws the chart by category: a row per category, bars longest first', async () => {
    const categories = await page.locator('#filter optgroup[label="category"] option').count();
    expect(categories).toBeGreaterThan(3);
    const rows = page.locator('#chart-category g.row');
    expect(await rows.count()).toBe(categories);
    const bars = page.locator('#chart-category rect.bar.share');
    const widths = await bars.evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect().width));
    expect(widths.every((w) => w > 0)).toBe(true);
    expect(widths).toEqual([...widths].sort((a, b) => b - a));
    expect(widths[0]).toBeGreaterThan(100);
    await expect.poll(() => rows.first().locator('text.name').textContent()).toBeTruthy();
    expect(await page.locator('#chart-rule g.row').count()).toBeGreaterThanOrEqual(categories);
  });

  it('strikes each removal through in place, labelled with its rule and reason', async () => {
    const marks = page.locator('section.doc del');
    expect(await marks.count()).toBeGreaterThan(50);
    const first = marks.first();
    await first.scrollIntoViewIfNeeded();
    expect(await first.isVisible()).toBe(true);
    const style = await first.evaluate((del) => getComputedStyle(del).textDecorationLine);
    expect(style).toContain('line-through');
    const rule = (await first.getAttribute('data-rule'))!;
    expect(await first.getAttribute('title')).toMatch(new RegExp(`^${rule}\\b.*: .+`));
    const label = first.locator('xpath=following-sibling::span[1]');
    expect(await label.getAttribute('class')).toBe('why');
    expect(await label.textContent()).toMatch(new RegExp(`^${rule} · .+`));
    expect(await label.isVisible()).toBe(true);
  });

  it('filters by category: only the documents it cut are shown, then all again', async () => {
    const total = await page.locator('section.doc').count();
    expect(total).toBe(DOCUMENTS);
    // The category that cut the fewest documents, so that the filter must hide some.
    const options = await page.locator('#filter optgroup[label="category"] option').evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, documents: Number(/\((\d+)\)$/.exec(o.textContent!)![1]) })));
    const fewest = options.sort((a, b) => a.documents - b.documents)[0]!;
    expect(fewest.documents).toBeLessThan(total);
    await page.selectOption('#filter', fewest.value);
    const category = fewest.value.slice('category:'.length);
    await expect.poll(() => visibleDocs().count()).toBe(fewest.documents);
    for (const categories of await visibleDocs().evaluateAll((docs) => docs.map((d) => (d as HTMLElement).dataset.categories!))) expect(categories).toContain(` ${category} `);
    expect(await page.locator('#shown-count').textContent()).toBe(`${fewest.documents} of ${total} documents shown`);
    await page.selectOption('#filter', '');
    await expect.poll(() => visibleDocs().count()).toBe(total);
  });

  it('filters by rule from a click on the chart, and by warnings', async () => {
    const row = page.locator('#chart-rule g.row').last();
    const filter = (await row.getAttribute('data-filter'))!;
    await row.locator('rect.bar.share').click({ timeout: 5_000 });
    expect(await page.locator('#filter').inputValue()).toBe(filter);
    const rule = filter.slice('rule:'.length);
    const shown = await visibleDocs().evaluateAll((docs) => docs.map((d) => (d as HTMLElement).dataset.rules!));
    expect(shown.length).toBeGreaterThan(0);
    for (const rules of shown) expect(rules).toContain(` ${rule} `);
    expect(await page.locator(`section.doc:visible del.hit[data-rule="${rule}"]`).count()).toBeGreaterThan(0);
    await page.selectOption('#filter', '');
    await page.check('#only-warned');
    const warned = await page.locator('section.doc[data-warned="true"]').count();
    await expect.poll(() => visibleDocs().count()).toBe(warned);
    await page.uncheck('#only-warned');
    await expect.poll(() => visibleDocs().count()).toBe(DOCUMENTS);
  });

  it('is saved as a screenshot', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const path = process.env.UNBOIL_REPORT_SCREENSHOT ?? join(dir, 'report.png');
    await page.screenshot({ path });
    const png = readFileSync(path);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(20_000);
  });
});
