/**
 * Writes the --report page at the end of a run, atomically like every output: a reader
 * (a CI job's artifact upload) sees the whole page or none. A page that cannot be written
 * is named on stderr and the run exits 1, as --stats does.
 */
import type { ChalkInstance } from 'chalk';
import { writeFileAtomic } from '../io/write-atomic.js';
import { renderReport } from '../format/report/report-page.js';
import type { ReportCollector } from '../runner/report-collector.js';
import type { SummaryJson } from '../runner/summary.js';
import { writing } from '../runner/interrupt.js';

/** Returns false when the page could not be written. */
export async function writeReport(path: string, collector: ReportCollector, summary: SummaryJson, command: string, stderrChalk: ChalkInstance): Promise<boolean> {
  const release = writing(path);
  try {
    await writeFileAtomic(path, renderReport(collector.data(summary, command)));
    return true;
  } catch (e) {
    process.stderr.write(`${stderrChalk.red('unboil:')} cannot write --report ${path}: ${(e as Error).message}\n`);
    return false;
  } finally {
    release();
  }
}
