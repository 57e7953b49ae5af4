/** `unboil diff FILE...`: each input against its cleaned text, as a coloured unified diff. */
import { InvalidArgumentError, type Command } from 'commander';
import { analyse } from '../clean.js';
import { formatText } from '../format/text.js';
import { EXIT_DIFFERENT, EXIT_OK, EXIT_TROUBLE } from './exit-codes.js';
import { inputPaths, readInputs } from './read-inputs.js';
import { addDocumentCommandOptions, setUpDocumentCommand, type DocumentCommandOptions } from './document-command.js';
import { writeStdout } from '../io/write-stdout.js';

export interface DiffCommandOptions extends DocumentCommandOptions {
  context: number;
  title: boolean;
  write?: (text: string) => Promise<void> | void;
  warn?: (text: string) => void;
}

function lineCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number of lines');
  return n;
}

export function registerDiffCommand(program: Command): void {
  const command = program
    .command('diff')
    .description('show each input against its cleaned text as a unified diff, coloured on a terminal; exit 0 if every input is already clean, 1 if any differs, 2 on trouble')
    .argument('[inputs...]', "files or quoted globs; none or '-' reads stdin")
    .option('-U, --context <lines>', 'unchanged lines shown around each change', lineCount, 3)
    .option('--no-title', 'leave the title line out of the cleaned side');
  addDocumentCommandOptions(command);
  command.action(async (inputs: string[], cliOpts, cmd: Command) => {
    const { opts, shared } = await setUpDocumentCommand(cliOpts, cmd, ['title']);
    process.exitCode = await runDiff(inputs, { ...shared, context: opts.context, title: opts.title });
  });
}

export async function runDiff(inputs: string[], options: DiffCommandOptions): Promise<number> {
  const write = options.write ?? writeStdout;
  const warn = options.warn ?? ((text: string) => void process.stderr.write(text));
  // The diff library is loaded only when a diff is asked for, not on every start of the CLI.
  const { formatDiff } = await import('../format/diff.js');
  let failed = 0;
  let differs = false;
  for await (const input of readInputs(await inputPaths(inputs, options.exclude), options)) {
    if (input.error !== undefined) {
      failed++;
      warn(`unboil: ${input.label}: ${input.error}\n`);
      continue;
    }
    if (input.warning && !options.quiet) warn(`unboil: ${input.label}: warning: ${input.warning}\n`);
    const analysis = analyse(input.text, { ...options.clean, inputKind: input.kind });
    const cleaned = formatText(analysis.result, { title: options.title });
    const diff = formatDiff(input.label, analysis.document.source, cleaned, { context: options.context }, options.chalk);
    if (!diff) continue;
    differs = true;
    await write(diff.endsWith('\n') ? diff : diff + '\n');
  }
  // As diff(1): trouble outweighs a difference.
  if (failed) return EXIT_TROUBLE;
  return differs ? EXIT_DIFFERENT : EXIT_OK;
}
