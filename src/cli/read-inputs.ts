/**
 * The inputs of a command that only reads (check, diff): files and globs expanded, each
 * read and decoded in turn; a file that cannot be read is handed over as an error for the
 * command to report, and the rest go on.
 */
import { BinaryInputError, decodeBytes } from '../io/decode.js';
import { expandInputs } from '../io/expand-inputs.js';
import { InputError, readInputFile, readStdin } from '../io/read-input.js';
import { UsageError } from './exit-codes.js';
import { detectInputKind, type InputKind, type InputKindOption } from '../io/input-kind.js';

export const STDIN = '-';

export interface ReadOptions {
  exclude: string[];
  input: InputKindOption;
  maxSize: number;
}

export type InputRead =
  | { label: string; text: string; kind: InputKind; warning?: string; error?: undefined }
  | { label: string; error: string };

/** The paths to read, in order; '-' for stdin. Usage errors (no input at a terminal, a glob matching nothing) throw. */
export async function inputPaths(inputs: readonly string[], exclude: readonly string[]): Promise<string[]> {
  const sources = inputs.length ? inputs : [STDIN];
  if (sources.includes(STDIN) && process.stdin.isTTY) throw new UsageError('no input: give files or globs, or pipe text on stdin (see --help)');
  const { paths, unmatched } = await expandInputs(sources.filter((s) => s !== STDIN), exclude);
  for (const pattern of unmatched) throw new UsageError(`no files match '${pattern}'`);
  return sources.includes(STDIN) ? [STDIN, ...paths] : paths;
}

export async function* readInputs(paths: readonly string[], options: ReadOptions): AsyncGenerator<InputRead> {
  for (const path of paths) {
    const label = path === STDIN ? '(stdin)' : path;
    try {
      const bytes = path === STDIN ? await readStdin(options.maxSize) : await readInputFile(path, options.maxSize);
      const kind = detectInputKind(options.input, path === STDIN ? undefined : path, bytes);
      const decoded = decodeBytes(bytes, { html: kind === 'html' });
      yield { label, text: decoded.text, kind, ...(decoded.warning ? { warning: decoded.warning } : {}) };
    } catch (e) {
      if (!(e instanceof InputError || e instanceof BinaryInputError)) throw e;
      yield { label, error: e.message };
    }
  }
}
