/**
 * The units of work of a run: one file, one batch of JSON Lines records, or a batch of
 * files to learn the template from. Worker threads run them; with --jobs 1 the main thread runs
 * the very same functions. The run's settings are not part of a task: a thread receives
 * them once (see worker-pool.ts). The template is learned after the threads start, so a
 * file task carries the part of it that its folder needs.
 */
import type { CleanSettings } from './clean-settings.js';
import { cleanFile, type FileInput, type FileOutcome } from './clean-file.js';
import { cleanRecords, type RecordBatch, type RecordOutcome } from './clean-records.js';
import { batchKeys } from './learn-template.js';
import type { TemplateModel } from '../learn/template-model.js';
import { withRules } from './load-rules.js';

export type CleanTask =
  | { file: FileInput; /** The learned template of the file's folder, if any. */ template?: TemplateModel }
  | { records: RecordBatch }
  /** Files' paths: work out their line keys for the learning pass. */
  | { learn: readonly string[] };
export type CleanTaskResult = FileOutcome | RecordOutcome[] | (Float64Array | undefined)[];

export async function runCleanTask(task: CleanTask, runSettings: CleanSettings): Promise<CleanTaskResult> {
  if ('learn' in task) return batchKeys(task.learn, runSettings);
  const settings = await withRules(runSettings);
  if ('records' in task) return cleanRecords(task.records, settings);
  return cleanFile(task.file, task.template ? { ...settings, template: task.template } : settings);
}
