/**
 * The merged configuration of a run, each value with where it came from: the config
 * file, or the default. `unboil config --print` shows it.
 */
import type { LoadedRule } from '../rule-set/load-custom.js';
import type { RuleOptionValue } from '../types.js';
import type { ConfigFile } from './read-config.js';
import type { RuleSwitches } from './merge-switches.js';
import { SETTINGS, type SettingKey } from './settings.js';
import type { PackSwitches } from './pack-settings.js';
import { builtInPacks, selectedPackIds } from '../rules/phrases/pack-selection.js';

export const DEFAULT_SOURCE = 'default';

export interface Sourced<T> {
  value: T;
  /** "default", or the config file ("path" or "path (\"unboil\" key)"). */
  source: string;
}

export interface RuleDescription {
  enabled: Sourced<boolean>;
  /** "built-in", or the file that defines the rule. */
  definedIn: string;
  options: { [name: string]: Sourced<RuleOptionValue> };
}

export interface ConfigDescription {
  file: string | null;
  settings: { [key: string]: Sourced<unknown> };
  rules: { [id: string]: RuleDescription };
  /** Whether each site and CMS pack of phrases is on. */
  packs: { [id: string]: Sourced<boolean> };
}

export const COMMAND_LINE_SOURCE = 'command line';

/**
 * `defaults`: each setting's value when no file sets it (the command line's defaults);
 * `cliRulesDirs`: folders given with --rules-dir, which add to the file's.
 */
export function describeConfig(file: ConfigFile | undefined, loaded: readonly LoadedRule[], switches: RuleSwitches & Partial<PackSwitches>, defaults: { [key: string]: unknown }, cliRulesDirs: readonly string[] = []): ConfigDescription {
  const fileSource = file ? fileLabel(file) : DEFAULT_SOURCE;
  const config = file?.config ?? {};
  const settings: ConfigDescription['settings'] = {};
  for (const key of Object.keys(SETTINGS) as Exclude<SettingKey, 'rules' | 'packs'>[]) {
    const set = config[key] !== undefined;
    settings[key] = { value: set ? config[key] : (defaults[key] ?? null), source: set ? fileSource : DEFAULT_SOURCE };
  }
  if (cliRulesDirs.length) {
    const fromFile = config.rulesDirs ?? [];
    settings.rulesDirs = { value: [...fromFile, ...cliRulesDirs], source: fromFile.length ? `${fileSource} + ${COMMAND_LINE_SOURCE}` : COMMAND_LINE_SOURCE };
  }
  const rules: ConfigDescription['rules'] = {};
  for (const { rule, source } of loaded) {
    const entry = config.rules?.[rule.meta.id];
    const enabled = switches.disable.includes(rule.meta.id) ? false : switches.enable.includes(rule.meta.id) || rule.meta.defaultOn;
    const options: RuleDescription['options'] = {};
    for (const [name, spec] of Object.entries(rule.meta.options ?? {})) {
      options[name] = { value: spec.default, source: entry?.options?.[name] !== undefined ? fileSource : DEFAULT_SOURCE };
    }
    rules[rule.meta.id] = { enabled: { value: enabled, source: entry?.enabled !== undefined ? fileSource : DEFAULT_SOURCE }, definedIn: source, options };
  }
  const on = new Set(selectedPackIds(switches));
  const packs: ConfigDescription['packs'] = {};
  for (const { id } of builtInPacks) packs[id] = { value: on.has(id), source: config.packs?.[id]?.enabled !== undefined ? fileSource : DEFAULT_SOURCE };
  return { file: file ? fileLabel(file) : null, settings, rules, packs };
}

export function fileLabel(file: ConfigFile): string {
  return file.inPackageJson ? `${file.path} ("unboil" key)` : file.path;
}
