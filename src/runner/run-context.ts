/** What the file and JSON Lines runners share: how to clean, where to count, how to report. */
import type { ChalkInstance } from 'chalk';
import type { CleanSettings } from './clean-settings.js';
import type { Cleaner } from './worker-pool.js';
import type { Progress } from '../cli/progress.js';
import type { RunSummary } from './summary.js';
import type { ReportCollector } from './report-collector.js';

export interface RunContext {
  settings: CleanSettings;
  cleaner: Cleaner;
  summary: RunSummary;
  /** Gathers what --report shows, when the run writes one. */
  report?: ReportCollector;
  progress: Progress;
  stderrChalk: ChalkInstance;
  /** No warnings (errors are still named). */
  quiet: boolean;
}
