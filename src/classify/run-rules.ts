/**
 * Runs the rule modules over a document. Rules run in a few passes so that a rule can
 * see what earlier passes removed around a block (a donation appeal's third paragraph
 * is judged knowing that its heading went).
 */
import type { Block, Category, Document, Finding, Rule, RuleContext } from '../types.js';
import { type BlockVerdict, type Verdict, emptyVerdicts, isFullyRemoved, clearLines, removeLine } from './verdicts.js';
import { NO_OPTIONS, contextForRule } from '../rules/options.js';
import { unionFor } from '../text/pattern-union.js';
import { forgetBlock } from '../text/memo.js';
import { checkClock } from '../document-clock.js';

const MAX_PASSES = 3;

/**
 * How far a rule may look for removed neighbours (`context.removedCategory`). A later
 * pass re-judges only blocks this close to a block whose removal changed, since nothing
 * else a rule reads can have changed.
 */
export const CONTEXT_REACH = 18;

/**
 * Blocks the rules go through at a time (a page has a few hundred): far more than any
 * rule looks back, and few enough that what rules keep about them stays small.
 */
const WINDOW_BLOCKS = 4096;

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
    // Rule by rule over the blocks, not block by block over the rules: a rule's patterns and
    // code stay in the processor's caches while it reads every block (its line patterns ran
    // twice as fast as when every block evicted them). The answers are the same in either
    // order, as a rule reads only the block and the picture from before the pass; a block
    // that a rule removes whole is not shown to the rules after it. A long document goes
    // through in windows of blocks, so that what the rules keep about the blocks behind a
    // window can go (see forgetBlock).
    for (let from = 0; from < judged.length; from += WINDOW_BLOCKS) {
      const window = judged.slice(from, from + WINDOW_BLOCKS);
      changed = judgeWindow(document, window, rules, verdicts, removedBefore, pass, seenLines) || changed;
      // The window before stays remembered: rules read the blocks just before theirs.
      for (const block of judged.slice(Math.max(0, from - WINDOW_BLOCKS), from)) forgetBlock(block);
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
  // Nothing after the rules reads what they kept about the blocks.
  for (const block of blocks) forgetBlock(block);
  return verdicts;
}

/** Every rule over a window of the blocks, as the pass's loop describes; whether any verdict changed. */
function judgeWindow(
  document: Document,
  window: readonly Block[],
  rules: readonly Rule[],
  verdicts: BlockVerdict[],
  removedBefore: (Category | undefined)[],
  pass: number,
  seenLines: LineMatches,
): boolean {
  let changed = false;
  const contexts = window.map((block) => contextFor(document, block.index, removedBefore));
  for (const rule of rules) {
    // A rule's line patterns go first, as its findings do not overwrite what they removed.
    if (pass === 0) {
      for (const block of window) {
        checkClock();
        const verdict = verdicts[block.index]!;
        if (!verdict.block) changed = applyLinePatterns(rule, block, verdict, seenLines) || changed;
      }
    }
    if (!rule.classify) continue;
    window.forEach((block, k) => {
      checkClock();
      const verdict = verdicts[block.index]!;
      if (!verdict.block) changed = applyFindings(rule, block, verdict, rule.classify!(block, contextForRule(contexts[k]!, rule))) || changed;
    });
  }
  return changed;
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

/**
 * The first of the rule's patterns the line matches; the same line (a menu item on every
 * page) is tested once per document, or once per LINE_MATCHES_LIMIT lines of a long one.
 */
type LineMatches = Map<Rule, Map<string, RegExp | null>>;

/** Lines remembered per rule: a page has a few thousand; a long document starts again past this. */
const LINE_MATCHES_LIMIT = 16384;

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
    if (byText.size >= LINE_MATCHES_LIMIT) byText.clear();
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
      removeLine(verdict, i, { rule: rule.meta.id, category: rule.meta.category, reason: `matches ${shortPattern(pattern)}` });
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
    const v: Verdict = { rule: rule.meta.id, category: rule.meta.category, reason: finding.reason };
    if (finding.line === undefined) {
      verdict.block = v;
      clearLines(verdict);
      return true;
    }
    if (!verdict.lines.has(finding.line)) {
      removeLine(verdict, finding.line, v);
      changed = true;
    }
  }
  return changed;
}

function shortPattern(pattern: RegExp): string {
  const s = pattern.source;
  return s.length > 48 ? `/${s.slice(0, 45)}…/` : `/${s}/`;
}
