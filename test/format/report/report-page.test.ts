/** The report page: self-contained, everything from the documents escaped, its size bounded on a big run. */
import { describe, expect, it } from 'vitest';
import { ReportCollector } from '../../../src/runner/report-collector.js';
import { documentStats } from '../../../src/runner/document-stats.js';
import { RunSummary } from '../../../src/runner/summary.js';
import { DIGEST_TEXT_LIMIT, reportDigest } from '../../../src/format/report/digest.js';
import { PAGE_TEXT_BUDGET, renderReport, textLimitPerDocument } from '../../../src/format/report/report-page.js';
import { fakeResult } from './fake-result.js';

function page(documents: { source: string; text: string; removed: Parameters<typeof fakeResult>[1]; warnings?: Parameters<typeof fakeResult>[2] }[], failures: { source: string; error: string }[] = []) {
  const collector = new ReportCollector();
  const summary = new RunSummary('files', 2);
  for (const doc of documents) {
    const result = fakeResult(doc.text, doc.removed, doc.warnings);
    const stats = { ...documentStats(result, doc.text.length, doc.text.length, ''), digest: reportDigest(result, doc.text) };
    summary.addCleaned(stats, doc.source);
    collector.addCleaned(stats, doc.source);
  }
  for (const f of failures) summary.addFailure(f);
  return renderReport(collector.data(summary.toJSON(), "unboil 'in/*.txt' --report r.html"));
}

describe('renderReport', () => {
  const html = page(
    [
      { source: 'a.txt', text: 'Home\nThe story.\nSubscribe', removed: [[0, 4, 'navigation'], [16, 25, 'newsletter']] },
      { source: '<img src=x onerror=alert(1)>.txt', text: '<script>alert(1)</script>\nStory', removed: [[0, 25, 'ads']], warnings: [{ code: 'recall-guard', message: 'recall guard kept 2 blocks' }] },
    ],
    [{ source: 'broken.bin', error: 'a binary file (PNG image)' }],
  );

  it('is one page with its style and script inline, and forbids every request', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/<(link|img|iframe)\b/);
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  it('escapes whatever the documents and their names hold', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;.txt');
  });

  it('has the summary, both charts, the most cut, the warnings, the failures and every document', () => {
    expect(html).toContain('<div class="cards" id="summary">');
    expect(html).toContain('<svg class="chart" id="chart-category"');
    expect(html).toContain('<svg class="chart" id="chart-rule"');
    expect(html).toContain('<section id="most-cut">');
    expect(html).toContain('<span class="badge">recall-guard</span> recall guard kept 2 blocks');
    expect(html).toContain('<details class="table" open><summary>1 document with warnings</summary>');
    expect(html).toContain('<details class="table" open><summary>1 failure</summary>');
    expect(html).toMatch(/<td class="source">broken\.bin<\/td><td>a binary file \(PNG image\)<\/td>/);
    expect(html).toContain('<section class="doc" id="d0" data-rules=" navigation newsletter " data-categories=" navigation newsletter " data-warned="false">');
    expect(html).toContain('data-warned="true"');
    expect(html.match(/<del /g)).toHaveLength(3);
    expect(html).toContain('<option value="rule:newsletter">');
  });

  it('shares the text budget among the documents shown, within bounds', () => {
    expect(textLimitPerDocument(1)).toBe(DIGEST_TEXT_LIMIT);
    expect(textLimitPerDocument(2_000)).toBe(PAGE_TEXT_BUDGET / 2_000);
    expect(textLimitPerDocument(1_000_000)).toBe(1_000);
  });

  it('stays bounded on a big run: 3,000 documents of 30,030 characters (28 removals each) give a page of the size of its text budget', () => {
    const line = 'A line of a long document that a rule removes part of. ';
    const text = line.repeat(Math.ceil(30_000 / line.length));
    const removed: Parameters<typeof fakeResult>[1] = [];
    for (let at = 0; at + line.length < text.length; at += line.length * 20) removed.push([at, at + line.length, 'navigation']);
    const warnings = [{ code: 'little-kept' as const, message: 'kept little' }];
    const big = page(Array.from({ length: 3_000 }, (_, i) => ({ source: `doc-${i}.txt`, text, removed, warnings: i % 10 === 0 ? warnings : [] })));
    expect(big.match(/<section class="doc"/g)).toHaveLength(2_000);
    // Every document cut alike, the first 200 are the most cut; of the first 200 with warnings (every tenth), 20 are among them.
    expect(big.match(/data-warned="true"/g)!.length).toBeGreaterThanOrEqual(200);
    expect(big).toContain('<details class="table"><summary>300 documents with warnings</summary>');
    expect(big).toContain('The run cleaned 3,000 documents; this page shows 2,000 of them, in input order: the 200 most cut and the first 200 with warnings (380 documents in all), and a random sample of 1,620 others');
    // The filter counts what the page shows.
    expect(big).toContain('<option value="category:navigation">navigation (2,000)</option>');
    expect(big).toContain('Text cut here: 4,000 of 30,030 characters shown; 24 more removals in the rest.');
    expect(big.length).toBeLessThan(PAGE_TEXT_BUDGET * 1.5);
  });
});
