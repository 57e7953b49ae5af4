/**
 * Which kind of dump a text is: one block a line (what a plain HTML-to-text walk gives),
 * laid out and hard-wrapped as text browsers and converters write it, or Markdown.
 */
import { markdownScore } from './markdown-syntax.js';
import { lineLength, type Measure, type PhysicalLine } from './physical-lines.js';
import { findWrapWidth } from './wrap-width.js';

export type DumpFormat = 'lines' | 'wrapped' | 'markdown';

export interface DumpShape {
  format: DumpFormat;
  /** The width the dump was hard-wrapped at, if it was, and how the wrapper measured it. */
  width?: number;
  measure: Measure;
  /** Whether the wrapper left a space at the end of the lines it broke (fold -s does): a line without one was broken inside a word. */
  trailingSpaces: boolean;
}

/** Markdown evidence a dump needs, per 100 non-blank lines and at least. */
const MARKDOWN_SCORE_PER_100 = 4;
const MIN_MARKDOWN_SCORE = 4;
/** A laid-out dump indents this share of its lines (lynx indents every paragraph). */
const INDENTED_SHARE = 0.2;

/** `forced`: what the caller says the dump is (`markdown`), or nothing to find out. */
export function detectFormat(lines: readonly PhysicalLine[], forced?: 'markdown' | 'text'): DumpShape {
  const nonBlank = lines.filter((l) => l.text !== '');
  // fold counts bytes, text browsers count columns: the measure that explains more breaks is the wrapper's.
  const byColumns = findWrapWidth(lines, 'columns');
  const byBytes = findWrapWidth(lines, 'bytes');
  const measure: Measure = byBytes && (!byColumns || byBytes.explained > byColumns.explained) ? 'bytes' : 'columns';
  const width = (measure === 'bytes' ? byBytes : byColumns)?.width;
  const near = nonBlank.filter((l) => width !== undefined && lineLength(l, measure) > width - 3);
  const trailingSpaces = near.length > 0 && near.filter((l) => l.trailingSpace).length > near.length / 2;
  const score = forced === 'text' ? 0 : markdownScore(nonBlank.map((l) => l.text));
  if (forced === 'markdown' || (forced === undefined && score >= Math.max(MIN_MARKDOWN_SCORE, (nonBlank.length * MARKDOWN_SCORE_PER_100) / 100))) {
    return { format: 'markdown', ...(width === undefined ? {} : { width }), measure, trailingSpaces };
  }
  const indented = nonBlank.filter((l) => l.indent >= 2).length;
  if (width !== undefined || indented >= nonBlank.length * INDENTED_SHARE) return { format: 'wrapped', ...(width === undefined ? {} : { width }), measure, trailingSpaces };
  return { format: 'lines', measure: 'columns', trailingSpaces: false };
}
