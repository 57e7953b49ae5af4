/**
 * What the commands that read documents and write no files (`check`, `diff`) share: their
 * options, and the run's setup (config file, custom rules, switches) turned into the
 * options for reading and cleaning the inputs.
 */
import type { Command, OptionValues } from 'commander';
import type { ChalkInstance } from 'chalk';
import type { CleanOptions } from '../clean.js';
import type { SETTINGS } from '../config/settings.js';
import { chalkFor } from './color.js';
import type { ReadOptions } from './read-inputs.js';
import { prepareRun, withConfigDefaults } from './run-setup.js';
import { addConfigOptions, addInputOptions, addOutputOptions, addPackSwitchOptions, addRuleSwitchOptions } from './shared-options.js';

type SettingKey = keyof typeof SETTINGS;

/** The config file's settings these commands take as defaults. */
const DOCUMENT_SETTINGS: readonly SettingKey[] = ['exclude', 'input', 'lang', 'maxSize', 'quiet'];

export interface DocumentCommandOptions extends ReadOptions {
  quiet: boolean;
  /** Rules, switches and language, as for cleaning. */
  clean: CleanOptions;
  chalk: ChalkInstance;
}

export function addDocumentCommandOptions(command: Command): void {
  for (const add of [addRuleSwitchOptions, addPackSwitchOptions, addInputOptions, addConfigOptions, addOutputOptions]) add(command);
}

/** The command's options with the config's defaults applied, and the options every such command shares. */
export async function setUpDocumentCommand(cliOpts: OptionValues, command: Command, moreSettings: readonly SettingKey[] = []): Promise<{ opts: OptionValues; shared: DocumentCommandOptions }> {
  const setup = await prepareRun(cliOpts);
  const opts = withConfigDefaults(cliOpts, command, setup.configFile?.config, [...DOCUMENT_SETTINGS, ...moreSettings]);
  const shared: DocumentCommandOptions = {
    quiet: opts.quiet,
    exclude: opts.exclude,
    input: opts.input,
    maxSize: opts.maxSize,
    clean: { enable: setup.enable, disable: setup.disable, enablePacks: setup.enablePacks, disablePacks: setup.disablePacks, rules: setup.rules, lang: opts.lang },
    chalk: chalkFor(process.stdout, opts.color),
  };
  return { opts, shared };
}
