/**
 * Checks that a value loaded from a user's rule module has the shape of a `Rule`, so that
 * a mistake is reported when the rules load — naming the property and what is wrong —
 * rather than as a crash in the middle of a corpus.
 */
import type * as CssSelect from 'css-select';
import { lazyRequire } from '../lazy-require.js';
import type { Rule } from '../types.js';
import { optionKind } from '../rules/options.js';
import { liftFlatMeta } from './flat-rule.js';
import { RuleShapeError } from './rule-shape-error.js';

/** Loaded only when a custom rule brings selectors to check. */
const cssSelect = lazyRequire<typeof CssSelect>('css-select');

/** Rule ids and custom categories: lower-case words joined by hyphens ("house-promo"). */
export const ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** The context pass reports its removals under this category; no rule may take it. */
export const RESERVED_CATEGORY = 'prose';

const RULE_KEYS = ['meta', 'linePatterns', 'selectors', 'classWords', 'classify', 'withTemplate'];
/** The traits of a rule's meta that are true or false, telling the pipeline its part (see `RuleMeta`). */
export const META_TRAITS = ['endsArticle', 'listsLinks', 'opensThread'];
const META_KEYS = ['id', 'category', 'description', 'docs', 'defaultOn', 'options', ...META_TRAITS, 'pass', 'modelRestoresAt'];

export { RuleShapeError };

/**
 * Returns the value as a `Rule`, or throws a `RuleShapeError` saying what is wrong with
 * it. A rule in the flat shape of old (`id`, `category`, ... beside the patterns) is
 * returned in the `meta` shape.
 */
export function validateRule(value: unknown): Rule {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new RuleShapeError(`a rule must be an object, not ${describe(value)}`);
  const rule = liftFlatMeta(value as Record<string, unknown>);
  if (typeof rule.meta !== 'object' || rule.meta === null || Array.isArray(rule.meta)) {
    throw new RuleShapeError(`"meta" must be an object with the rule's id, category, description and defaultOn, not ${describe(rule.meta)}`);
  }
  const meta = rule.meta as Record<string, unknown>;
  const id = meta.id;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
    throw new RuleShapeError(`"meta.id" must be lower-case words joined by hyphens (such as "house-promo"), not ${describe(id)}`);
  }
  const fail = (problem: string): never => {
    throw new RuleShapeError(`rule '${id}': ${problem}`);
  };
  for (const key of Object.keys(rule)) {
    if (!RULE_KEYS.includes(key)) fail(`unknown property "${key}" (a rule has ${RULE_KEYS.join(', ')})`);
  }
  for (const key of Object.keys(meta)) {
    if (!META_KEYS.includes(key)) fail(`unknown property "meta.${key}" (a rule's meta has ${META_KEYS.join(', ')})`);
  }
  if (typeof meta.category !== 'string' || !ID_PATTERN.test(meta.category)) {
    fail(`"meta.category" must be a built-in category or lower-case words joined by hyphens, not ${describe(meta.category)}`);
  }
  if (meta.category === RESERVED_CATEGORY) fail(`"meta.category" cannot be "${RESERVED_CATEGORY}": it names what the context pass removes`);
  if (typeof meta.description !== 'string' || meta.description.trim() === '') fail(`"meta.description" must be a non-empty string, not ${describe(meta.description)}`);
  if (typeof meta.defaultOn !== 'boolean') fail(`"meta.defaultOn" must be true or false, not ${describe(meta.defaultOn)}`);
  if (meta.docs !== undefined && !isUrl(meta.docs)) fail(`"meta.docs" must be the URL of the rule's documentation, not ${describe(meta.docs)}`);
  for (const flag of META_TRAITS) {
    if (meta[flag] !== undefined && typeof meta[flag] !== 'boolean') fail(`"meta.${flag}" must be true or false, not ${describe(meta[flag])}`);
  }
  const restores = meta.modelRestoresAt;
  if (restores !== undefined && !(typeof restores === 'number' && restores > 0 && restores <= 1)) fail(`"meta.modelRestoresAt" must be odds above 0 and at most 1, not ${describe(restores)}`);
  // The content pass is the context pass, which the built-in prose rule stands for.
  if (meta.pass !== undefined && meta.pass !== 'widget') fail(`"meta.pass" must be "widget" (custom rules run in the widget pass), not ${describe(meta.pass)}`);

  if (rule.linePatterns !== undefined) {
    const patterns = arrayOf(rule.linePatterns, 'linePatterns', fail);
    patterns.forEach((p, i) => {
      if (!(p instanceof RegExp)) return fail(`linePatterns[${i}] must be a RegExp, not ${describe(p)}`);
      // test() on a global or sticky RegExp remembers where it stopped, so the next line would be tested from there.
      if (p.global || p.sticky) fail(`linePatterns[${i}] ${p} has the ${p.global ? 'g' : 'y'} flag, which makes test() depend on the previous line; drop it`);
    });
  }
  if (rule.selectors !== undefined) {
    arrayOf(rule.selectors, 'selectors', fail).forEach((s, i) => {
      if (typeof s !== 'string') return fail(`selectors[${i}] must be a string, not ${describe(s)}`);
      const problem = selectorProblem(s);
      if (problem) fail(`selectors[${i}] "${s}" is not a CSS selector unboil can match: ${problem}`);
    });
  }
  if (rule.classWords !== undefined) {
    arrayOf(rule.classWords, 'classWords', fail).forEach((w, i) => {
      // Class and id names are split into lower-case words before they are looked up.
      if (typeof w !== 'string' || !/^[a-z0-9]+$/.test(w)) fail(`classWords[${i}] must be one lower-case word of letters and digits, not ${describe(w)}`);
    });
  }
  if (meta.options !== undefined) validateOptionSchema(meta.options, fail);
  if (rule.classify !== undefined && typeof rule.classify !== 'function') fail(`"classify" must be a function, not ${describe(rule.classify)}`);
  if (rule.withTemplate !== undefined && typeof rule.withTemplate !== 'function') fail(`"withTemplate" must be a function, not ${describe(rule.withTemplate)}`);
  if (!rule.linePatterns && !rule.classify && !rule.selectors && !rule.classWords && !rule.withTemplate) {
    fail('it removes nothing: give it linePatterns, selectors, classWords or a classify function');
  }
  return rule as unknown as Rule;
}

