/**
 * `unboil rules`: every rule with its category, whether this run would use it, and what
 * it removes; custom rules are followed by their file; then the site and CMS packs of the
 * built-in rules' phrases, on or off. `--json` gives the same list of rules for tools, with
 * options, the path of each rule's documentation page and the packs that add to its lines.
 */
import { isAbsolute, relative } from 'node:path';
import type { ChalkInstance } from 'chalk';
import { builtInRules } from '../rules/index.js';
import { BUILT_IN, type LoadedRule } from '../rule-set/load-custom.js';
import { ruleDocsPath } from '../rule-set/docs-path.js';
import type { Rule, RuleOptionValue } from '../types.js';
import { PHRASE_PACKS } from '../rules/phrases/index.js';
import { selectedPackIds, type PackSelection } from '../rules/phrases/pack-selection.js';
import { withPacks } from '../rules/pack-rules.js';

const BUILT_INS: LoadedRule[] = builtInRules.map((rule) => ({ rule, source: BUILT_IN }));

/** `enabled`: the ids this run uses; by default, those on by default. `packs`: the run's pack switches. */
export function formatRuleList(chalk: ChalkInstance, loaded: readonly LoadedRule[] = BUILT_INS, enabled?: ReadonlySet<string>, packs: PackSelection = {}): string {
  const idWidth = Math.max(...loaded.map((l) => l.rule.meta.id.length));
  const catWidth = Math.max(...loaded.map((l) => l.rule.meta.category.length));
  const rows = loaded.map(({ rule, source }) => {
    const on = enabled ? enabled.has(rule.meta.id) : rule.meta.defaultOn;
    const state = on ? chalk.green('on ') : chalk.dim('off');
    const from = source === BUILT_IN ? '' : chalk.dim(`  (${shortPath(source)})`);
    return `${chalk.bold(rule.meta.id.padEnd(idWidth))}  ${rule.meta.category.padEnd(catWidth)}  ${state}  ${rule.meta.description}${from}`;
  });
  return rows.join('\n') + '\n' + formatPackList(chalk, packs);
}

/** The packs, each with its state, what it holds and the rules it adds to. */
function formatPackList(chalk: ChalkInstance, packs: PackSelection): string {
  const on = new Set(selectedPackIds(packs));
  const idWidth = Math.max(...PHRASE_PACKS.map((p) => p.meta.id.length));
  const rows = PHRASE_PACKS.map(({ meta, phrases }) => {
    const state = on.has(meta.id) ? chalk.green('on ') : chalk.dim('off');
    return `${chalk.bold(meta.id.padEnd(idWidth))}  ${state}  ${meta.description}${chalk.dim(`  (${Object.keys(phrases).join(', ')})`)}`;
  });
  return `\n${chalk.bold('Packs')} ${chalk.dim('of site and CMS sentences (--no-pack ID, or "packs" in the config, switches one off):')}\n${rows.join('\n')}\n`;
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
  /** The run's line patterns: the packs switched off add none. */
  linePatterns: string[];
  /** The site and CMS packs that add to this rule's phrases, and whether this run uses each. */
  packs: { id: string; enabled: boolean }[];
}

export function ruleInfo(loaded: readonly LoadedRule[] = BUILT_INS, enabled?: ReadonlySet<string>, packs: PackSelection = {}): RuleInfo[] {
  const withRunPacks = withPacks(loaded.map((l) => l.rule), packs);
  const on = new Set(selectedPackIds(packs));
  return loaded.map(({ source }, i) => ruleInfoOf(withRunPacks[i]!, source, enabled, on));
}

function ruleInfoOf(rule: Rule, source: string, enabled: ReadonlySet<string> | undefined, packsOn: ReadonlySet<string>): RuleInfo {
  return {
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
    packs: source === BUILT_IN ? PHRASE_PACKS.filter((p) => p.phrases[rule.meta.id]).map((p) => ({ id: p.meta.id, enabled: packsOn.has(p.meta.id) })) : [],
  };
}
