/**
 * The main command: resolve the inputs and check the options, clean the inputs (files, or
 * JSON Lines records) with the corpus runner (runner/run-corpus.ts) under a progress bar,
 * and end with a summary; failures are named on stderr and the run goes on with the rest.
 */
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { ChalkInstance } from 'chalk';
import type { CleanOptions } from '../clean.js';
import { expandInputs } from '../io/expand-inputs.js';
import { folderWriteProblem } from '../io/writable-folder.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import type { InputKind } from '../io/input-kind.js';
import { EXIT_OK, EXIT_SOME_FAILED, UsageError } from './exit-codes.js';
import type { CleanSettings, OutputFormat } from '../runner/clean-settings.js';
import type { RuleSource } from '../runner/rule-source.js';
import { STDIN } from '../runner/clean-files.js';
import { runCorpus } from '../runner/run-corpus.js';
import { createProgress } from './progress.js';
import { formatSummary } from '../runner/summary.js';
import { writing } from '../runner/interrupt.js';

export type { OutputFormat } from '../runner/clean-settings.js';

export interface CleanCommandOptions {
  format: OutputFormat;
  outDir?: string;
  exclude: string[];
  explain: boolean;
  title: boolean;
  /** Write each output over its input (keeping FILE.bak unless `backup` is false); with --out-dir, let an output replace an input. */
  inPlace: boolean;
  backup: boolean;
  quiet: boolean;
  input: 'auto' | InputKind;
  maxSize: number;
  clean: CleanOptions;
  chalk: ChalkInstance;
  stderrChalk: ChalkInstance;
  /** Threads cleaning at once; 1 cleans on the main thread; undefined: as many as the input pays for (thread-count.ts). */
  jobs?: number;
  /** Inputs are JSON Lines records rather than one document per file. */
  jsonl?: boolean;
  textField?: string;
  htmlField?: string;
  /** JSON Lines: a malformed line ends the run. */
  strict?: boolean;
  /** Where to write the run's summary as JSON. */
  statsFile?: string;
  /** Where to write the run's review page (HTML). */
  reportFile?: string;
  /** The command line, as the report names the run. */
  command?: string;
  /** Benchmark baseline: split into blocks and join, no parsing or rules. */
  identity?: boolean;
  /** Where custom rules and rule options come from, when there are any. */
  ruleSource?: RuleSource;
  /** Learn the corpus's template first: true, false, or undefined to learn in runs over many files. */
  learn?: boolean;
}

const EXTENSIONS: Record<OutputFormat, string> = { text: '.txt', markdown: '.md', json: '.json', jsonl: '.jsonl' };

export async function runCleanCommand(inputs: string[], options: CleanCommandOptions): Promise<number> {
  const sources = inputs.length ? inputs : [STDIN];
  if (sources.includes(STDIN) && process.stdin.isTTY) {
    throw new UsageError('no input: give files or globs, or pipe text on stdin (see --help)');
  }
  const fileInputs = sources.filter((s) => s !== STDIN);
  const { paths, unmatched } = await expandInputs(fileInputs, options.exclude);
  for (const pattern of unmatched) throw new UsageError(`no files match '${pattern}'`);
  const all = sources.includes(STDIN) ? [STDIN, ...paths] : paths;

  const jsonl = options.jsonl === true;
  if (options.inPlace && !options.outDir && sources.includes(STDIN)) throw new UsageError('--in-place writes each output over its input file: stdin has none');
  if (options.inPlace && options.explain) throw new UsageError('--explain shows what would go; it does not write files (leave out --in-place)');
  // An output folder that cannot be written fails the run before any work is done.
  const folderProblem = options.outDir === undefined ? undefined : await folderWriteProblem(options.outDir);
  if (folderProblem) throw new UsageError(`cannot write to --out-dir ${options.outDir}: ${folderProblem}`);
  // So does a report that could not be written at the end of a long run.
  if (options.reportFile !== undefined) {
    if (paths.some((p) => resolve(p) === resolve(options.reportFile!))) throw new UsageError(`--report ${options.reportFile} would overwrite an input`);
    const reportProblem = await reportWriteProblem(options.reportFile);
    if (reportProblem) throw new UsageError(`cannot write --report ${options.reportFile}: ${reportProblem}`);
  }
  if (jsonl && options.explain) throw new UsageError('--explain shows one document; it does not apply to JSON Lines records');
  if (!jsonl && !options.outDir && options.format === 'json' && all.length > 1) {
    throw new UsageError('--format json prints one document; use --format jsonl or --out-dir for several inputs');
  }

  const settings: CleanSettings = {
    format: jsonl ? 'jsonl' : options.format,
    explain: options.explain,
    title: options.title,
    input: options.input,
    maxSize: options.maxSize,
    // Rules hold functions and cannot go to a thread: threads load them from the rule source
    // (without one, the run's rules are the built-in ones, which every thread has).
    clean: { ...options.clean, rules: undefined },
    ruleSource: options.ruleSource,
    colorLevel: options.chalk.level,
    textField: options.textField ?? 'text',
    htmlField: options.htmlField ?? 'html',
    identity: options.identity === true,
    report: options.reportFile !== undefined,
  };
  const showProgress = !options.quiet && process.stderr.isTTY === true;
  const { summary, report, stopped } = await runCorpus({
    all,
    paths,
    settings,
    jsonl,
    jobs: options.jobs,
    learn: options.learn,
    outDir: options.outDir,
    inPlace: options.inPlace,
    backup: options.backup,
    extension: EXTENSIONS[options.format],
    strict: options.strict === true,
    report: options.reportFile !== undefined,
    quiet: options.quiet,
    stderrChalk: options.stderrChalk,
    progress: (bar) => createProgress({ enabled: showProgress, ...bar }),
  });

  if (stopped) summary.stopEarly();
  const result = summary.toJSON();
  if (!options.quiet && (jsonl || options.outDir || options.inPlace || summary.documents > 1 || summary.failedOrSkipped)) {
    process.stderr.write(formatSummary(result, options.stderrChalk, options.outDir));
  }
  let statsFailed = false;
  if (options.statsFile) {
    const release = writing(options.statsFile);
    try {
      await writeFileAtomic(options.statsFile, JSON.stringify(result, null, 2) + '\n');
    } catch (e) {
      statsFailed = true;
      process.stderr.write(`${options.stderrChalk.red('unboil:')} cannot write --stats ${options.statsFile}: ${(e as Error).message}\n`);
    } finally {
      release();
    }
  }
  let reportFailed = false;
  if (options.reportFile !== undefined && report) {
    const { writeReport } = await import('./write-report.js');
    reportFailed = !(await writeReport(options.reportFile, report, result, options.command ?? 'unboil', options.stderrChalk));
  }
  return stopped || statsFailed || reportFailed || summary.failedOrSkipped ? EXIT_SOME_FAILED : EXIT_OK;
}

/** Why the report cannot be written at `path` (a folder stands there, its folder cannot be written), or undefined. */
async function reportWriteProblem(path: string): Promise<string | undefined> {
  const isFolder = await stat(path).then((s) => s.isDirectory(), () => false);
  if (isFolder) return 'a folder stands there';
  return folderWriteProblem(dirname(path));
}
