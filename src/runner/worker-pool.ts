/**
 * Where documents are cleaned: on a pool of worker threads (piscina) for --jobs 2 and
 * more, or on the main thread for --jobs 1 and single documents, where starting threads
 * would cost more than it saves. Both run `runCleanTask`, so their output is the same.
 * A run that learns a template first does it on the same threads: starting a pool for
 * learning and another for cleaning made the learning pass slower on two threads (650 ms
 * for 1,226 files) than on the main thread alone (445 ms).
 */
import type { CleanSettings } from './clean-settings.js';
import type { FileInput, FileOutcome } from './clean-file.js';
import type { RecordBatch, RecordOutcome } from './clean-records.js';
import type { CleanTask, CleanTaskResult } from './clean-task.js';
import { templateGroup, type KeyReader } from './learn-template.js';
import type { TemplateModel } from '../learn/template-model.js';
import { DocumentTimeoutError } from '../document-clock.js';

type Pool = import('piscina').Piscina<CleanTask, CleanTaskResult>;

const WORKER_YOUNG_GENERATION_MB = 8;
/**
 * File tasks a thread holds at once. A file task waits for its read and its write; with
 * one task at a time the thread would sit idle through every wait, with several it cleans
 * one document while another's bytes come in or go out. A batch of records never waits,
 * and is handed to a thread only when the thread is free, so that a JSON Lines run holds
 * no more batches than it cleans.
 */
const FILE_TASKS_PER_THREAD = 4;

export interface Cleaner {
  /** Threads cleaning at once. */
  readonly threads: number;
  /** Files' line keys, for the learning pass (learn-template.ts), on the same threads. */
  learnKeys: KeyReader;
  /** From now on, files are cleaned with this learned template. */
  useTemplate(model: TemplateModel): void;
  cleanFile(file: FileInput): Promise<FileOutcome>;
  cleanRecords(batch: RecordBatch): Promise<RecordOutcome[]>;
  close(): Promise<void>;
}

export async function createCleaner(runSettings: CleanSettings, threads: number, tasks: 'files' | 'records'): Promise<Cleaner> {
  let settings = runSettings;
  let run: (task: CleanTask) => Promise<CleanTaskResult>;
  let close = async () => {};
  /** Per folder, the part of the template a file task carries to its thread. */
  let templates: Map<string, TemplateModel> | undefined;
  if (threads <= 1) {
    // Imported here, not at the top: a run on workers never loads the cleaning code on the main thread.
    const { runCleanTask } = await import('./clean-task.js');
    run = (task) => runCleanTask(task, settings);
  } else {
    const { Piscina } = await import('piscina');
    const pool = new Piscina<CleanTask, CleanTaskResult>({
      filename: new URL('./clean-worker.js', import.meta.url).href,
      minThreads: threads,
      maxThreads: threads,
      concurrentTasksPerWorker: tasks === 'files' ? FILE_TASKS_PER_THREAD : 1,
      // The settings go to each thread once, not with every task.
      workerData: settings,
      // A small young generation per thread: records are large strings that die young,
      // and the default (tens of MB per thread) would take most of the memory a run needs.
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    const limit = settings.ruleSource ? settings.clean.timeout : undefined;
    run = limit ? (task) => runStoppable(pool, task, limit) : (task) => pool.run(task);
    close = () => pool.destroy();
  }
  return {
    threads: Math.max(1, threads),
    learnKeys: (paths) => run({ learn: paths }) as Promise<(Float64Array | undefined)[]>,
    useTemplate(model) {
      if (threads <= 1) settings = { ...settings, template: model };
      else templates = new Map(Object.entries(model.groups).map(([group, entry]) => [group, { groups: { [group]: entry } }]));
    },
    cleanFile: (file) => {
      const template = templates && 'path' in file ? templates.get(templateGroup(file.path)) : undefined;
      return run(template ? { file, template } : { file }) as Promise<FileOutcome>;
    },
    cleanRecords: (records) => run({ records }) as Promise<RecordOutcome[]>,
    close,
  };
}

/**
 * The pipeline watches its own clock (document-clock.ts), but a custom rule's code does
 * not: one that never returns would hold its thread for good. With custom rules, each task
 * gets a signal that stops its thread past twice its documents' time (piscina then starts
 * a new one); the task's documents fail by name. Such tasks do not share threads, so this
 * costs the overlap of reading and cleaning that built-in runs keep.
 */
async function runStoppable(pool: Pool, task: CleanTask, timeoutMs: number): Promise<CleanTaskResult> {
  const documents = 'records' in task ? task.records.lines.length : 'learn' in task ? task.learn.length : 1;
  const limit = 2 * timeoutMs * documents + 1000;
  try {
    return await pool.run(task, { signal: AbortSignal.timeout(limit) });
  } catch (e) {
    if ((e as Error).name !== 'AbortError') throw e;
    const error = `${new DocumentTimeoutError(timeoutMs).message}; its thread was stopped and replaced`;
    if ('records' in task) return task.records.lines.map(() => ({ ok: false as const, error, malformed: false }));
    if ('learn' in task) return task.learn.map(() => undefined);
    return { ok: false, error };
  }
}
