/** The `unboil` command line: argument parsing with commander, colour with chalk. */
import { Command, CommanderError, Option } from 'commander';
import { runCleanCommand, type OutputFormat } from './clean-command.js';
import { EXIT_OK, EXIT_USAGE, UsageError } from './exit-codes.js';
import { exitQuietlyOnClosedPipe } from './stdout-errors.js';
import { removeTempsOnInterrupt } from '../runner/interrupt.js';
import { UnknownRuleError } from '../rule-set/select.js';
import { DEFAULT_MAX_REMOVAL } from '../classify/recall-guard.js';
import type { InputKindOption } from '../io/input-kind.js';
import { chalkFor } from './color.js';
import { duration, list, share } from './option-parsers.js';
import { packToggles } from './pack-switches.js';

/** A document may take this long by default: far more than any real page needs, little against a corpus run. */
const DEFAULT_TIMEOUT_MS = 60_000;
import { addConfigOptions, maxSizeOption } from './shared-options.js';
import { READABLE_HELP } from './help.js';
import { prepareRun, withConfigDefaults } from './run-setup.js';
import { registerRulesCommand } from './rules-command.js';
import { registerCheckCommand } from './check-command.js';
import { registerDiffCommand } from './diff-command.js';
import { registerConfigCommand } from './config-command.js';
import { registerCompletionCommand } from './completion-command.js';
import { parseJobs } from './jobs-option.js';
import { cpuCores } from '../runner/cpu-cores.js';
import { packageVersion } from './package-version.js';
import { commandLine } from './command-line.js';

const HELP_FOOTER = `
Examples:
  unboil page.txt                         clean one file to stdout
  unboil --explain page.txt               show what goes and why
  cat page.txt | unboil --format json     read stdin, print JSON
  unboil 'corpus/**/*.txt' --out-dir clean/
  zcat dump.jsonl.gz | unboil --jsonl > clean.jsonl
  unboil 'corpus/**/*.html' -o clean/ --report review.html

Exit codes:
  0  every input was cleaned
  1  some inputs failed (each is named on stderr); the others were cleaned;
     or the --stats or --report file could not be written at the end
  2  usage error (bad option, unknown rule, a glob that matches nothing,
     an --out-dir or a --report folder that cannot be written)
  130, 143  interrupted (SIGINT, SIGTERM): finished outputs stay, unfinished ones are not written`;

