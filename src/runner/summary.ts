/**
 * A run's summary: documents cleaned and failed, bytes in and out, the share of the text
 * each category of boilerplate took, time and peak memory. Printed on stderr at the end
 * of a run, and written as JSON by --stats.
 */
import type { ChalkInstance } from 'chalk';
import type { Category } from '../types.js';
import type { DocumentStats } from './document-stats.js';

/** The failures a summary lists by name; the count goes on past them. */
const LISTED_FAILURES = 100;
/** The documents with warnings a summary lists by name: enough to review a large run, bounded for a corpus of millions. */
const LISTED_WARNED = 10_000;

export interface Failure {
  source: string;
  /** JSON Lines: the line number in `source`. */
  line?: number;
  error: string;
}

/** A document whose result is doubtful: empty, flagged by the recall guard, or kept almost nothing. */
export interface Warned {
  source: string;
  /** JSON Lines: the line number in `source`. */
  line?: number;
  warnings: string[];
}

export interface SummaryJson {
  unit: 'files' | 'records';
  documents: number;
  cleaned: number;
  failed: number;
  /** JSON Lines: malformed lines passed over. */
  skipped: number;
  /** JSON Lines: inputs that could not be read to the end (missing, corrupt gzip, ...). */
  inputsFailed: number;
  bytesIn: number;
  bytesOut: number;
  /** Characters of text in the cleaned documents, and the share of them removed, overall and by category. */
  chars: number;
  removedShare: number;
  removedShareByCategory: Partial<Record<Category, number>>;
  /** Documents the recall guard flagged: the rules would have removed too much of their prose (see "guard" in JSON output). */
  guarded: number;
  /** Documents whose results are doubtful, by name, each with its warnings (the first 10,000). */
  warned: Warned[];
  /** Set when more documents had warnings than `warned` lists. */
  warnedNotListed?: number;
  seconds: number;
  documentsPerSecond: number;
  megabytesPerSecond: number;
  jobs: number;
  /** Processor time of the whole process, every thread included (user and system). */
  cpuSeconds: number;
  peakRssBytes: number;
  failures: Failure[];
  /** Set when more failures happened than `failures` lists. */
  failuresNotListed?: number;
  /** Set when --strict ended the run at a malformed line. */
  stoppedEarly?: true;
}

export class RunSummary {
  private cleaned = 0;
  private guarded = 0;
  private warnedCount = 0;
  private readonly warned: Warned[] = [];
  private failed = 0;
  private skipped = 0;
  private inputsFailed = 0;
  private bytesIn = 0;
  private bytesOut = 0;
  private chars = 0;
  private readonly removedChars = new Map<Category, number>();
  private readonly failures: Failure[] = [];
  private readonly started = process.hrtime.bigint();
  private stopped = false;

  constructor(
    readonly unit: 'files' | 'records',
    private readonly jobs: number,
  ) {}

  get documents(): number {
    return this.cleaned + this.failed + this.skipped;
  }

  get failedOrSkipped(): number {
    return this.failed + this.skipped + this.inputsFailed;
  }

  /** A cleaned document; `source` (and `line`, for a JSON Lines record) name it if it has warnings. */
  addCleaned(stats: DocumentStats, source: string, line?: number): void {
    this.cleaned++;
    if (stats.guarded) this.guarded++;
    if (stats.warnings.length > 0) {
      this.warnedCount++;
      if (this.warned.length < LISTED_WARNED) this.warned.push({ source, ...(line === undefined ? {} : { line }), warnings: stats.warnings });
    }
    this.bytesIn += stats.bytesIn;
    this.bytesOut += stats.bytesOut;
    this.chars += stats.chars;
    for (const [category, n] of Object.entries(stats.removedChars) as [Category, number][]) this.removedChars.set(category, (this.removedChars.get(category) ?? 0) + n);
  }

  /** A document that failed, or (`skipped`) a malformed JSON Lines record passed over. */
  addFailure(failure: Failure, skipped = false): void {
    if (skipped) this.skipped++;
    else this.failed++;
    this.list(failure);
  }

  /** JSON Lines: a whole input that could not be read (its records are not counted). */
  addInputFailure(failure: Failure): void {
    this.inputsFailed++;
    this.list(failure);
  }

  private list(failure: Failure): void {
    if (this.failures.length < LISTED_FAILURES) this.failures.push(failure);
  }

