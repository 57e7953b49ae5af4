/**
 * The rules of a run, as plain data: where to load them from. The main thread and every
 * worker thread load them from the same config file and rule folders, once each.
 */
import type { Rule } from '../types.js';
import type { CleanSettings } from './clean-settings.js';
import { prepareRun } from './run-setup.js';

export interface RuleSource {
  /** The config file given with --config, false for --no-config, undefined to look for one. */
  config?: string | false;
  /** --rules-dir folders. */
  rulesDir: string[];
  /** The folder the run started in: config search and relative paths start here. */
  cwd: string;
}

const loaded = new Map<string, Promise<Rule[]>>();

/** The settings with their rules loaded (unchanged when the run uses only the built-in rules). */
export async function withRules(settings: CleanSettings): Promise<CleanSettings> {
  const source = settings.ruleSource;
  if (!source) return settings;
  const key = JSON.stringify(source);
  let rules = loaded.get(key);
  if (!rules) {
    rules = prepareRun({ config: source.config, rulesDir: source.rulesDir }, source.cwd).then((setup) => setup.rules);
    loaded.set(key, rules);
  }
  return { ...settings, clean: { ...settings.clean, rules: await rules } };
}
