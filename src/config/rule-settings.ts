/**
 * Applies a config file's "rules" entries to the rules a run has (built-in and custom):
 * each id must name one of them, and option values must fit the options the rule
 * declares. Gives the rule switches (for --enable/--disable to override) and the rules
 * with their options set.
 */
import type { LoadedRule } from '../rule-set/load-custom.js';
import { RuleOptionError, configureRule } from '../rules/options.js';
import { ConfigError } from './config-error.js';
import { didYouMean } from './did-you-mean.js';
import type { ConfigFile } from './read-config.js';

export interface RuleSwitches {
  enable: string[];
  disable: string[];
}

export interface ConfiguredRules extends RuleSwitches {
  /** The rules, those with configured options replaced by configured copies. */
  loaded: LoadedRule[];
}

export function applyRuleSettings(loaded: readonly LoadedRule[], file: ConfigFile | undefined): ConfiguredRules {
  const settings = file?.config.rules ?? {};
  const ids = loaded.map((l) => l.rule.id);
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
    const options = settings[item.rule.id]?.options;
    if (!options) return item;
    try {
      return { ...item, rule: configureRule(item.rule, options) };
    } catch (err) {
      if (err instanceof RuleOptionError) throw new ConfigError(file!.path, `${prefix}.${item.rule.id}.options.${err.option}`, err.detail);
      throw err;
    }
  });
  return { loaded: configured, enable, disable };
}

/** Command-line switches win over the config's: --enable undoes a config "off", and --disable an "on". */
export function mergeSwitches(config: RuleSwitches, cli: Partial<RuleSwitches>): RuleSwitches {
  const cliEnable = cli.enable ?? [];
  const cliDisable = cli.disable ?? [];
  return {
    enable: [...new Set([...config.enable.filter((id) => !cliDisable.includes(id)), ...cliEnable])],
    disable: [...new Set([...config.disable.filter((id) => !cliEnable.includes(id)), ...cliDisable])],
  };
}
