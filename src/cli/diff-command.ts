/** `unboil diff FILE...`: each input against its cleaned text, as a coloured unified diff. */
import { InvalidArgumentError, type Command } from 'commander';
import type { ChalkInstance } from 'chalk';
import { analyse, type CleanOptions } from '../clean.js';
import { formatText } from '../format/text.js';
import { EXIT_OK, EXIT_SOME_FAILED } from './exit-codes.js';
import { chalkFor } from './color.js';
import { inputPaths, readInputs, type ReadOptions } from './read-inputs.js';
import { prepareRun, withConfigDefaults } from './run-setup.js';
import { addConfigOptions, addInputOptions, addOutputOptions, addRuleSwitchOptions } from './shared-options.js';
import { writeStdout } from './stdout.js';

export interface DiffCommandOptions extends ReadOptions {
  context: number;
  title: boolean;
  quiet: boolean;
  clean: CleanOptions;
  chalk: ChalkInstance;
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
    .description('show each input against its cleaned text as a unified diff, coloured on a terminal')
    .argument('[inputs...]', "files or quoted globs; none or '-' reads stdin")
    .option('-U, --context <lines>', 'unchanged lines shown around each change', lineCount, 3)
    .option('--no-title', 'leave the title line out of the cleaned side');
  for (const add of [addRuleSwitchOptions, addInputOptions, addConfigOptions, addOutputOptions]) add(command);
  command.action(async (inputs: string[], cliOpts, cmd: Command) => {
    const setup = await prepareRun(cliOpts);
    const opts = withConfigDefaults(cliOpts, cmd, setup.configFile?.config, ['exclude', 'input', 'lang', 'maxSize', 'quiet', 'title']);
    process.exitCode = await runDiff(inputs, {
      context: opts.context,
      title: opts.title,
      quiet: opts.quiet,
      exclude: opts.exclude,
      input: opts.input,
      maxSize: opts.maxSize,
      clean: { enable: setup.enable, disable: setup.disable, rules: setup.rules, lang: opts.lang },
      chalk: chalkFor(process.stdout, opts.color),
    });
  });
}

export async function runDiff(inputs: string[], options: DiffCommandOptions): Promise<number> {
  const write = options.write ?? writeStdout;
  const warn = options.warn ?? ((text: string) => void process.stderr.write(text));
  // The diff library is loaded only when a diff is asked for, not on every start of the CLI.
  const { formatDiff } = await import('../format/diff.js');
  let failed = 0;
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
    if (diff) await write(diff.endsWith('\n') ? diff : diff + '\n');
  }
  return failed ? EXIT_SOME_FAILED : EXIT_OK;
}