export function buildProgram(): Command {
  const program = new Command('unboil')
    .description('Clean scraped article text: keep the title and the article, drop the boilerplate.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .argument('[inputs...]', "files or quoted globs; none or '-' reads stdin")
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'json', 'jsonl']).default('text'))
    .option('-o, --out-dir <dir>', 'write one cleaned file per input here, mirroring the input paths')
    .option('--exclude <globs>', 'leave out files the input globs match (comma-separated; a pattern without / matches file names)', list, [])
    .option('--explain', 'show the input with each removal struck out and labelled with its rule (with --format json or jsonl: as JSON, block by block)', false)
    .option('--no-title', 'leave the title line out of text output')
    .option('--enable <rules>', 'switch on rules (comma-separated ids)', list, [])
    .option('--disable <rules>', 'switch off rules (comma-separated ids)', list, [])
    .option('--pack <packs>', 'switch on site and CMS packs of phrases (comma-separated ids, see unboil rules)', packToggles('+'))
    .option('--no-pack <packs>', 'switch off site and CMS packs: their sentences stay (comma-separated ids; repeatable)', packToggles('-'))
    .addOption(new Option('--input <kind>', 'input kind (jsonl: the same as --jsonl)').choices(['auto', 'text', 'markdown', 'html', 'jsonl']).default('auto'))
    .option('--lang <code>', 'language of the inputs (ISO 639-1), for stop words')
    .addOption(maxSizeOption())
    .addOption(new Option('--timeout <duration>', 'stop a document that takes longer than this, name it and go on with the next (60s, 2m, 500ms; 0: no limit)').argParser(duration).default(DEFAULT_TIMEOUT_MS, '60s'))
    .option('--max-removal <share>', 'when more of a document\'s prose than this would go (0.8 or 80%), keep its main run and flag it', share, DEFAULT_MAX_REMOVAL)
    .option('--in-place', 'write each cleaned file over its input, keeping FILE.bak (with --out-dir: let an output replace an input)', false)
    .option('--no-backup', 'with --in-place, keep no FILE.bak')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .option('-q, --quiet', 'no warnings, progress or summary on stderr', false)
    .addOption(new Option('-j, --jobs <n>', `threads cleaning at once (default: up to one per CPU core, ${cpuCores()} here, as many as the input's size pays for)`).argParser(parseJobs))
    .option('--jsonl', 'inputs are JSON Lines records: clean a field of each, keep the others', false)
    .option('--text-field <name>', 'JSON Lines: the field holding a text dump', 'text')
    .option('--html-field <name>', "JSON Lines: the field holding a page's HTML", 'html')
    .option('--strict', 'JSON Lines: stop at the first malformed line instead of skipping it', false)
    .option('--stats <file>', "write the run's summary to this file as JSON")
    .option('--report <file>', 'write a review page (one self-contained HTML file): the summary, charts of what was removed by category and rule, the documents most cut, warned and failed, and each document\'s text with its removals marked')
    .option('--learn', 'learn the lines many files of a folder share (menus, footers) and remove them; the default for 10 or more files that may be text dumps')
    .option('--no-learn', 'do not learn a template from the run\'s files')
    .addOption(new Option('--identity', 'benchmark baseline: split into blocks and join again, no parsing or rules').hideHelp())
    .addOption(new Option('--decision <who>', 'who decides which blocks are the article: the block model learned from labelled pages, or the hand-written rules alone (what a category rule removes stays removed, but for comments that the model reads as the page\'s own posts)').choices(['model', 'rules']).default('model'))
    .addHelpText('after', HELP_FOOTER)
    .configureHelp(READABLE_HELP) // the subcommands registered below inherit it
    // Options before a subcommand's name are the program's, after it the subcommand's.
    .enablePositionalOptions()
    .showHelpAfterError('(run unboil --help for usage)')
    .exitOverride()
    .action(async (inputs: string[], cliOpts, command: Command) => {
      const setup = await prepareRun(cliOpts); // config file and custom rules; fails early on an unknown rule id
      const opts = withConfigDefaults(cliOpts, command, setup.configFile?.config);
      const clean = { enable: setup.enable, disable: setup.disable, enablePacks: setup.enablePacks, disablePacks: setup.disablePacks, rules: setup.rules, lang: opts.lang as string | undefined, maxRemoval: opts.maxRemoval as number, timeout: opts.timeout as number, decision: opts.decision as 'rules' | 'model' };
      const jsonl = opts.jsonl === true || opts.input === 'jsonl';
      if (jsonl && opts.format !== 'jsonl' && command.getOptionValueSource('format') !== 'default') {
        throw new UsageError('JSON Lines input gives JSON Lines output: --format text, markdown or json does not apply');
      }
      process.exitCode = await runCleanCommand(inputs, {
        format: opts.format as OutputFormat,
        outDir: opts.outDir,
        exclude: opts.exclude,
        explain: opts.explain,
        title: opts.title,
        inPlace: opts.inPlace,
        backup: opts.backup !== false,
        quiet: opts.quiet,
        input: (opts.input === 'jsonl' ? 'auto' : opts.input) as InputKindOption,
        maxSize: opts.maxSize,
        clean,
        chalk: chalkFor(process.stdout, opts.color),
        stderrChalk: chalkFor(process.stderr, opts.color),
        jobs: opts.jobs,
        jsonl,
        textField: opts.textField,
        htmlField: opts.htmlField,
        strict: opts.strict,
        statsFile: opts.stats,
        reportFile: opts.report,
        command: commandLine(),
        identity: opts.identity === true,
        learn: cliOpts.learn as boolean | undefined,
        ruleSource: setup.configFile || setup.loaded.some((l) => l.source !== 'built-in') ? { config: cliOpts.config, rulesDir: cliOpts.rulesDir ?? [], cwd: process.cwd() } : undefined,
      });
    });

  addConfigOptions(program);
  registerRulesCommand(program);
  registerCheckCommand(program);
  registerDiffCommand(program);
  registerConfigCommand(program);
  registerCompletionCommand(program);

  return program;
}

export async function main(argv: string[]): Promise<void> {
  exitQuietlyOnClosedPipe();
  removeTempsOnInterrupt();
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version are not errors; everything else commander rejects is a usage error.
      process.exitCode = err.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
      return;
    }
    if (err instanceof UsageError || err instanceof UnknownRuleError) {
      process.stderr.write(`unboil: ${err.message}\n`);
      process.exitCode = EXIT_USAGE;
      return;
    }
    throw err;
  }
}
