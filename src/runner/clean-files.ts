/**
 * File mode: each input file (or stdin) is one document. Documents are cleaned in
 * parallel and handed on in the inputs' order: to stdout, with a `==> path <==` line
 * before each when several text documents go there, or to --out-dir.
 */
import { resolve } from 'node:path';
import { InputError, readStdin } from '../io/read-input.js';
import { outputPathFor } from '../io/output-path.js';
import type { FileOutcome } from './clean-file.js';
import { runInOrder } from './in-order.js';
import type { RunContext } from './run-context.js';
import { writeStdout } from '../io/write-stdout.js';
import { isInterrupting, writing } from './interrupt.js';

export const STDIN = '-';

/** Documents in flight per thread when outputs go to files, and when they go to stdout. */
const FILE_RESULTS_PER_THREAD = 16;
const STDOUT_RESULTS_PER_THREAD = 4;

export interface FileRunOptions {
  outDir?: string;
  /** Write each output over its input (without --out-dir), or let an --out-dir output replace an input. */
  inPlace: boolean;
  /** Keep FILE.bak before replacing an input. */
  backup: boolean;
  /** The inputs' common folder, mirrored under --out-dir. */
  base: string;
  extension: string;
}

export async function cleanFiles(sources: readonly string[], run: RunContext, options: FileRunOptions): Promise<void> {
  const { cleaner, summary, progress, settings } = run;
  const inputs = new Set(sources.filter((s) => s !== STDIN).map((p) => resolve(p)));
  const toFiles = options.outDir !== undefined || options.inPlace;
  const headers = !toFiles && sources.length > 1 && (settings.format === 'text' || settings.format === 'markdown');
  let written = 0;

  /** Cleans one input and, with --out-dir, writes it (on the worker thread, which then sends back no text). */
  const clean = async (source: string): Promise<FileOutcome> => {
    let writeTo: string | undefined;
    if (options.outDir) {
      writeTo = source === STDIN ? resolve(options.outDir, 'stdin' + options.extension) : outputPathFor(source, options.base, options.outDir, options.extension);
    } else if (options.inPlace) {
      writeTo = source;
    }
    let backupTo: string | undefined;
    if (writeTo !== undefined && inputs.has(resolve(writeTo))) {
      if (!options.inPlace) return { ok: false, error: `output ${writeTo} would overwrite an input (use --in-place to allow it)` };
      if (options.backup) backupTo = `${writeTo}.bak`;
    }
    // Registered while in flight, so that an interrupt removes their temporary files.
    const done = [writeTo, backupTo].flatMap((target) => (target === undefined ? [] : [writing(target)]));
    let statusShown = async () => {};
    try {
      const stdin = source === STDIN ? await readStdin(settings.maxSize) : undefined;
      const input = stdin ? { stdin } : { path: source };
      statusShown = progress.cleaning(stdin ? '(stdin)' : source, stdin ? { bytes: stdin.length } : { path: source });
      return await cleaner.cleanFile({ ...input, ...(writeTo === undefined ? {} : { writeTo }), ...(backupTo === undefined ? {} : { backupTo }) });
    } catch (e) {
      if (e instanceof InputError) return { ok: false, error: e.message };
      return { ok: false, error: `cleaning stopped: ${(e as Error).message}` }; // a worker thread died
    } finally {
      await statusShown();
      for (const release of done) release();
    }
  };

  /** Reports one input, in input order: its output on stdout, its warning or error on stderr. */
  const report = async (done: FileOutcome, source: string) => {
    // Stopping: the signal's own message says that outputs not finished were not written.
    if (isInterrupting()) return;
    const label = source === STDIN ? '(stdin)' : source;
    const warnings = [...(done.warning ? [done.warning] : []), ...(done.ok ? done.stats.warnings : [])];
    if (!run.quiet) for (const warning of warnings) progress.log(`${run.stderrChalk.yellow('unboil:')} ${label}: warning: ${warning}\n`);
    if (!done.ok) {
      progress.log(`${run.stderrChalk.red('unboil:')} ${label}: ${done.error}\n`);
      summary.addFailure({ source: label, error: done.error });
    } else {
      if (!toFiles) {
        const header = headers ? `${written ? '\n' : ''}==> ${label} <==\n` : '';
        await writeStdout(header + done.output);
        written++;
      }
      summary.addCleaned(done.stats, label);
      run.report?.addCleaned(done.stats, label);
    }
    progress.update(summary.documents);
  };

  // Results are handed on in input order, so one slow document holds back those after it;
  // a wide window keeps the other threads busy meanwhile. A result written to a file is a
  // few numbers, one bound for stdout is the whole output, held until its turn.
  const perThread = toFiles ? FILE_RESULTS_PER_THREAD : STDOUT_RESULTS_PER_THREAD;
  await runInOrder(sources, cleaner.threads * perThread, clean, report);
}
