/**
 * `unboil rules`: every rule with its category, whether this run would use it, and what
 * it removes; custom rules are followed by their file. `--json` gives the same list for
 * tools, with options and the path of each rule's documentation page.
 */
import { isAbsolute, relative } from 'node:path';
import type { ChalkInstance } from 'chalk';
import { builtInRules } from '../rules/index.js';
import { BUILT_IN, type LoadedRule } from '../rule-set/load-custom.js';
import { ruleDocsPath } from '../rule-set/docs-path.js';
import type { RuleOptionValue } from '../types.js';

const BUILT_INS: LoadedRule[] = builtInRules.map((rule) => ({ rule, source: BUILT_IN }));

/** `enabled`: the ids this run uses; by default, those on by default. */
export function formatRuleList(chalk: ChalkInstance, loaded: readonly LoadedRule[] = BUILT_INS, enabled?: ReadonlySet<string>): string {
  const idWidth = Math.max(...loaded.map((l) => l.rule.meta.id.length));
  const catWidth = Math.max(...loaded.map((l) => l.rule.meta.category.length));
  const rows = loaded.map(({ rule, source }) => {
    const on = enabled ? enabled.has(rule.meta.id) : rule.meta.defaultOn;
    const state = on ? chalk.green('on ') : chalk.dim('off');
    const from = source === BUILT_IN ? '' : chalk.dim(`  (${shortPath(source)})`);
    return `${chalk.bold(rule.meta.id.padEnd(idWidth))}  ${rule.meta.category.padEnd(catWidth)}  ${state}  ${rule.meta.description}${from}`;
  });
  return rows.join('\n') + '\n';
}

/** A path under the working directory is shown relative to it. */
function shortPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

export interface RuleInfo {
  id: string;
  category: string;
  description: string;
  defaultOn: boolean;
  /** Whether this run would use it (config and command line applied). */
  enabled: boolean;
  /** "built-in", or the path of the file that defines it. */
  source: string;
  /** Absolute path of a built-in rule's documentation page, the URL a custom rule gives, or null. */
  docs: string | null;
  options: { [name: string]: { default: RuleOptionValue; description: string } };
  selectors: string[];
  classWords: string[];
  linePatterns: string[];
}

export function ruleInfo(loaded: readonly LoadedRule[] = BUILT_INS, enabled?: ReadonlySet<string>): RuleInfo[] {
  return loaded.map(({ rule, source }) => ({
    id: rule.meta.id,
    category: rule.meta.category,
    description: rule.meta.description,
    defaultOn: rule.meta.defaultOn,
    enabled: enabled ? enabled.has(rule.meta.id) : rule.meta.defaultOn,
    source,
    docs: (source === BUILT_IN ? ruleDocsPath(rule.meta.id) : rule.meta.docs) ?? null,
    options: Object.fromEntries(Object.entries(rule.meta.options ?? {}).map(([name, spec]) => [name, { default: spec.default, description: spec.description }])),
    selectors: rule.selectors ?? [],
    classWords: rule.classWords ?? [],
    linePatterns: (rule.linePatterns ?? []).map((p) => p.toString()),
  }));
}
