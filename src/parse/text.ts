/**
 * Parses a text dump into a Document. Whatever wrote it — a plain HTML-to-text walk with
 * one block a line, a text browser or converter that hard-wraps and lays out, a Markdown
 * scraper — the dump becomes the same blocks: its logical lines (a wrapped paragraph
 * joined, syntax set apart) grouped between blank lines, every line keeping the offsets of
 * the input it came from so that rules can remove one line of a block.
 */
import type { Block, BlockKind, Document, Line } from '../types.js';
import { stopWordsFor } from '../text/stop-words.js';
import { computeFeatures } from './features.js';
import { wordsOf } from '../text/words.js';
import { detectLanguage } from '../text/language.js';
import { physicalLines } from './dump/physical-lines.js';
import { detectFormat } from './dump/detect-format.js';
import { logicalLines } from './dump/logical-lines.js';

/** A line this long is a paragraph in itself. */
const PARAGRAPH_LINE_WORDS = 20;

/**
 * `format`: what the caller says the dump is — `markdown`, or `text` for a dump whose
 * Markdown-looking syntax is text — or nothing, to find out from the dump itself.
 */
export function parseText(source: string, lang?: string, format?: 'text' | 'markdown'): Document {
  const physical = physicalLines(source);
  const shape = detectFormat(physical, format);
  const dump = shape.format === 'lines' ? undefined : logicalLines(physical, shape);
  const logical = dump?.lines ?? physical;
  // A text browser that sets text in from a margin (lynx) starts each of a page's blocks (a
  // paragraph, an item, a heading, a form's row) on a line of its own, but puts a blank line
  // only between some: once its wrapped lines are joined, each line is one block, as a
  // page's <p>, <li> and <h2> are. Dumps wrapped at the edge (fold, w3m) come from text
  // that already grouped a menu's lines into one block, and keep that grouping.
  const oneBlockALine = dump?.margin !== undefined && shape.width !== undefined;
  lang ??= detectLanguage(longLines(logical));
  const stopWords = stopWordsFor(lang);
  const blocks: Block[] = [];
  let lines: Line[] = [];

  const push = (lines: Line[]) => {
    const text = lines.map((l) => l.text).join('\n');
    blocks.push({
      index: blocks.length,
      kind: kindOf(lines),
      ...(lines.length === 1 && lines[0]!.syntax?.kind === 'heading' ? { headingLevel: lines[0]!.syntax.level } : {}),
      text,
      lines,
      start: lines[0]!.start,
      end: lines[lines.length - 1]!.end,
      features: computeFeatures(text, stopWords),
    });
  };
  const flush = () => {
    if (lines.length === 0) return;
    // Dumps that put paragraphs on single lines with no blank line between them: a line
    // of running text is a paragraph of its own, not one line of a bigger block.
    if (lines.length > 1 && (oneBlockALine || lines.some((l) => wordsOf(l.text).length >= PARAGRAPH_LINE_WORDS || l.syntax?.kind === 'heading'))) for (const line of lines) push([line]);
    // A copy of its own length: the array pushed to has room for 17 lines, which on a long
    // dump took more memory than the lines themselves.
    else push(lines.slice());
    lines = [];
  };

  for (const line of logical) {
    if (line.text === '') flush();
    else if (!('syntax' in line) || !line.syntax) lines.push({ text: line.text, start: line.start, end: line.end });
    else lines.push({ text: line.text, start: line.start, end: line.end, syntax: line.syntax, ...(line.codeIndent ? { codeIndent: line.codeIndent } : {}) });
  }
  flush();
  return { source, inputKind: 'text', format: shape.format, blocks, lang };
}

/** The longer lines of a dump, enough to tell its language. */
function* longLines(lines: readonly { text: string }[]): Generator<string> {
  let seen = 0;
  for (const { text } of lines) {
    if (seen >= 20000) return;
    if (text.length >= 80) {
      yield text;
      seen += text.length;
    }
  }
}

/** A block of one heading is a heading; a block of list items a list item (the items are its lines). */
function kindOf(lines: readonly Line[]): BlockKind {
  if (lines.length === 1 && lines[0]!.syntax?.kind === 'heading') return 'heading';
  if (lines.every((l) => l.syntax?.kind === 'item')) return 'list-item';
  return 'paragraph';
}
