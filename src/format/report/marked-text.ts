/**
 * A document's text as the report shows it: what stayed as it is, each removal struck
 * through in place (`<del>`, coloured by its category) and followed by a label with its
 * rule and reason, as --explain prints them.
 */
import { categoryColor } from './category-colors.js';
import type { ReportDigest } from './digest.js';
import { escapeHtml } from './html-escape.js';

export interface MarkedText {
  html: string;
  /** Characters of the text shown (the rest was cut), and removals left out with it. */
  shown: number;
  marksCut: number;
}

/** `limit`: characters to show at most (the page's budget may allow less than the digest holds). */
export function markedText(digest: ReportDigest, limit: number): MarkedText {
  const { text, marks, rules, reasons } = digest;
  const end = Math.min(text.length, limit);
  const out: string[] = [];
  let at = 0;
  let marksCut = digest.marksPastCut;
  for (let i = 0; i < marks.length; i += 4) {
    // Removals come in the text's order and do not overlap; a stray overlap is clipped, not drawn twice.
    const start = Math.max(marks[i]!, at);
    const stop = Math.min(marks[i + 1]!, end);
    if (marks[i]! >= end) {
      marksCut++;
      continue;
    }
    if (stop <= start) continue;
    const rule = rules[marks[i + 2]!]!;
    const reason = reasons[marks[i + 3]!]!;
    out.push(escapeHtml(text.slice(at, start)));
    const id = escapeHtml(rule.id);
    const category = escapeHtml(rule.category);
    const label = `${id}${rule.category !== rule.id ? ` (${category})` : ''}: ${escapeHtml(reason)}`;
    out.push(
      `<del data-rule="${id}" data-category="${category}" style="--c:${categoryColor(rule.category)}" title="${label}">${escapeHtml(text.slice(start, stop))}</del>`,
      `<span class="why" data-rule="${id}" style="--c:${categoryColor(rule.category)}">${id} · ${escapeHtml(reason)}</span>`,
    );
    at = stop;
  }
  out.push(escapeHtml(text.slice(at, end)));
  return { html: out.join(''), shown: end, marksCut };
}
