/**
 * Turns a dump's physical lines into logical ones: a paragraph that a wrapper broke over
 * several lines becomes one line again, a list item keeps its continuation, and layout or
 * Markdown syntax is set apart from the text. A logical line keeps the offsets of its first
 * and last physical line, so that what is removed still points into the input as given.
 * Blank lines stay, as the separators of blocks.
 */
import type { LineSyntax } from './markdown-syntax.js';
import { FENCE, isDefinitionOrEmpty, isSyntaxOnly, markdownMark, stripInline } from './markdown-syntax.js';
import { URL_OPENING, isLoneBullet, layoutMark, stripBareHrefs, stripLinkTargets, stripPlaceholders } from './layout-syntax.js';
import { lineLength, textLength, type PhysicalLine } from './physical-lines.js';
import type { DumpShape } from './detect-format.js';

export interface LogicalLine {
  /** The line's text: physical lines joined, syntax taken out; '' for a blank line. */
  text: string;
  start: number;
  end: number;
  syntax?: LineSyntax;
  /** A line of code: the columns of white space before it, beyond its fence's. */
  codeIndent?: number;
}

interface Open {
  parts: string[];
  start: number;
  end: number;
  syntax?: LineSyntax;
  /** Column where the line's text starts (after a bullet, say): its continuation lines stand there or further left. */
  column: number;
  /** Columns of white space before the line's first physical line. */
  indent: number;
  /** A line of code: its indentation beyond its fence's, which the output puts back. */
  codeIndent?: number;
  last: PhysicalLine;
  /** Inside a code fence: lines are kept as they are, never joined. */
  code: boolean;
}

/** A dump's logical lines, and the margin a text browser set its text in from, if it did. */
export interface LogicalDump {
  lines: LogicalLine[];
  /** Columns the layout sets text in from (lynx: three), its headings standing left of it; undefined when the text stands at the edge (w3m, fold, Markdown). */
  margin?: number;
}

export function logicalLines(lines: readonly PhysicalLine[], shape: DumpShape): LogicalDump {
  const out: LogicalLine[] = [];
  const { format } = shape;
  const markdown = format === 'markdown';
  let open: Open | undefined;
  let fence: string | undefined;
  /** Columns the open fence stands in by: a code line keeps the indentation it has beyond it. */
  let fenceIndent = 0;

  /** The indentation of each line of `out` as it stood in the input. */
  const indents: number[] = [];
  const close = () => {
    if (!open) return;
    const joined = open.parts.join('');
    const text = open.code ? joined : markdown ? stripInline(stripLinkTargets(shape.writesHrefs ? stripBareHrefs(joined) : joined)) : stripPlaceholders(joined);
    // A line that was only syntax ("[IMG]", an image, "__") is left out; the block around it stays whole.
    if (text !== '' || open.code) {
      out.push({ text, start: open.start, end: open.end, ...(open.syntax ? { syntax: open.syntax } : {}), ...(open.codeIndent ? { codeIndent: open.codeIndent } : {}) });
      indents.push(open.indent);
    }
    open = undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (line.text === '' && fence === undefined) {
      close();
      out.push({ text: '', start: line.start, end: line.start });
      indents.push(0);
      continue;
    }
    if (markdown) {
      const f = FENCE.exec(line.text);
      if (fence !== undefined) {
        // Inside a fence every line is code, kept as it is.
        close();
        if (f && line.text.startsWith(fence)) fence = undefined;
        else if (line.text !== '') open = { parts: [line.text], start: line.start, end: line.end, syntax: { kind: 'code' }, column: 0, indent: line.indent, codeIndent: Math.max(0, line.indent - fenceIndent), last: line, code: true };
        close();
        continue;
      }
      if (f) {
        close();
        fence = f[1]!;
        fenceIndent = line.indent;
        continue;
      }
      if (isSyntaxOnly(line.text) || isDefinitionOrEmpty(line.text)) {
        close();
        continue;
      }
    }
    if (!markdown && format === 'wrapped') {
      // Placeholders first ("[IMG]", "(BUTTON)", a form's "____"): what is left decides how the line joins.
      // A bullet alone on its line is layout too, and goes with them.
      // A bare href before the targets go: a URL followed by one is a link the page shows.
      const text = stripPlaceholders(shape.writesHrefs ? stripBareHrefs(line.text, lines[i + 1]?.text.startsWith('[')) : line.text);
      if (text === '' || isLoneBullet(text)) continue;
      line = line.withText(text);
    }
    if (markdown && open?.syntax?.kind === 'quote') {
      // A wrapped quote goes on behind its own "> ": the text after it is what carries on.
      const mark = markdownMark(line.text);
      if (mark.syntax?.kind === 'quote') {
        const inner = line.withText(line.text.slice(mark.skip), line.indent + mark.skip);
        if (inner.text !== '' && continues(open, inner, markdown, shape)) {
          open.parts.push(joiner(open.last, inner, shape), inner.text);
          open.end = line.end;
          open.last = line;
          continue;
        }
      }
    }
    if (open && continues(open, line, markdown, shape)) {
      open.parts.push(joiner(open.last, line, shape), line.text);
      open.end = line.end;
      open.last = line;
      continue;
    }
    close();
    const mark = markdown ? markdownMark(line.text) : format === 'wrapped' ? layoutMark(line.text) : { skip: 0 };
    open = { parts: [line.text.slice(mark.skip)], start: line.start, end: line.end, ...(mark.syntax ? { syntax: mark.syntax } : {}), column: line.indent + mark.skip, indent: line.indent, last: line, code: false };
  }
  close();
  const margin = format === 'wrapped' ? layoutMargin(out, indents) : undefined;
  if (margin !== undefined) markLaidOutHeadings(out, indents, margin, shape.width);
  return { lines: out, ...(margin !== undefined ? { margin } : {}) };
}

