/**
 * Entry point of each worker thread of the pool (see worker-pool.ts): it runs clean tasks
 * with the run's settings, which the thread was given once, when it started.
 */
import { workerData } from 'node:worker_threads';
import type { CleanSettings } from './clean-settings.js';
import { runCleanTask, type CleanTask } from './clean-task.js';
import { joinUnionsAtOnce } from '../text/pattern-union.js';

const settings = workerData as CleanSettings;
// A thread serves a run over many documents: rules join their patterns at once (see pattern-union.ts).
joinUnionsAtOnce();

export default function runTask(task: CleanTask) {
  return runCleanTask(task, settings);
}
