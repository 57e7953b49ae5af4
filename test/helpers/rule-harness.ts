/** Runs one rule over a text dump and reports what it removed and what it kept. */
import { parseText } from '../../src/parse/text.js';
import { runRules } from '../../src/classify/run-rules.js';
import type { Rule } from '../../src/types.js';

export interface RuleOutcome {
  /** Removed blocks and removed lines, as text. */
  removed: string[];
  /** Lines that survived. */
  kept: string[];
}

export function applyRule(rule: Rule, input: string): RuleOutcome {
  const doc = parseText(input, 'en');
  const verdicts = runRules(doc, [rule]);
  const removed: string[] = [];
  const kept: string[] = [];
  doc.blocks.forEach((block, i) => {
    const v = verdicts[i]!;
    if (v.block) {
      removed.push(block.text);
      return;
    }
    block.lines.forEach((line, j) => (v.lines.has(j) ? removed : kept).push(line.text));
  });
  return { removed, kept };
}

/** True when the rule removes the whole input (every block or line of it). */
export function removesAll(rule: Rule, input: string): boolean {
  return applyRule(rule, input).kept.length === 0;
}

/** True when the rule removes nothing of the input. */
export function keepsAll(rule: Rule, input: string): boolean {
  return applyRule(rule, input).removed.length === 0;
}
