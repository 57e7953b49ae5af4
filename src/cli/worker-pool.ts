/**
 * Where documents are cleaned: on a pool of worker threads (piscina) for --jobs 2 and
 * more, or on the main thread for --jobs 1 and single documents, where starting threads
 * would cost more than it saves. Both run `runCleanTask`, so their output is the same.
 */
import type { CleanSettings } from './clean-settings.js';
import type { FileInput, FileOutcome } from './clean-file.js';
import type { RecordBatch, RecordOutcome } from './clean-records.js';
import type { CleanTask, CleanTaskResult } from './clean-task.js';

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
  cleanFile(file: FileInput): Promise<FileOutcome>;
  cleanRecords(batch: RecordBatch): Promise<RecordOutcome[]>;
  close(): Promise<void>;
}

export async function createCleaner(settings: CleanSettings, threads: number, tasks: 'files' | 'records'): Promise<Cleaner> {
  let run: (task: CleanTask) => Promise<CleanTaskResult>;
  let close = async () => {};
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
    run = (task) => pool.run(task);
    close = () => pool.destroy();
  }
  return {
    threads: Math.max(1, threads),
    cleanFile: (file) => run({ file }) as Promise<FileOutcome>,
    cleanRecords: (records) => run({ records }) as Promise<RecordOutcome[]>,
    close,
  };
}
