/** Rule options: declared with defaults, read by classify as context.options, set per rule. */
import { describe, expect, it } from 'vitest';
import { configureRule, RuleOptionError } from '../../src/rules/options.js';
import { parseText } from '../../src/parse/text.js';
import { runRules } from '../../src/classify/run-rules.js';
import { builtInRules } from '../../src/rules/index.js';
import { clean } from '../../src/clean.js';
import type { Rule } from '../../src/types.js';

/** Removes blocks of at most `maxWords` words that start with `prefix`. */
const shortNote: Rule<{ prefix: string; maxWords: number; labels: readonly string[] }> = {
  meta: {
    id: 'short-note',
    category: 'note',
    description: 'Short notes.',
    defaultOn: true,
    options: {
      prefix: { default: 'Note:', description: 'What the note starts with.' },
      maxWords: { default: 6, description: 'Longest note removed.' },
      labels: { default: [], description: 'Extra labels.' },
    },
  },
  classify(block, context) {
    const { prefix, maxWords } = context.options;
    return block.text.startsWith(prefix) && block.features.words <= maxWords ? { reason: `${prefix} note` } : null;
  },
};

function removed(rule: Rule, text: string): string[] {
  const doc = parseText(text, 'en');
  const verdicts = runRules(doc, [rule]);
  return doc.blocks.filter((b) => verdicts[b.index]!.block).map((b) => b.text);
}

const TEXT = 'Note: see the chart.\n\nPS: see the chart.\n\nNote: this one has far too many words to count as a short note.';

// The first clean loads language data; slow on a busy machine.
describe('rule options', { timeout: 30_000 }, () => {
  it('classify sees each option at its default', () => {
    expect(removed(shortNote as Rule, TEXT)).toEqual(['Note: see the chart.']);
  });

  it('a configured copy sees the configured values; the rule itself is unchanged', () => {
    const configured = configureRule(shortNote as Rule, { prefix: 'PS:', maxWords: 20 });
    expect(removed(configured, TEXT)).toEqual(['PS: see the chart.']);
    expect(removed(shortNote as Rule, TEXT)).toEqual(['Note: see the chart.']);
  });

  it('refuses an unknown option and a value whose type differs from the default', () => {
    expect(() => configureRule(shortNote as Rule, { max: 3 })).toThrow(new RuleOptionError('short-note', 'max', 'is not an option of this rule (its options: prefix, maxWords, labels)'));
    expect(() => configureRule(shortNote as Rule, { maxWords: '3' })).toThrow("option 'maxWords' of rule 'short-note' must be a number, not a string (\"3\")");
    expect(() => configureRule(shortNote as Rule, { labels: [1] })).toThrow('must be a list of strings, not a list ([1])');
    expect(() => configureRule(shortNote as Rule, { labels: ['a', 'b'] })).not.toThrow();
  });

  it('a rule without options sees an empty object, and built-in results do not change with options declared elsewhere', () => {
    let seen: unknown;
    const probe: Rule = { meta: { id: 'probe', category: 'note', description: 'd', defaultOn: true }, classify: (_, context) => void (seen = context.options) };
    removed(probe, 'One block.');
    expect(seen).toEqual({});
    const text = 'Sign up for our free weekly newsletter\n\nThe council met on Tuesday and voted to approve the budget for the coming year, officials said.';
    expect(clean(text, { rules: [...builtInRules, shortNote as Rule] }).removed).toEqual(clean(text).removed);
  });
});
