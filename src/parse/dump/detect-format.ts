/**
 * Which kind of dump a text is: one block a line (what a plain HTML-to-text walk gives),
 * laid out and hard-wrapped as text browsers and converters write it, or Markdown.
 */
import { markdownScore } from './markdown-syntax.js';
import { MEASURES, lineLength, type PhysicalLine } from './physical-lines.js';
import type { Measure } from './physical-lines.js';
import { findWrapWidth, type Wrap } from './wrap-width.js';
import { writesLinkTargets } from './layout-syntax.js';

export type DumpFormat = 'lines' | 'wrapped' | 'markdown';

export interface DumpShape {
  format: DumpFormat;
  /** The width the dump was hard-wrapped at, if it was, and how the wrapper measured it. */
  width?: number;
  measure: Measure;
  /** Whether the wrapper left a space at the end of the lines it broke (fold -s does): a line without one was broken inside a word. */
  trailingSpaces: boolean;
  /** Whether the dump writes links' targets after their text ("About [/about/]", as html-to-text does): then a bare URL is an href too. */
  writesHrefs: boolean;
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;
/** Markdown evidence a dump needs, per 100 non-blank lines and at least. */
const MARKDOWN_SCORE_PER_100 = 4;
const MIN_MARKDOWN_SCORE = 4;
/** A laid-out dump indents this share of its lines (lynx indents every paragraph). */
const INDENTED_SHARE = 0.2;

/** `forced`: what the caller says the dump is (`markdown`), or nothing to find out. */
export function detectFormat(lines: readonly PhysicalLine[], forced?: 'markdown' | 'text'): DumpShape {
  const nonBlank = lines.filter((l) => l.text !== '');
  const score = forced === 'text' ? 0 : markdownScore(nonBlank.map((l) => l.text));
  const markdown = forced === 'markdown' || (forced === undefined && score >= Math.max(MIN_MARKDOWN_SCORE, (nonBlank.length * MARKDOWN_SCORE_PER_100) / 100));
  // Each wrapper counts in its own way (columns, characters, bytes): the measure that explains most breaks is the wrapper's.
  let measure: Measure = 'columns';
  let wrap: Wrap | undefined;
  // On ASCII every measure counts alike: one is enough.
  const ascii = !nonBlank.some((l) => NON_ASCII.test(l.text));
  for (const m of ascii ? MEASURES.slice(0, 1) : MEASURES) {
    const found = findWrapWidth(lines, m, markdown);
    if (found && (!wrap || found.explained > wrap.explained)) [measure, wrap] = [m, found];
  }
  const width = wrap?.width;
  const near = nonBlank.filter((l) => width !== undefined && lineLength(l, measure) > width - 3);
  const trailingSpaces = near.length > 0 && near.filter((l) => l.trailingSpace).length > near.length / 2;
  const writesHrefs = writesLinkTargets(nonBlank);
  if (markdown) {
    return { format: 'markdown', ...(width === undefined ? {} : { width }), measure, trailingSpaces, writesHrefs };
  }
  const indented = nonBlank.filter((l) => l.indent >= 2).length;
  // A converter that writes link targets lays text out, wrapped or not: its syntax is to be read.
  if (width !== undefined || writesHrefs || (indented > 0 && indented >= nonBlank.length * INDENTED_SHARE)) return { format: 'wrapped', ...(width === undefined ? {} : { width }), measure, trailingSpaces, writesHrefs };
  return { format: 'lines', measure: 'columns', trailingSpaces: false, writesHrefs };
}
