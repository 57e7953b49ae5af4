/**
 * Compares what a rule removed with what a case expects, in document order, and says
 * what differs: a removal that was not expected, one that is missing, or one reported
 * under another rule, category or reason.
 */
import type { Removal } from '../types.js';
import type { ExpectedRemoval } from './cases.js';

/** Text as compared: its words, single-spaced. */
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

const matches = (actual: string, expected: string | RegExp) => (typeof expected === 'string' ? actual === expected : expected.test(actual));

/** One removal as a failure message shows it. */
export function describeRemoval(r: Removal): string {
  return `${JSON.stringify(squeeze(r.text))} (${r.rule}, ${r.category}: ${r.reason})`;
}

const describeExpected = (e: ExpectedRemoval) => (typeof e.text === 'string' ? JSON.stringify(squeeze(e.text)) : String(e.text));

/** The differences, one a line; empty when the removals are the expected ones. `ruleId`: the tested rule, which `rule` defaults to. */
export function removalDifferences(actual: readonly Removal[], expected: readonly ExpectedRemoval[], ruleId: string): string[] {
  const problems: string[] = [];
  const count = Math.max(actual.length, expected.length);
  for (let i = 0; i < count; i++) {
    const a = actual[i];
    const e = expected[i];
    if (!e) problems.push(`removed ${describeRemoval(a!)}, which is not expected`);
    else if (!a) problems.push(`did not remove ${describeExpected(e)}`);
    else {
      const text = typeof e.text === 'string' ? squeeze(e.text) : e.text;
      if (!matches(squeeze(a.text), text)) problems.push(`removal ${i + 1}: expected ${describeExpected(e)}, removed ${describeRemoval(a)}`);
      else {
        // By default the tested rule, or one of its parts: the prose rule reports "prose/after-article".
        const ruleMatches = e.rule === undefined ? a.rule === ruleId || a.rule.startsWith(`${ruleId}/`) : a.rule === e.rule;
        if (!ruleMatches) problems.push(`removal ${i + 1} ${describeExpected(e)}: expected rule ${e.rule ?? ruleId}, got ${a.rule}`);
        if (e.category !== undefined && a.category !== e.category) problems.push(`removal ${i + 1} ${describeExpected(e)}: expected category ${e.category}, got ${a.category}`);
        if (e.reason !== undefined && !matches(a.reason, e.reason)) problems.push(`removal ${i + 1} ${describeExpected(e)}: expected reason ${typeof e.reason === 'string' ? JSON.stringify(e.reason) : e.reason}, got ${JSON.stringify(a.reason)}`);
      }
    }
  }
  return problems;
}
