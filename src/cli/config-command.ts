/** `unboil config --print [--json]`: the merged configuration and where each value came from. */
import type { Command } from 'commander';
import { describeConfig } from '../config/describe-config.js';
import { formatConfig } from '../format/config-print.js';
import { chalkFor } from './color.js';
import { UsageError } from './exit-codes.js';
import { OPTION_SETTINGS, prepareRun } from './run-setup.js';
import { addConfigOptions } from './shared-options.js';
import { writeStdout } from '../io/write-stdout.js';

export function registerConfigCommand(program: Command): void {
  const command = program
    .command('config')
    .description('show the configuration a run would use: --print lists each setting, rule switch and rule option with where it came from')
    .option('--print', 'print the merged configuration', false)
    .option('--json', 'print it as JSON', false)
    .option('--color', 'force colour')
    .option('--no-color', 'no colour');
  addConfigOptions(command).action(async (opts) => {
    if (!opts.print) throw new UsageError("config: nothing to do (use 'unboil config --print')");
    const setup = await prepareRun(opts);
    // The defaults are the main command's option defaults, so the two cannot drift apart.
    const defaults: Record<string, unknown> = { rulesDirs: [] };
    for (const key of OPTION_SETTINGS) {
      const option = program.options.find((o) => o.attributeName() === key);
      // A --no-x option alone means x is true unless it is given.
      defaults[key] = option?.negate && option.defaultValue === undefined ? true : option?.defaultValue;
    }
    const description = describeConfig(setup.configFile, setup.loaded, setup, defaults, opts.rulesDir);
    await writeStdout(opts.json ? JSON.stringify(description, null, 2) + '\n' : formatConfig(description, chalkFor(process.stdout, opts.color)));
  });
}
