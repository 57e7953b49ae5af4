/**
 * The schema of a rule's options in a config file, made from what the rule declares: each
 * option takes a value of its default's kind (a number, a string, true or false, a list
 * of strings), and no other option is taken.
 */
import * as z from 'zod';
import type { Rule, RuleOptionValue } from '../types.js';
import { optionKind } from '../rules/options.js';

export function ruleOptionsSchema(rule: Rule) {
  const declared = rule.meta.options ?? {};
  const known = Object.keys(declared);
  const shape = Object.fromEntries(Object.entries(declared).map(([name, spec]) => [name, valueSchema(spec.default).optional()]));
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `is not an option of this rule (${known.length ? `its options: ${known.join(', ')}` : 'it has no options'})` : undefined),
  });
}

function valueSchema(defaultValue: RuleOptionValue): z.ZodType {
  const kind = optionKind(defaultValue);
  const error = (issue: z.core.$ZodRawIssue) =>
    typeof issue.input === 'number' && kind === 'number' ? 'must be a finite number' : `must be a ${kind}, not a ${optionKind(issue.input)} (${JSON.stringify(issue.input)})`;
  switch (kind) {
    case 'number':
      return z.number({ error });
    case 'string':
      return z.string({ error });
    case 'boolean':
      return z.boolean({ error });
    default:
      // Lists: the whole value is named, not the item (an option is set as a whole).
      return z.custom((value) => optionKind(value) === kind, { error });
  }
}