  /** --strict ended the run before the end of its input. */
  stopEarly(): void {
    this.stopped = true;
  }

  toJSON(): SummaryJson {
    const seconds = Number(process.hrtime.bigint() - this.started) / 1e9;
    const byCategory = [...this.removedChars].sort((a, b) => b[1] - a[1]);
    const removed = byCategory.reduce((n, [, c]) => n + c, 0);
    const share = (n: number) => (this.chars ? round(n / this.chars) : 0);
    const notListed = this.failedOrSkipped - this.failures.length;
    return {
      unit: this.unit,
      documents: this.documents,
      cleaned: this.cleaned,
      failed: this.failed,
      skipped: this.skipped,
      inputsFailed: this.inputsFailed,
      bytesIn: this.bytesIn,
      bytesOut: this.bytesOut,
      chars: this.chars,
      removedShare: share(removed),
      removedShareByCategory: Object.fromEntries(byCategory.map(([c, n]) => [c, share(n)])),
      guarded: this.guarded,
      warned: this.warned,
      ...(this.warnedCount > this.warned.length ? { warnedNotListed: this.warnedCount - this.warned.length } : {}),
      seconds: round(seconds),
      documentsPerSecond: round(this.documents / Math.max(seconds, 1e-9)),
      megabytesPerSecond: round(this.bytesIn / 1e6 / Math.max(seconds, 1e-9)),
      jobs: this.jobs,
      cpuSeconds: round(cpuSeconds()),
      peakRssBytes: process.resourceUsage().maxRSS * 1024,
      failures: this.failures,
      ...(notListed > 0 ? { failuresNotListed: notListed } : {}),
      ...(this.stopped ? { stoppedEarly: true as const } : {}),
    };
  }
}

/** The summary as stderr shows it: a first line like "unboil: cleaned 9 of 10 inputs ...", then the numbers. */
export function formatSummary(s: SummaryJson, chalk: ChalkInstance, outDir?: string): string {
  const noun = s.unit === 'files' ? (s.documents === 1 ? 'input' : 'inputs') : s.documents === 1 ? 'record' : 'records';
  const where = outDir ? ` to ${outDir}` : '';
  const problems = [
    s.failed ? chalk.red(`${s.failed} failed`) : '',
    s.inputsFailed ? chalk.red(`${s.inputsFailed} input${s.inputsFailed === 1 ? '' : 's'} unreadable`) : '',
    s.stoppedEarly ? chalk.red('stopped at a malformed line (--strict)') : s.skipped ? chalk.yellow(`${s.skipped} malformed line${s.skipped === 1 ? '' : 's'} skipped`) : '',
  ].filter(Boolean);
  const lines = [`unboil: cleaned ${count(s.cleaned)} of ${count(s.documents)} ${noun}${where}${problems.length ? `, ${problems.join(', ')}` : ''}`];
  // Rates say how fast documents were cleaned: a run that cleaned none has none.
  const rates = s.cleaned ? `${s.documentsPerSecond.toFixed(1)} documents/s, ${s.megabytesPerSecond.toFixed(2)} MB/s, ` : '';
  lines.push(`  ${mb(s.bytesIn)} in, ${mb(s.bytesOut)} out in ${s.seconds.toFixed(1)} s (${rates}${s.jobs} job${s.jobs === 1 ? '' : 's'}, peak memory ${mb(s.peakRssBytes)})`);
  const categories = Object.entries(s.removedShareByCategory).map(([c, share]) => `${c} ${percent(share!)}`);
  if (s.chars) lines.push(`  removed ${percent(s.removedShare)} of the text${categories.length ? `: ${categories.join(', ')}` : ''}`);
  const warned = s.warned.length + (s.warnedNotListed ?? 0);
  if (warned) lines.push(chalk.yellow(`  ${count(warned)} document${warned === 1 ? '' : 's'} with warnings (named above; "warned" in --stats)`));
  if (s.guarded) lines.push(chalk.yellow(`  ${count(s.guarded)} document${s.guarded === 1 ? '' : 's'} flagged by the recall guard: the rules would have removed most of the prose, so the main run was kept ("guard" in JSON output)`));
  return lines.join('\n') + '\n';
}

const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
const round = (n: number) => Math.round(n * 10000) / 10000;
const count = (n: number) => n.toLocaleString('en-US');
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const mb = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : bytes >= 1e3 ? `${(bytes / 1e3).toFixed(1)} KB` : `${bytes} bytes`);
