/**
 * The unit of work of a run: one file, or one batch of JSON Lines records. Worker threads
 * run it; with --jobs 1 the main thread runs the very same function.
 */
import type { CleanSettings } from './clean-settings.js';
import { cleanFile, type FileInput, type FileOutcome } from './clean-file.js';
import { cleanRecords, type RecordBatch, type RecordOutcome } from './clean-records.js';
import { withRules } from './rule-source.js';

export type CleanTask = { settings: CleanSettings; file: FileInput } | { settings: CleanSettings; records: RecordBatch };
export type CleanTaskResult = FileOutcome | RecordOutcome[];

export async function runCleanTask(task: CleanTask): Promise<CleanTaskResult> {
  const settings = await withRules(task.settings);
  return 'file' in task ? cleanFile(task.file, settings) : cleanRecords(task.records, settings);
}
