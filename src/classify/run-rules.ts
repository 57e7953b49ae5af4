/**
 * Runs the rule modules over a document. Rules run in a few passes so that a rule can
 * see what earlier passes removed around a block (a donation appeal's third paragraph
 * is judged knowing that its heading went).
 */
import type { Block, Category, Document, Finding, Rule, RuleContext } from '../types.js';
import { type BlockVerdict, type Verdict, emptyVerdicts, isFullyRemoved } from './verdicts.js';
import { NO_OPTIONS, contextForRule } from '../rules/options.js';
import { unionFor } from '../text/pattern-union.js';

const MAX_PASSES = 3;

/**
 * How far a rule may look for removed neighbours (`context.removedCategory`). A later
 * pass re-judges only blocks this close to a block whose removal changed, since nothing
 * else a rule reads can have changed.
 */
export const CONTEXT_REACH = 18;

export function runRules(document: Document, rules: readonly Rule[], verdicts = emptyVerdicts(document.blocks.length)): BlockVerdict[] {
  const { blocks } = document;

  let previous: (Category | undefined)[] | undefined;
  const seenLines: LineMatches = new Map();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    // Snapshot of whole-block removals so a pass reads a stable picture of the previous one.
    const removedBefore: (Category | undefined)[] = verdicts.map((v, i) =>
      v.block?.category ?? (isFullyRemoved(v, blocks[i]!.lines.length) ? v.lines.values().next().value?.category : undefined),
    );
    const stale = previous === undefined ? undefined : nearChanges(previous, removedBefore);
    previous = removedBefore;
    let changed = false;

    const judged = blocks.filter((block) => !verdicts[block.index]!.block && (!stale || stale[block.index]));
    const contexts = judged.map((block) => contextFor(document, block.index, removedBefore));
    // Rule by rule over the blocks, not block by block over the rules: a rule's patterns and
    // code stay in the processor's caches while it reads every block (its line patterns ran
    // twice as fast as when every block evicted them). The answers are the same in either
    // order, as a rule reads only the block and the picture from before the pass; a block
    // that a rule removes whole is not shown to the rules after it.
    for (const rule of rules) {
      // A rule's line patterns go first, as its findings do not overwrite what they removed.
      if (pass === 0) {
        for (const block of judged) {
          const verdict = verdicts[block.index]!;
          if (!verdict.block) changed = applyLinePatterns(rule, block, verdict, seenLines) || changed;
        }
      }
      if (!rule.classify) continue;
      judged.forEach((block, k) => {
        const verdict = verdicts[block.index]!;
        if (!verdict.block) changed = applyFindings(rule, block, verdict, rule.classify!(block, contextForRule(contexts[k]!, rule))) || changed;
      });
    }
    for (const block of judged) {
      const verdict = verdicts[block.index]!;
      // A block whose every line went is a removed block, credited to its first line's rule;
      // the lines keep their own verdicts for reporting.
      if (!verdict.block && isFullyRemoved(verdict, block.lines.length)) {
        verdict.block = verdict.lines.get(0);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return verdicts;
}

/** Per block: whether a block within CONTEXT_REACH changed its removal between two snapshots. */
function nearChanges(before: readonly (Category | undefined)[], after: readonly (Category | undefined)[]): boolean[] {
  const near = new Array<boolean>(after.length).fill(false);
  let lastChange = -Infinity;
  for (let i = 0; i < after.length; i++) {
    if (before[i] !== after[i]) {
      lastChange = i;
      for (let k = Math.max(0, i - CONTEXT_REACH); k < i; k++) near[k] = true;
    }
    if (i - lastChange <= CONTEXT_REACH) near[i] = true;
  }
  return near;
}

function contextFor(document: Document, index: number, removed: (Category | undefined)[]): RuleContext {
  return {
    document,
    index,
    neighbour: (offset) => document.blocks[index + offset],
    removedCategory: (offset) => removed[index + offset],
    options: NO_OPTIONS,
  };
}

/** The first of the rule's patterns the line matches; the same line (a menu item on every page) is tested once per document. */
type LineMatches = Map<Rule, Map<string, RegExp | null>>;

function matchLine(rule: Rule, patterns: readonly RegExp[], text: string, seen: LineMatches): RegExp | null {
  let byText = seen.get(rule);
  if (!byText) {
    byText = new Map();
    seen.set(rule, byText);
  }
  let match = byText.get(text);
  if (match === undefined) {
    // Nearly every line matches none of a rule's patterns: the union turns it away at once.
    match = patterns[unionFor(patterns).firstMatch(text)] ?? null;
    byText.set(text, match);
  }
  return match;
}

function applyLinePatterns(rule: Rule, block: Block, verdict: BlockVerdict, seen: LineMatches): boolean {
  const patterns = rule.linePatterns;
  if (!patterns?.length) return false;
  let changed = false;
  block.lines.forEach((line, i) => {
    if (verdict.lines.has(i)) return;
    const pattern = matchLine(rule, patterns, line.text, seen);
    if (pattern) {
      verdict.lines.set(i, { rule: rule.id, category: rule.category, reason: `matches ${shortPattern(pattern)}` });
      changed = true;
    }
  });
  return changed;
}

function applyFindings(rule: Rule, block: Block, verdict: BlockVerdict, result: Finding | Finding[] | null | undefined): boolean {
  if (!result) return false;
  const findings = Array.isArray(result) ? result : [result];
  let changed = false;
  for (const finding of findings) {
    const v: Verdict = { rule: rule.id, category: rule.category, reason: finding.reason };
    if (finding.line === undefined) {
      verdict.block = v;
      verdict.lines.clear();
      return true;
    }
    if (!verdict.lines.has(finding.line)) {
      verdict.lines.set(finding.line, v);
      changed = true;
    }
  }
  return changed;
}

function shortPattern(pattern: RegExp): string {
  const s = pattern.source;
  return s.length > 48 ? `/${s.slice(0, 45)}…/` : `/${s}/`;
}
