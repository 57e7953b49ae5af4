/**
 * The --explain view: the input as it was, each removed block or line struck through and
 * labelled with the rule that removed it and why; the title and kept text as they are.
 * With --format json or jsonl, the same as data: the JSON output and the input block by block.
 */
import type { ChalkInstance } from 'chalk';
import type { Analysis } from '../clean.js';
import { isFullyRemoved, type Verdict } from '../classify/verdicts.js';
import type { Removal } from '../types.js';
import { jsonFields, type JsonExtras } from './json.js';

export interface ExplainedBlock {
  /** Offsets of the block in the input (for HTML, in the page's text as the view shows it). */
  start: number;
  end: number;
  text: string;
  /** `kept` may still have lines removed: those in `removed`. */
  status: 'title' | 'kept' | 'removed';
  /** The removals in this block, as in the result's `removed`. */
  removed: Removal[];
}

/** --explain as JSON: the JSON output's fields, then `blocks`, the input block by block. */
export function explainFields(analysis: Analysis, extras: JsonExtras = {}) {
  const { document, verdicts, titleBlock, result } = analysis;
  // Removals are listed block by block in input order, so each block takes the next ones that end inside it.
  let next = 0;
  const blocks = document.blocks.map((block): ExplainedBlock => {
    const first = next;
    while (next < result.removed.length && result.removed[next]!.end <= block.end) next++;
    const status = block.index === titleBlock ? 'title' : isFullyRemoved(verdicts[block.index]!, block.lines.length) ? 'removed' : 'kept';
    return { start: block.start, end: block.end, text: block.text, status, removed: result.removed.slice(first, next) };
  });
  return { ...jsonFields(result, extras), blocks };
}

export function formatExplain(analysis: Analysis, chalk: ChalkInstance): string {
  const { document, verdicts, titleBlock } = analysis;
  const out: string[] = [];
  // Without colour a strike-through is invisible, so removed lines also get a marker.
  const strike = (text: string) => (chalk.level > 0 ? chalk.red.strikethrough(text) : `✗ ${text}`);
  const removedLine = (text: string, v: Verdict) => `${strike(text)}  ${chalk.yellow(`[${v.rule}]`)} ${chalk.dim(v.reason)}`;

  for (const block of document.blocks) {
    const v = verdicts[block.index]!;
    if (block.index === titleBlock) {
      out.push(`${chalk.bold.green(block.text)}  ${chalk.cyan('[title]')}`);
    } else if (v.block && v.lines.size === block.lines.length) {
      out.push(block.lines.map((l, i) => removedLine(l.text, v.lines.get(i)!)).join('\n'));
    } else if (v.block) {
      // Lines a rule removed first keep their own label; the block's label closes the block.
      const lines = block.lines.map((l, i) => (v.lines.has(i) ? removedLine(l.text, v.lines.get(i)!) : strike(l.text)));
      lines[lines.length - 1] += `  ${chalk.yellow(`[${v.block.rule}]`)} ${chalk.dim(v.block.reason)}`;
      out.push(lines.join('\n'));
    } else {
      out.push(block.lines.map((l, i) => (v.lines.has(i) ? removedLine(l.text, v.lines.get(i)!) : l.text)).join('\n'));
    }
  }
  if (analysis.result.guard) out.push(chalk.magenta(`! recall guard: ${analysis.result.guard.reason}`));
  const kept = analysis.result.paragraphs.length;
  const removed = analysis.result.removed.length;
  out.push(chalk.dim(`— ${kept} paragraph${kept === 1 ? '' : 's'} kept, ${removed} removal${removed === 1 ? '' : 's'}`));
  return out.join('\n\n') + '\n';
}
