/**
 * `unboil check [inputs...]`: cleans nothing and writes no file; reports each block or
 * line a rule would remove, like a linter, and exits 1 when there is any. Run over an
 * already cleaned corpus, it proves the corpus clean.
 */
import { Option, type Command } from 'commander';
import { analyse } from '../clean.js';
import { ruleFindings } from '../check/findings.js';
import { builtInRules } from '../rules/index.js';
import { checkReport, formatCheckSummary, formatFindingLines, type CheckedFile } from '../format/check-report.js';
import { EXIT_FOUND, EXIT_OK } from './exit-codes.js';
import { inputPaths, readInputs } from './read-inputs.js';
import { addDocumentCommandOptions, setUpDocumentCommand, type DocumentCommandOptions } from './document-command.js';
import { writeStdout } from '../io/write-stdout.js';

export interface CheckOptions extends DocumentCommandOptions {
  format: 'text' | 'json';
  /** Where the report goes (stdout unless given) and where messages go (stderr unless given). */
  write?: (text: string) => Promise<void> | void;
  warn?: (text: string) => void;
}

export function registerCheckCommand(program: Command): void {
  const command = program
    .command('check')
    .description('report boilerplate in the inputs like a linter (file:line  rule  category  text); exit 1 if any, 0 if none; writes nothing')
    .argument('[inputs...]', "files or quoted globs; none or '-' reads stdin")
    .addOption(new Option('-f, --format <format>', 'report format').choices(['text', 'json']).default('text'));
  addDocumentCommandOptions(command);
  command.action(async (inputs: string[], cliOpts, cmd: Command) => {
    const { opts, shared } = await setUpDocumentCommand(cliOpts, cmd);
    process.exitCode = await runCheck(inputs, { ...shared, format: opts.format });
  });
}

export async function runCheck(inputs: string[], options: CheckOptions): Promise<number> {
  const write = options.write ?? writeStdout;
  const warn = options.warn ?? ((text: string) => void process.stderr.write(text));
  const paths = await inputPaths(inputs, options.exclude);
  const rules = options.clean.rules ?? builtInRules;
  const widths = {
    rule: Math.max(0, ...rules.map((r) => r.meta.id.length)),
    category: Math.max(0, ...rules.map((r) => r.meta.category.length)),
  };
  const files: CheckedFile[] = [];
  for await (const input of readInputs(paths, options)) {
    if (input.error !== undefined) {
      files.push({ file: input.label, error: input.error });
      warn(`unboil: ${input.label}: ${input.error}\n`);
      continue;
    }
    if (input.warning && !options.quiet) warn(`unboil: ${input.label}: warning: ${input.warning}\n`);
    const findings = ruleFindings(analyse(input.text, { ...options.clean, inputKind: input.kind }));
    files.push({ file: input.label, findings });
    // Text lines go out file by file, so a long run over a corpus shows progress.
    if (options.format === 'text' && findings.length) await write(formatFindingLines(input.label, findings, widths, options.chalk) + '\n');
  }
  const report = checkReport(files);
  if (options.format === 'json') await write(JSON.stringify(report, null, 2) + '\n');
  if (!options.quiet) warn(`unboil: ${formatCheckSummary(report.summary)}\n`);
  return report.summary.findings || report.summary.failed ? EXIT_FOUND : EXIT_OK;
}