/** Most words of a line that lynx's layout shows as a heading. */
const HEADING_WORDS = 25;
/** The share of a dump's plain lines that must stand at its margin for the margin to be the layout's. */
const AT_MARGIN_SHARE = 0.5;

/**
 * lynx centres a line on its screen, which is a few columns wider than the width it wraps
 * text at: the line's two sides, measured to the wrap width, differ by this much.
 */
const CENTRED_SLACK = { min: 1, max: 7 };

/**
 * lynx sets a page's text in from a margin (three columns) and its headings at the left
 * edge: the indentation most of a dump's plain lines keep is its margin, when there is
 * one. Dumps that set text at the edge (w3m, fold) have none.
 */
function layoutMargin(lines: readonly LogicalLine[], indents: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  let plain = 0;
  lines.forEach((line, i) => {
    if (line.text === '' || line.syntax) return;
    plain++;
    counts.set(indents[i]!, (counts.get(indents[i]!) ?? 0) + 1);
  });
  let margin = 0;
  for (const [indent, n] of counts) if (n > (counts.get(margin) ?? 0)) margin = indent;
  return margin < 2 || (counts.get(margin) ?? 0) < plain * AT_MARGIN_SHARE ? undefined : margin;
}

/**
 * lynx sets a page's headings, h1 to h6, at the left edge, or centred when it can: a line
 * that stands alone, left of the dump's margin or centred on the wrap width, is a heading.
 * The layout does not show which level: 0.
 */
function markLaidOutHeadings(lines: LogicalLine[], indents: readonly number[], margin: number, width: number | undefined): void {
  const blank = (i: number) => i < 0 || i >= lines.length || lines[i]!.text === '';
  lines.forEach((line, i) => {
    if (line.syntax || line.text === '' || !blank(i - 1) || !blank(i + 1)) return;
    const slack = width === undefined ? -1 : 2 * indents[i]! + line.text.length - width;
    const centred = indents[i]! > margin + 3 && slack >= CENTRED_SLACK.min && slack <= CENTRED_SLACK.max;
    if (indents[i] !== 0 && !centred) return;
    if (line.text.split(/\s+/).length > HEADING_WORDS) return;
    line.syntax = { kind: 'heading', level: 0 };
  });
}

/** Whether `line` carries on the logical line that is open: the wrapper broke it there. */
function continues(open: Open, line: PhysicalLine, markdown: boolean, shape: DumpShape): boolean {
  const { width } = shape;
  if (width === undefined || open.code) return false;
  // The wrapper broke the line only if the next word would not have fitted on it.
  const firstWord = line.text.split(/[ \t]/, 1)[0]!;
  const withNextWord = lineLength(open.last, shape.measure) + 1 + textLength(firstWord, shape.measure);
  if (withNextWord <= width && !brokeInsideWord(open.last, shape)) {
    // A wrapper may break a little short of the width (a quote's narrower margin, the width
    // found a column or two too wide): a sentence that plainly goes on is joined all the same.
    if (withNextWord <= width - SLACK || !goesOn(open.last.text, line.text)) return false;
  }
  // A new item or heading is not a continuation, but a wrapped line may begin like one:
  // take it for a new item only where it stands left of the open line's text.
  const mark = markdown ? markdownMark(line.text) : layoutMark(line.text);
  if (mark.syntax && (markdown || line.indent < open.column || open.syntax?.kind === 'item')) return false;
  // Continuation lines stand at the open line's text or left of it, never further right (a nested item does).
  return line.indent <= open.column + 1;
}

/**
 * fold breaks a word longer than the line where the line ends: there is no space to put
 * back. Only a wrapper that leaves spaces at the ends of the lines it broke shows it.
 */
function brokeInsideWord(last: PhysicalLine, shape: DumpShape): boolean {
  return shape.trailingSpaces && lineLength(last, shape.measure) === shape.width && !last.trailingSpace;
}

/** Columns short of the width within which a line that plainly goes on was still broken by the wrapper. */
const SLACK = 6;

/** A line that stops mid-sentence, followed by one that starts in lower case or with a digit. */
function goesOn(last: string, next: string): boolean {
  return !/[.!?:;…"”’)\]]$/u.test(last) && /^[\p{Ll}\d]/u.test(next);
}

/** What stands between two wrapped lines: a space, or nothing after a hyphen the wrapper broke at or inside a word. */
function joiner(last: PhysicalLine, line: PhysicalLine, shape: DumpShape): string {
  if (brokeInsideWord(last, shape)) return '';
  if (last.text.endsWith('-') && URL_BROKEN_AT_HYPHEN.test(last.text)) return '';
  if (/\p{L}-$/u.test(last.text) && /^\p{Ll}/u.test(line.text)) return '';
  if (isUnspaced(last.text.at(-1)) && isUnspaced(line.text[0])) return '';
  return ' ';
}

/**
 * Python's textwrap (html2text) breaks a long URL after a hyphen in it, whatever follows
 * ("...Small-Change-Diet-Thinner-" / "Healthier/dp/145160890X)"): the rest of the URL starts
 * the next line, and a space between would cut the link its syntax needs whole.
 */
const URL_BROKEN_AT_HYPHEN = new RegExp(String.raw`(?:^|[\s(<\[])(?:${URL_OPENING})\S*-$`, 'iu');

/** Chinese and Japanese are written without spaces, so a break between their characters joins without one. */
function isUnspaced(c: string | undefined): boolean {
  return c !== undefined && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u.test(c);
}
