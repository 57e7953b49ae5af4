/** What the report keeps of a run, in bounded memory: totals over every document, and which documents it shows. */
import { describe, expect, it } from 'vitest';
import { ReportCollector, type ReportLimits } from '../../../src/runner/report-collector.js';
import { documentStats } from '../../../src/runner/document-stats.js';
import { RunSummary } from '../../../src/runner/summary.js';
import { reportDigest } from '../../../src/format/report/digest.js';
import { fakeResult } from './fake-result.js';

/** Document `i` of 100 characters, `cut` of them removed as navigation (and 10 as ads in every third). */
function stats(cut: number, i: number) {
  const text = 'x'.repeat(100);
  const removed: Parameters<typeof fakeResult>[1] = cut ? [[0, cut, 'navigation']] : [];
  if (i % 3 === 0) removed.push([90, 100, 'ad-slots', 'ads']);
  const warnings = i % 10 === 5 ? [{ code: 'recall-guard' as const, message: `doc ${i} guarded` }] : [];
  const result = fakeResult(text, removed, warnings);
  return { ...documentStats(result, text.length, 100, ''), digest: reportDigest(result, text) };
}

const LIMITS: ReportLimits = { documents: 20, mostCut: 5, warnedShown: 2, warned: 3, mostCutListed: 4 };

function collect(count: number, limits = LIMITS) {
  const collector = new ReportCollector(limits);
  const summary = new RunSummary('files', 1);
  for (let i = 0; i < count; i++) {
    const s = stats((i * 37) % 80, i);
    summary.addCleaned(s, `doc-${i}.txt`);
    collector.addCleaned(s, `doc-${i}.txt`);
  }
  return collector.data(summary.toJSON(), 'unboil docs');
}

describe('ReportCollector', () => {
  it('shows every document, in input order, up to the limit', () => {
    const data = collect(20);
    expect(data.documents.map((d) => d.source)).toEqual(Array.from({ length: 20 }, (_, i) => `doc-${i}.txt`));
    expect(data.selection).toBeUndefined();
    expect(data.command).toBe('unboil docs');
  });

  it('totals every document by rule and category, largest first', () => {
    const data = collect(20);
    const navigation = Array.from({ length: 20 }, (_, i) => (i * 37) % 80).reduce((a, b) => a + b, 0);
    expect(data.byCategory.map((c) => c.id)).toEqual(['navigation', 'ads']);
    expect(data.byCategory[0]).toEqual({ id: 'navigation', chars: navigation, documents: 19 }); // document 0 lost nothing to it
    expect(data.byRule.find((r) => r.id === 'ad-slots')).toEqual({ id: 'ad-slots', category: 'ads', chars: 70, documents: 7 });
  });

  it('past the limit shows the most cut, the first with warnings and a sample, no more than the limit, and says how they were chosen', () => {
    const data = collect(500);
    expect(data.documents).toHaveLength(20);
    const seqs = data.documents.map((d) => d.seq);
    expect(seqs).toContain(5); // the first two with warnings
    expect(seqs).toContain(15);
    // 5 most cut, 2 with warnings (here none of them among the most cut), 13 drawn.
    expect(data.selection).toEqual({ cleaned: 500, sampled: 13, mostCut: 5, warned: 2 });
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    // The sample reaches past the first documents: every one stood the same chance.
    expect(Math.max(...seqs)).toBeGreaterThan(100);
    for (const d of data.mostCut) expect(seqs).toContain(d.seq);
    // Totals still count every document.
    expect(data.byCategory[0]!.documents).toBeGreaterThan(450);
  });

  it('draws the same sample for the same run', () => {
    expect(collect(300).documents.map((d) => d.seq)).toEqual(collect(300).documents.map((d) => d.seq));
  });

  it('lists the most cut, most first, by share of the text', () => {
    const data = collect(200);
    expect(data.mostCut).toHaveLength(4);
    const shares = data.mostCut.map((d) => d.removedChars / d.chars);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    // 79 navigation characters and 10 of ads is the most any document here lost.
    expect(data.mostCut[0]!.removedChars).toBe(89);
  });

  it('names the documents with warnings up to its limit and counts the rest', () => {
    const data = collect(60);
    expect(data.warned.map((w) => w.source)).toEqual(['doc-5.txt', 'doc-15.txt', 'doc-25.txt']);
    expect(data.warned[0]!.warnings).toEqual([{ code: 'recall-guard', message: 'doc 5 guarded' }]);
    expect(data.warnedNotListed).toBe(3);
  });

  it('shows nothing of documents cleaned without a digest, but keeps their places', () => {
    const collector = new ReportCollector(LIMITS);
    const plain = documentStats(fakeResult('abc', []), 3, 3, '');
    collector.addCleaned(plain, 'a.txt');
    collector.addCleaned(stats(10, 1), 'b.txt');
    const summary = new RunSummary('files', 1).toJSON();
    expect(collector.data(summary, 'unboil').documents.map((d) => [d.seq, d.source])).toEqual([[1, 'b.txt']]);
  });
});
