/**
 * What every command does before reading an input: find the config file, load the custom
 * rules, apply the config's rule switches and options, and let the command line win.
 * A bad config file or rule module is a usage error: the run stops before it starts.
 */
import type { Command } from 'commander';
import { findConfig } from '../config/find-config.js';
import { ConfigError } from '../config/config-error.js';
import type { ConfigFile } from '../config/read-config.js';
import { mergeSwitches } from '../config/merge-switches.js';
import { SETTINGS, type UnboilConfig } from '../config/settings.js';
import { CustomRuleError, loadRules, type LoadedRule } from '../rule-set/load-custom.js';
import { UnknownRuleError, selectRules } from '../rule-set/select.js';
import type { Rule } from '../types.js';
import { UsageError } from './exit-codes.js';
import { configPackSwitches, mergePackSwitches } from '../config/pack-settings.js';
import { checkPackIds, UnknownPackError } from '../rules/phrases/pack-selection.js';
import { packSwitchesFrom } from './pack-switches.js';

/** The options of the command line that bear on the setup. */
export interface SetupFlags {
  config?: string | false;
  rulesDir?: string[];
  enable?: string[];
  disable?: string[];
  /** --pack and --no-pack, as signed ids in the order given (pack-switches.ts). */
  pack?: string[];
}

export interface RunSetup {
  configFile: ConfigFile | undefined;
  /** Every rule the run may use, built-in and custom, options configured, with where each came from. */
  loaded: LoadedRule[];
  /** The same rules, for `CleanOptions.rules`. */
  rules: Rule[];
  /** Config and command line merged. */
  enable: string[];
  disable: string[];
  /** Site and CMS packs switched on and off, config and command line merged. */
  enablePacks: string[];
  disablePacks: string[];
}

export async function prepareRun(flags: SetupFlags, cwd = process.cwd()): Promise<RunSetup> {
  try {
    const configFile = await findConfig({ explicit: flags.config, cwd });
    const dirs = [...(configFile?.config.rulesDirs ?? []), ...(flags.rulesDir ?? [])];
    const loaded = await loadRules(dirs);
    // The rule settings' schema is loaded only when a config file may hold some.
    const configured = configFile ? (await import('../config/rule-settings.js')).applyRuleSettings(loaded, configFile) : { loaded, enable: [], disable: [] };
    const switches = mergeSwitches(configured, flags);
    const rules = configured.loaded.map((l) => l.rule);
    selectRules(switches, rules); // an unknown id on the command line fails now, not per input
    const packs = mergePackSwitches(configPackSwitches(configFile), packSwitchesFrom(flags.pack));
    checkPackIds([...packs.enablePacks, ...packs.disablePacks]);
    return { configFile, loaded: configured.loaded, rules, ...switches, ...packs };
  } catch (err) {
    if (err instanceof ConfigError || err instanceof CustomRuleError) throw new UsageError(err.message);
    if (err instanceof UnknownRuleError || err instanceof UnknownPackError) throw new UsageError(err.message);
    throw err;
  }
}

/** The settings that are defaults of command-line options (all but rules, packs and rulesDirs). */
export const OPTION_SETTINGS = (Object.keys(SETTINGS) as (keyof typeof SETTINGS)[]).filter((k) => k !== 'rulesDirs');

/**
 * The command's options with the config's values filled in where the command line left
 * an option at its default. Only `keys` are taken, and only options the command has: the
 * config's "format" is the cleaning format, not `check`'s.
 */
export function withConfigDefaults<T extends object>(opts: T, command: Command, config: UnboilConfig | undefined, keys: readonly (keyof typeof SETTINGS)[] = OPTION_SETTINGS): T {
  if (!config) return opts;
  const merged = { ...opts } as Record<string, unknown>;
  for (const key of keys) {
    if (config[key] === undefined) continue;
    if (!command.options.some((o) => o.attributeName() === key)) continue;
    const source = command.getOptionValueSource(key);
    if (source === undefined || source === 'default') merged[key] = config[key];
  }
  return merged as T;
}
