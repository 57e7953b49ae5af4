/**
 * A run over the inputs, from its threads to its last document: how many threads (unless
 * --jobs says), the heap and the rules' patterns set for a run that goes on, the pool
 * started once, the learning pass, then every file or record cleaned and handed on in
 * input order. The command checks its options before and reports the summary after.
 */
import { stat } from 'node:fs/promises';
import type { ChalkInstance } from 'chalk';
import { commonBase } from '../io/output-path.js';
import { kindFromPath } from '../io/input-kind.js';
import { joinUnionsAtOnce } from '../text/pattern-union.js';
import type { Progress, ProgressOptions } from '../cli/progress.js';
import type { CleanSettings } from './clean-settings.js';
import { learnTemplate, shouldLearn } from './learn-template.js';
import { letHeapGrowForFiles } from './heap-growth.js';
import { STDIN, cleanFiles } from './clean-files.js';
import { cleanJsonl } from './clean-jsonl.js';
import { createCleaner } from './worker-pool.js';
import { cpuCores } from './cpu-cores.js';
import { memoryLimit } from './memory-limit.js';
import { defaultThreadCount } from './thread-count.js';
import { RunSummary } from './summary.js';
import type { ReportCollector } from './report-collector.js';
import { stopOnInterrupt } from './interrupt.js';

export interface CorpusRunOptions {
  /** Every input in order, stdin ('-') among them, and the files alone. */
  all: readonly string[];
  paths: readonly string[];
  settings: CleanSettings;
  /** Inputs are JSON Lines records rather than one document per file. */
  jsonl: boolean;
  /** Threads cleaning at once; undefined: as many as the input pays for (thread-count.ts). */
  jobs?: number;
  /** Learn the corpus's template first: true, false, or undefined to learn in runs over many files. */
  learn?: boolean;
  /** Where outputs go (see clean-files.ts and clean-jsonl.ts). */
  outDir?: string;
  inPlace: boolean;
  backup: boolean;
  /** File mode: the output files' extension. */
  extension: string;
  /** JSON Lines: a malformed line ends the run. */
  strict: boolean;
  /** Gather what --report shows. */
  report: boolean;
  quiet: boolean;
  stderrChalk: ChalkInstance;
  /** A progress bar for a pass of the run (the terminal is the command's to draw on). */
  progress: (options: Omit<ProgressOptions, 'enabled'>) => Progress;
}

export interface CorpusRunResult {
  summary: RunSummary;
  report?: ReportCollector;
  /** --strict ended the run at a malformed line. */
  stopped: boolean;
}

export async function runCorpus(options: CorpusRunOptions): Promise<CorpusRunResult> {
  const { all, paths, settings, jsonl } = options;
  if (!jsonl) letHeapGrowForFiles();
  // Over many documents, rules join their patterns at once (see pattern-union.ts).
  if (jsonl || all.length > 1) joinUnionsAtOnce();
  // A single file gains nothing from threads; JSON Lines may hold any number of records.
  const threads =
    options.jobs === undefined
      ? await defaultThreadCount({ paths: all, jsonl, input: settings.input, cores: cpuCores(), memory: memoryLimit() })
      : jsonl
        ? options.jobs
        : Math.min(options.jobs, all.length);
  const unit = jsonl ? 'records' : 'files';
  // The run's time, in the summary, includes the learning pass.
  const summary = new RunSummary(unit, threads);
  const report = options.report ? new (await import('./report-collector.js')).ReportCollector() : undefined;
  const cleaner = await createCleaner(settings, threads, jsonl ? 'records' : 'files');
  const forgetCleaner = stopOnInterrupt(() => cleaner.close());
  let progress: Progress | undefined;
  let stopped = false;
  try {
    // HTML pages are not learned from; those their extension or --input names are not even read.
    const learnable = jsonl || settings.identity ? [] : paths.filter((path) => kindFromPath(settings.input, path) !== 'html');
    if (learnable.length > 0 && shouldLearn(options.learn, learnable.length)) {
      // A pass of its own over the files, with a bar of its own: on a large corpus it takes minutes.
      const learning = options.progress({ unit, totalDocuments: learnable.length, pass: 'learning' });
      try {
        cleaner.useTemplate(await learnTemplate(learnable, cleaner.learnKeys, threads, (done) => learning.update(done)));
      } finally {
        learning.stop();
      }
    }
    progress = options.progress({
      unit,
      totalDocuments: jsonl ? undefined : all.length,
      totalBytes: jsonl ? await totalSize(all) : undefined,
    });
    const run = { settings, cleaner, summary, report, progress, stderrChalk: options.stderrChalk, quiet: options.quiet };
    const writes = { outDir: options.outDir, inPlace: options.inPlace, backup: options.backup, base: commonBase(paths) };
    if (jsonl) stopped = (await cleanJsonl(all, run, { ...writes, strict: options.strict })) === 'stopped';
    else await cleanFiles(all, run, { ...writes, extension: options.extension });
  } finally {
    progress?.stop();
    forgetCleaner();
    await cleaner.close();
  }
  return { summary, report, stopped };
}

/** The bytes a JSON Lines run will read, when every input is a file; otherwise unknown. */
async function totalSize(sources: readonly string[]): Promise<number | undefined> {
  if (sources.includes(STDIN)) return undefined;
  let total = 0;
  for (const path of sources) total += await stat(path).then((s) => s.size, () => 0);
  return total;
}
