/**
 * Entry point of the learning pass's threads (see learn-template.ts): each task is a file's
 * path, and its result the file's line keys, handed back without copying.
 */
import { workerData } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { fileKeys, type LearnSettings } from './learn-template.js';

const settings = workerData as LearnSettings;

export default async function learnFile(path: string): Promise<unknown> {
  const keys = await fileKeys(path, settings);
  return keys ? Piscina.move(keys) : undefined;
}
