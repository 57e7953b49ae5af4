/**
 * The learning pass of a corpus run: before cleaning, read the run's text dumps once and
 * learn each folder's template (the lines its pages share). On by default in a run over
 * AUTO_LEARN_FILES or more files, or with --learn; off with --no-learn. HTML pages are not
 * learned from: their markup already tells menus and footers apart.
 */
import { dirname, resolve } from 'node:path';
import { InputError, readInputFile } from '../io/read-input.js';
import { BinaryInputError, decodeBytes } from '../io/decode.js';
import { TemplateLearner, type TemplateModel } from '../learn/template-model.js';
import { detectInputKind, type InputKindOption } from './input-kind.js';

/** A run over this many files learns unless told not to. */
export const AUTO_LEARN_FILES = 10;

/** The group a file belongs to: its folder (pages of one site are usually saved together). */
export function templateGroup(path: string): string {
  return dirname(resolve(path));
}

export function shouldLearn(learn: boolean | undefined, files: number): boolean {
  return learn ?? files >= AUTO_LEARN_FILES;
}

/** Reads every text dump among `paths` once; unreadable files are left to the cleaning pass to report. */
export async function learnTemplate(paths: readonly string[], input: InputKindOption, maxSize: number): Promise<TemplateModel> {
  const learner = new TemplateLearner();
  for (const path of paths) {
    let bytes: Uint8Array;
    try {
      bytes = await readInputFile(path, maxSize);
    } catch (e) {
      if (e instanceof InputError) continue;
      throw e;
    }
    if (detectInputKind(input, path, bytes) !== 'text') continue;
    try {
      learner.add(templateGroup(path), decodeBytes(bytes, { html: false }).text.replace(/\r\n?/g, '\n'));
    } catch (e) {
      if (!(e instanceof BinaryInputError)) throw e;
    }
  }
  return learner.model();
}
