/**
 * What `unboil check` reports: every block or line a rule removes, with its line
 * numbers. The context pass's removals (what stands before or after the main run of
 * prose) are left out: a short, already cleaned article can have a paragraph the context
 * pass would not count as the article, while a rule only fires on boilerplate wording.
 */
import type { Analysis } from '../clean.js';
import type { Verdict } from '../classify/verdicts.js';
import { LineNumbers } from '../text/line-numbers.js';

export interface CheckFinding {
  /** First and last line (1-based) of the removed text in the input (HTML: in the page's text as --explain shows it). */
  line: number;
  endLine: number;
  rule: string;
  category: string;
  reason: string;
  text: string;
}

export const CONTEXT_CATEGORY = 'prose';

export function ruleFindings(analysis: Analysis): CheckFinding[] {
  const { document, verdicts } = analysis;
  const lines = new LineNumbers(document.source);
  const findings: CheckFinding[] = [];
  const add = (v: Verdict, start: number, end: number) => {
    findings.push({
      line: lines.lineOf(start),
      endLine: lines.lineOf(Math.max(start, end - 1)),
      rule: v.rule,
      category: v.category,
      reason: v.reason,
      text: document.source.slice(start, end),
    });
  };
  for (const block of document.blocks) {
    const v = verdicts[block.index]!;
    // A whole block a rule removed (not line by line): one finding.
    if (v.block && v.block.category !== CONTEXT_CATEGORY && v.lines.size < block.lines.length) {
      add(v.block, block.start, block.end);
      continue;
    }
    // Lines: consecutive lines removed by the same rule make one finding.
    let run: { v: Verdict; start: number; end: number; last: number } | undefined;
    const flush = () => run && add(run.v, run.start, run.end);
    block.lines.forEach((line, i) => {
      const lv = v.lines.get(i);
      if (!lv || lv.category === CONTEXT_CATEGORY) return;
      if (run && run.v.rule === lv.rule && run.last === i - 1) {
        run.end = line.end;
        run.last = i;
        return;
      }
      flush();
      run = { v: lv, start: line.start, end: line.end, last: i };
    });
    flush();
  }
  return findings;
}