function validateOptionSchema(options: unknown, fail: (problem: string) => never): void {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) fail(`"meta.options" must be an object of option declarations, not ${describe(options)}`);
  for (const [name, spec] of Object.entries(options as object)) {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) fail(`option name "${name}" must be a word of letters and digits (camelCase)`);
    if (typeof spec !== 'object' || spec === null) fail(`meta.options.${name} must be an object with "default" and "description"`);
    const { default: value, description, ...rest } = spec as Record<string, unknown>;
    const extra = Object.keys(rest);
    if (extra.length) fail(`meta.options.${name} has unknown property "${extra[0]}" (an option has default and description)`);
    const kind = optionKind(value);
    if (!['string', 'number', 'boolean', 'list of strings'].includes(kind)) {
      fail(`meta.options.${name}.default must be a string, number, boolean or list of strings, not ${describe(value)}`);
    }
    if (typeof description !== 'string' || description.trim() === '') fail(`meta.options.${name}.description must be a non-empty string`);
  }
}

function isUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

function arrayOf(value: unknown, key: string, fail: (problem: string) => never): unknown[] {
  if (!Array.isArray(value)) fail(`"${key}" must be an array, not ${describe(value)}`);
  return value as unknown[];
}

function selectorProblem(selector: string): string | undefined {
  try {
    cssSelect.compile(selector);
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

/** A short description of a value for messages: its kind, and the value itself when short. */
export function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (value instanceof RegExp) return `the RegExp ${value}`;
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object') return 'an object';
  const shown = JSON.stringify(value);
  return `${typeof value === 'string' ? 'the string' : `the ${typeof value}`} ${shown.length > 40 ? shown.slice(0, 39) + '…' : shown}`;
}
