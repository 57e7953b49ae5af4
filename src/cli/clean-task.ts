/**
 * The unit of work of a run: one file, or one batch of JSON Lines records. Worker threads
 * run it; with --jobs 1 the main thread runs the very same function. The run's settings
 * are not part of a task: a thread receives them once (see worker-pool.ts), since they can
 * be large (a learned template) and would otherwise be copied for every document.
 */
import type { CleanSettings } from './clean-settings.js';
import { cleanFile, type FileInput, type FileOutcome } from './clean-file.js';
import { cleanRecords, type RecordBatch, type RecordOutcome } from './clean-records.js';
import { withRules } from './rule-source.js';

export type CleanTask = { file: FileInput } | { records: RecordBatch };
export type CleanTaskResult = FileOutcome | RecordOutcome[];

export async function runCleanTask(task: CleanTask, runSettings: CleanSettings): Promise<CleanTaskResult> {
  const settings = await withRules(runSettings);
  return 'file' in task ? cleanFile(task.file, settings) : cleanRecords(task.records, settings);
}
