/**
 * Entry point of each worker thread of the pool (see worker-pool.ts): it runs the run's
 * tasks with its settings, which the thread was given once, when it started.
 */
import { workerData } from 'node:worker_threads';
import type { CleanSettings } from './clean-settings.js';
import { runCleanTask, type CleanTask } from './clean-task.js';
import type { TemplateModel } from '../learn/template-model.js';
import { joinUnionsAtOnce } from '../text/pattern-union.js';

const settings = workerData as CleanSettings;
// A thread serves a run over many documents: rules join their patterns at once (see pattern-union.ts).
joinUnionsAtOnce();

/**
 * The folders' templates this thread has been sent. Within a run a folder's template never
 * changes, so the first copy stays: its lines' lookup set is then built once per thread,
 * not once per file (template-model.ts keeps it with the copy).
 */
const template: { groups: Record<string, TemplateModel['groups'][string]> } = { groups: {} };

export default async function runTask(task: CleanTask): Promise<unknown> {
  if ('file' in task && task.template) {
    for (const [group, entry] of Object.entries(task.template.groups)) template.groups[group] ??= entry;
    return runCleanTask({ file: task.file, template }, settings);
  }
  return runCleanTask(task, settings);
}
