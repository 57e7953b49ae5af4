/**
 * JSON Lines mode: each line of each input is a record to clean. Lines are read as a
 * stream, cleaned in batches on the workers, and written in their input order to stdout,
 * or to one file per input under --out-dir. A malformed line is named with its line
 * number and skipped; with --strict it ends the run.
 */
import { resolve } from 'node:path';
import { openLineStream, describeReadError, type LineStream } from '../io/jsonl-reader.js';
import { openAtomicFileStream } from '../io/atomic-file-stream.js';
import { isGzipPath, outputPathFor } from '../io/output-path.js';
import type { RecordBatch, RecordOutcome } from './clean-records.js';
import { STOP, runInOrder } from './in-order.js';
import { batchLines } from './record-batches.js';
import type { RunContext } from './run-context.js';
import { writeStdout } from '../io/write-stdout.js';
import { STDIN } from './clean-files.js';
import { isInterrupting, writing } from './interrupt.js';
import { copyFileAtomic } from '../io/write-atomic.js';

export interface JsonlRunOptions {
  outDir?: string;
  /** Write each output over its input (without --out-dir), or let an --out-dir output replace an input. */
  inPlace: boolean;
  /** Keep FILE.bak before replacing an input. */
  backup: boolean;
  base: string;
  strict: boolean;
}

interface Sink {
  write(text: string): Promise<void>;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

const stdoutSink: Sink = { write: writeStdout, commit: async () => {}, discard: async () => {} };

/** Returns 'stopped' when --strict ended the run at a malformed line. */
export async function cleanJsonl(sources: readonly string[], run: RunContext, options: JsonlRunOptions): Promise<'done' | 'stopped'> {
  const inputs = new Set(sources.filter((s) => s !== STDIN).map((p) => resolve(p)));
  let bytesBefore = 0; // bytes of the inputs already read, for progress across several files
  for (const source of sources) {
    const label = source === STDIN ? '(stdin)' : source;
    const fail = (error: string) => {
      run.progress.log(`${run.stderrChalk.red('unboil:')} ${label}: ${error}\n`);
      run.summary.addInputFailure({ source: label, error });
    };

    let stream: LineStream;
    try {
      stream = await openLineStream(source === STDIN ? undefined : source);
    } catch (e) {
      fail(describeReadError(e));
      continue;
    }
    let sink = stdoutSink;
    let release = () => {};
    const target = options.outDir
      ? source === STDIN ? resolve(options.outDir, 'stdin.jsonl') : outputPathFor(source, options.base, options.outDir, '.jsonl')
      : options.inPlace && source !== STDIN ? source : undefined;
    if (target !== undefined) {
      const replacesInput = inputs.has(resolve(target));
      if (replacesInput && !options.inPlace) {
        stream.close();
        fail(`output ${target} would overwrite an input (use --in-place to allow it)`);
        continue;
      }
      try {
        const backup = replacesInput && options.backup ? `${target}.bak` : undefined;
        const releases = [target, backup].flatMap((path) => (path === undefined ? [] : [writing(path)]));
        release = () => releases.forEach((r) => r());
        if (backup !== undefined) await copyFileAtomic(source, backup);
        sink = await openAtomicFileStream(target, { gzip: isGzipPath(target) });
      } catch (e) {
        release();
        stream.close();
        fail(`cannot write ${target}: ${(e as Error).message}`);
        continue;
      }
    }

    // Progress counts the bytes of the lines handed on (reading runs ahead of them), or,
    // for gzip data, whose size on disk is compressed, the bytes read.
    let handedOn = 0;
    const position = () => bytesBefore + (stream.gzipped() ? stream.bytesRead() : handedOn);
    let outcome: 'done' | 'stopped';
    try {
      outcome = await runInOrder(
        batchLines(stream.lines),
        run.cleaner.threads * 2,
        (batch) => run.cleaner.cleanRecords(batch).catch((e: Error) => batch.lines.map((): RecordOutcome => ({ ok: false, error: `cleaning stopped: ${e.message}`, malformed: false }))),
        async (results, batch) => {
          const stop = await deliver(results, batch, label, sink, run, options.strict);
          for (const line of batch.lines) handedOn += Buffer.byteLength(line) + 1;
          run.progress.update(run.summary.documents, position());
          return stop;
        },
      );
    } catch (e) {
      await sink.discard();
      release();
      fail(describeReadError(e));
      continue;
    } finally {
      stream.close();
    }
    bytesBefore += stream.bytesRead();
    if (outcome === 'stopped') {
      // --strict: the run ends here; a file under --out-dir is not left half written.
      await sink.discard();
      release();
      return 'stopped';
    }
    try {
      await sink.commit();
    } catch (e) {
      await sink.discard();
      fail(`cannot write ${target ?? 'output'}: ${(e as Error).message}`);
    } finally {
      release();
    }
  }
  return 'done';
}

/** Writes a batch's records in order and reports its bad lines; returns STOP at the first malformed line under --strict. */
async function deliver(results: RecordOutcome[], batch: RecordBatch, label: string, sink: Sink, run: RunContext, strict: boolean): Promise<typeof STOP | undefined> {
  // Stopping: the signal's own message says that what was not finished was not written.
  if (isInterrupting()) return undefined;
  let out = '';
  for (let i = 0; i < results.length; i++) {
    const result = results[i]!;
    if (result.ok) {
      if ('output' in result) {
        out += result.output;
        const line = batch.firstLine + i;
        if (!run.quiet) for (const warning of result.stats.warnings) run.progress.log(`${run.stderrChalk.yellow('unboil:')} ${label}:${line}: warning: ${warning}\n`);
        run.summary.addCleaned(result.stats, label, line);
        run.report?.addCleaned(result.stats, label, line);
      }
      continue;
    }
    const line = batch.firstLine + i;
    const stopping = strict && result.malformed;
    run.progress.log(`${run.stderrChalk.red('unboil:')} ${label}:${line}: ${result.error}${stopping ? ' (stopping: --strict)' : ''}\n`);
    run.summary.addFailure({ source: label, line, error: result.error }, result.malformed);
    if (stopping) {
      await sink.write(out);
      return STOP;
    }
  }
  await sink.write(out);
  return undefined;
}
