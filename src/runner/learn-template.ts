/**
 * The learning pass of a corpus run: before cleaning, read the run's text dumps once and
 * learn each folder's template (the lines its pages share). On by default in a run over
 * AUTO_LEARN_FILES or more files that may be text dumps, or with --learn; off with
 * --no-learn. HTML pages are not learned from: their markup already tells menus and
 * footers apart.
 *
 * Reading a file and working out its line keys is most of the pass, and each file's keys
 * depend on that file alone: on more than one thread, the threads that will clean the
 * files do it first (see worker-pool.ts), and the main thread adds the keys to the model
 * in the order of the files, so that the template is the same with any number of threads.
 */
import { dirname, resolve } from 'node:path';
import { InputError, readInputFile } from '../io/read-input.js';
import { BinaryInputError, decodeBytes } from '../io/decode.js';
import { TemplateLearner, documentKeys, type TemplateModel } from '../learn/template-model.js';
import { detectInputKind, kindFromPath, type InputKindOption } from '../io/input-kind.js';
import { runInOrder } from './in-order.js';

/** A run over this many files learns unless told not to. */
export const AUTO_LEARN_FILES = 10;
/** Files a learning task reads. */
const FILES_PER_BATCH = 8;
/** Batches in flight per thread: one is read while another is learned from. */
const BATCHES_AHEAD_PER_THREAD = 2;

/** The group a file belongs to: its folder (pages of one site are usually saved together). */
export function templateGroup(path: string): string {
  return dirname(resolve(path));
}

export function shouldLearn(learn: boolean | undefined, files: number): boolean {
  return learn ?? files >= AUTO_LEARN_FILES;
}

/** What a learning thread needs besides the file: the same for every file of the run. */
export interface LearnSettings {
  input: InputKindOption;
  maxSize: number;
}

/**
 * The line keys of one file, or undefined when it teaches nothing: unreadable files are
 * left to the cleaning pass to report, and HTML pages are not learned from.
 */
export async function fileKeys(path: string, settings: LearnSettings): Promise<Float64Array | undefined> {
  if (kindFromPath(settings.input, path) === 'html') return undefined; // not read at all
  let bytes: Uint8Array;
  try {
    bytes = await readInputFile(path, settings.maxSize);
  } catch (e) {
    if (e instanceof InputError) return undefined;
    throw e;
  }
  if (detectInputKind(settings.input, path, bytes) === 'html') return undefined;
  try {
    return documentKeys(decodeBytes(bytes, { html: false }).text.replace(/\r\n?/g, '\n'));
  } catch (e) {
    if (e instanceof BinaryInputError) return undefined;
    throw e;
  }
}

/** The line keys (`fileKeys`) of a batch of files, worked out on the main thread or on the run's threads. */
export type KeyReader = (paths: readonly string[]) => Promise<(Float64Array | undefined)[]>;

/** The line keys of a batch of files, read at once (reading waits on the disk, working out keys does not). */
export function batchKeys(paths: readonly string[], settings: LearnSettings): Promise<(Float64Array | undefined)[]> {
  return Promise.all(paths.map((path) => fileKeys(path, settings)));
}

/**
 * Reads every text dump among `paths` once and learns their template. `readKeys` may run
 * on `threads` threads at once. Files go to it in batches: a file's keys take a fraction
 * of a millisecond to work out, about what handing a task to a thread and back costs.
 */
export async function learnTemplate(paths: readonly string[], readKeys: KeyReader, threads: number, onProgress?: (filesDone: number) => void): Promise<TemplateModel> {
  const learner = new TemplateLearner();
  let done = 0;
  await runInOrder(batchesOf(paths, FILES_PER_BATCH), Math.max(1, threads) * BATCHES_AHEAD_PER_THREAD, readKeys, (keys, batch) => {
    batch.forEach((path, i) => {
      const fileKeys = keys[i];
      if (fileKeys) learner.addKeys(templateGroup(path), fileKeys);
    });
    onProgress?.((done += batch.length));
  });
  return learner.model();
}

function* batchesOf<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
