/**
 * Applies a config file's "rules" entries to the rules a run has (built-in and custom):
 * each id must name one of them, and option values must fit the options the rule
 * declares (rule-options-schema.ts). Gives the rule switches (for --enable/--disable to
 * override) and the rules with their options set. Loaded only when a config file is found.
 */
import type { LoadedRule } from '../rule-set/load-custom.js';
import { configureRule } from '../rules/options.js';
import { ConfigError } from './config-error.js';
import { didYouMean } from './did-you-mean.js';
import type { ConfigFile } from './read-config.js';
import { ruleOptionsSchema } from './rule-options-schema.js';
import { configErrorFrom } from './schema-issue.js';
import type { RuleSwitches } from './merge-switches.js';

export { mergeSwitches, type RuleSwitches } from './merge-switches.js';

export interface ConfiguredRules extends RuleSwitches {
  /** The rules, those with configured options replaced by configured copies. */
  loaded: LoadedRule[];
}

export function applyRuleSettings(loaded: readonly LoadedRule[], file: ConfigFile | undefined): ConfiguredRules {
  const settings = file?.config.rules ?? {};
  const ids = loaded.map((l) => l.rule.meta.id);
  const prefix = file?.inPackageJson ? 'unboil.rules' : 'rules';
  const enable: string[] = [];
  const disable: string[] = [];
  for (const [id, setting] of Object.entries(settings)) {
    if (!ids.includes(id)) {
      throw new ConfigError(file!.path, `${prefix}.${id}`, `names no rule${didYouMean(id, ids)} (run 'unboil rules' to list them; custom rules need their folder in "rulesDirs")`);
    }
    if (setting.enabled === true) enable.push(id);
    if (setting.enabled === false) disable.push(id);
  }
  const configured = loaded.map((item) => {
    const options = settings[item.rule.meta.id]?.options;
    if (!options) return item;
    const checked = ruleOptionsSchema(item.rule).safeParse(options);
    if (!checked.success) throw configErrorFrom(checked.error, options, file!.path, `${prefix}.${item.rule.meta.id}.options.`);
    // A JavaScript config may leave an option undefined: that sets nothing.
    const values = Object.fromEntries(Object.entries(checked.data).filter(([, v]) => v !== undefined));
    return { ...item, rule: configureRule(item.rule, values) };
  });
  return { loaded: configured, enable, disable };
}
