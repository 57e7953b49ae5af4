/**
 * The learning pass of a corpus run: before cleaning, read the run's text dumps once and
 * learn each folder's template (the lines its pages share). On by default in a run over
 * AUTO_LEARN_FILES or more files, or with --learn; off with --no-learn. HTML pages are not
 * learned from: their markup already tells menus and footers apart.
 *
 * Reading a file and working out its line keys is most of the pass, and each file's keys
 * depend on that file alone: with --jobs 2 and more, threads do it (see learn-worker.ts),
 * and the main thread adds the keys to the model in the order of the files, so that the
 * template is the same with any number of threads.
 */
import { dirname, resolve } from 'node:path';
import { InputError, readInputFile } from '../io/read-input.js';
import { BinaryInputError, decodeBytes } from '../io/decode.js';
import { TemplateLearner, documentKeys, type TemplateModel } from '../learn/template-model.js';
import { detectInputKind, type InputKindOption } from './input-kind.js';
import { runInOrder } from './in-order.js';

/** A run over this many files learns unless told not to. */
export const AUTO_LEARN_FILES = 10;
/** Files read ahead of the one being learned from, per thread: reading waits on the disk, learning does not. */
const FILES_AHEAD_PER_THREAD = 8;

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
  let bytes: Uint8Array;
  try {
    bytes = await readInputFile(path, settings.maxSize);
  } catch (e) {
    if (e instanceof InputError) return undefined;
    throw e;
  }
  if (detectInputKind(settings.input, path, bytes) !== 'text') return undefined;
  try {
    return documentKeys(decodeBytes(bytes, { html: false }).text.replace(/\r\n?/g, '\n'));
  } catch (e) {
    if (e instanceof BinaryInputError) return undefined;
    throw e;
  }
}

/** Reads every text dump among `paths` once, on `threads` threads, and learns their template. */
export async function learnTemplate(paths: readonly string[], settings: LearnSettings, threads: number): Promise<TemplateModel> {
  const learner = new TemplateLearner();
  const keysOf = await keyReader(settings, threads);
  try {
    await runInOrder(paths, Math.max(1, threads) * FILES_AHEAD_PER_THREAD, keysOf.read, (keys, path) => {
      if (keys) learner.addKeys(templateGroup(path), keys);
    });
  } finally {
    await keysOf.close();
  }
  return learner.model();
}

async function keyReader(settings: LearnSettings, threads: number) {
  if (threads <= 1) return { read: (path: string) => fileKeys(path, settings), close: async () => {} };
  const { Piscina } = await import('piscina');
  const pool = new Piscina<string, Float64Array | undefined>({
    filename: new URL('./learn-worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // A thread reads one file while it works out the keys of another.
    concurrentTasksPerWorker: FILES_AHEAD_PER_THREAD,
    workerData: settings,
  });
  return { read: (path: string) => pool.run(path), close: () => pool.destroy() };
}
