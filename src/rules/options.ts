/**
 * Rule options: a rule declares each option with a default (whose type is the option's
 * type); the user sets values in the config file; `classify` reads the result as
 * `context.options`. Configuring a rule gives a copy whose defaults are the chosen values,
 * so the pipeline only ever reads defaults.
 */
import type { Rule, RuleContext, RuleOptionSchema, RuleOptionValue, RuleOptionValues } from '../types.js';

/** What a rule that declares no options sees. */
export const NO_OPTIONS: RuleOptionValues = Object.freeze({});

/** A configured option value a rule cannot take; `detail` says what is wrong ("must be a number, ..."). */
export class RuleOptionError extends Error {
  constructor(
    readonly ruleId: string,
    readonly option: string,
    readonly detail: string,
  ) {
    super(`option '${option}' of rule '${ruleId}' ${detail}`);
  }
}

/** The option values a rule's `classify` sees: every declared option's default. */
export function optionValues(rule: Rule): RuleOptionValues {
  const cached = valuesCache.get(rule);
  if (cached) return cached;
  const values: Record<string, RuleOptionValue> = {};
  for (const [name, spec] of Object.entries(rule.meta.options ?? {})) values[name] = spec.default;
  const frozen = Object.freeze(values);
  valuesCache.set(rule, frozen);
  return frozen;
}

const valuesCache = new WeakMap<Rule, RuleOptionValues>();

/** The context a rule's `classify` is called with: the block's context plus the rule's options. */
export function contextForRule(context: RuleContext, rule: Rule): RuleContext {
  return rule.meta.options ? { ...context, options: optionValues(rule) } : context;
}

/**
 * A copy of the rule whose options take the given values. Unknown names and values of
 * the wrong type are refused, naming the option.
 */
export function configureRule(rule: Rule, values: { readonly [name: string]: unknown }): Rule {
  const names = Object.keys(values);
  if (names.length === 0) return rule;
  const declared = rule.meta.options ?? {};
  const options: Record<string, { default: RuleOptionValue; description: string }> = { ...declared };
  for (const name of names) {
    const spec = declared[name];
    if (!spec) {
      const known = Object.keys(declared);
      throw new RuleOptionError(rule.meta.id, name, `is not an option of this rule (${known.length ? `its options: ${known.join(', ')}` : 'it has no options'})`);
    }
    const value = values[name];
    const problem = optionTypeProblem(spec.default, value);
    if (problem) throw new RuleOptionError(rule.meta.id, name, problem);
    options[name] = { ...spec, default: value as RuleOptionValue };
  }
  return { ...rule, meta: { ...rule.meta, options: options as RuleOptionSchema } };
}

/** Applies configured option values to the rules they name; rules not named stay as they are. */
export function configureRules(rules: readonly Rule[], values: { readonly [ruleId: string]: { readonly [name: string]: unknown } } = {}): Rule[] {
  return rules.map((rule) => (values[rule.meta.id] ? configureRule(rule, values[rule.meta.id]!) : rule));
}

/** The kind of an option value, as messages name it. */
export function optionKind(value: unknown): string {
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string') ? 'list of strings' : 'list';
  if (value === null) return 'null';
  return typeof value;
}

/** Why `value` cannot stand for an option whose default is `defaultValue`, or undefined when it can. */
export function optionTypeProblem(defaultValue: RuleOptionValue, value: unknown): string | undefined {
  const expected = optionKind(defaultValue);
  const got = optionKind(value);
  if (expected !== got) return `must be a ${expected}, not a ${got} (${JSON.stringify(value)})`;
  if (typeof value === 'number' && !Number.isFinite(value)) return 'must be a finite number';
  return undefined;
}
