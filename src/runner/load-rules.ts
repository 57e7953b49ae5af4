/**
 * Loads a run's rules from their source (rule-source.ts), once per thread: rules hold
 * functions, which cannot be handed to a thread with the settings.
 */
import type { Rule } from '../types.js';
import type { CleanSettings } from './clean-settings.js';
import { prepareRun } from '../cli/run-setup.js';

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
