/**
 * The main command: read each input, clean it, write it (stdout or --out-dir), report
 * failures by file and go on with the rest.
 */
import { resolve } from 'node:path';
import type { ChalkInstance } from 'chalk';
import { analyse, type CleanOptions } from '../clean.js';
import { formatText } from '../format/text.js';
import { formatJson, formatJsonLine } from '../format/json.js';
import { formatExplain } from '../format/explain.js';
import { expandInputs } from '../io/expand-inputs.js';
import { InputError, readInputFile, readStdin } from '../io/read-input.js';
import { BinaryInputError, decodeBytes, type Decoded } from '../io/decode.js';
import { commonBase, outputPathFor } from '../io/output-path.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { detectInputKind, type InputKindOption } from './input-kind.js';
import { EXIT_OK, EXIT_SOME_FAILED, UsageError } from './exit-codes.js';
import { writeStdout } from './stdout.js';

export type OutputFormat = 'text' | 'json' | 'jsonl';

export interface CleanCommandOptions {
  format: OutputFormat;
  outDir?: string;
  exclude: string[];
  explain: boolean;
  title: boolean;
  overwrite: boolean;
  quiet: boolean;
  input: InputKindOption;
  maxSize: number;
  clean: CleanOptions;
  chalk: ChalkInstance;
  stderrChalk: ChalkInstance;
}

const STDIN = '-';
const EXTENSIONS: Record<OutputFormat, string> = { text: '.txt', json: '.json', jsonl: '.jsonl' };

export async function runCleanCommand(inputs: string[], options: CleanCommandOptions): Promise<number> {
  const sources = inputs.length ? inputs : [STDIN];
  if (sources.includes(STDIN) && process.stdin.isTTY) {
    throw new UsageError('no input: give files or globs, or pipe text on stdin (see --help)');
  }
  const fileInputs = sources.filter((s) => s !== STDIN);
  const { paths, unmatched } = await expandInputs(fileInputs, options.exclude);
  for (const pattern of unmatched) throw new UsageError(`no files match '${pattern}'`);
  const all = sources.includes(STDIN) ? [STDIN, ...paths] : paths;

  if (!options.outDir && options.format === 'json' && all.length > 1 && !options.explain) {
    throw new UsageError('--format json prints one document; use --format jsonl or --out-dir for several inputs');
  }
  const base = commonBase(paths);
  const inputSet = new Set(paths.map((p) => resolve(p)));
  const err = options.stderrChalk;
  let failed = 0;
  let written = 0;

  for (const source of all) {
    const label = source === STDIN ? '(stdin)' : source;
    let input: Decoded;
    let kind;
    try {
      const bytes = source === STDIN ? await readStdin(options.maxSize) : await readInputFile(source, options.maxSize);
      kind = detectInputKind(options.input, source === STDIN ? undefined : source, bytes);
      input = decodeBytes(bytes, { html: kind === 'html' });
    } catch (e) {
      if (!(e instanceof InputError || e instanceof BinaryInputError)) throw e;
      failed++;
      process.stderr.write(`${err.red('unboil:')} ${label}: ${e.message}\n`);
      continue;
    }
    if (input.warning && !options.quiet) process.stderr.write(`${err.yellow('unboil:')} ${label}: warning: ${input.warning}\n`);

    const analysis = analyse(input.text, { ...options.clean, inputKind: kind });
    const rendered = render(analysis, options, source === STDIN ? STDIN : source);

    if (options.outDir) {
      const target = source === STDIN ? resolve(options.outDir, 'stdin' + EXTENSIONS[options.format]) : outputPathFor(source, base, options.outDir, EXTENSIONS[options.format]);
      if (inputSet.has(resolve(target)) && !options.overwrite) {
        failed++;
        process.stderr.write(`${err.red('unboil:')} ${label}: output ${target} would overwrite an input (use --overwrite to allow it)\n`);
        continue;
      }
      try {
        await writeFileAtomic(target, rendered);
        written++;
      } catch (e) {
        failed++;
        process.stderr.write(`${err.red('unboil:')} ${label}: cannot write ${target}: ${(e as Error).message}\n`);
      }
    } else {
      const header = all.length > 1 && options.format === 'text' ? `${written ? '\n' : ''}==> ${label} <==\n` : '';
      await writeStdout(header + rendered);
      written++;
    }
  }

  if (!options.quiet && (options.outDir || failed)) {
    const where = options.outDir ? ` to ${options.outDir}` : '';
    process.stderr.write(`unboil: cleaned ${written} of ${all.length} input${all.length === 1 ? '' : 's'}${where}${failed ? `, ${err.red(`${failed} failed`)}` : ''}\n`);
  }
  return failed ? EXIT_SOME_FAILED : EXIT_OK;
}

function render(analysis: ReturnType<typeof analyse>, options: CleanCommandOptions, source: string): string {
  if (options.explain) return formatExplain(analysis, options.chalk);
  switch (options.format) {
    case 'json':
      return formatJson(analysis.result, { source });
    case 'jsonl':
      return formatJsonLine(analysis.result, { source });
    default:
      return formatText(analysis.result, { title: options.title });
  }
}
