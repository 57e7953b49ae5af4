/** The lines of a dump as they stand in the input, with their offsets, indentation and displayed width. */
import stringWidth from 'string-width';
import { checkClock } from '../../document-clock.js';

/**
 * A line as it stands in the input. Its lengths are worked out when first asked for: only
 * the lines that decide a dump's wrap, or whether a line carries on, are ever measured.
 */
export class PhysicalLine {
  private columns?: number;
  private codePointCount?: number;
  private byteCount?: number;

  constructor(
    /** The line without the spaces around it. */
    readonly text: string,
    /** Offsets of `text` in the input. */
    readonly start: number,
    readonly end: number,
    /** Columns of leading white space (a tab counts as up to the next multiple of 8). */
    readonly indent: number,
    /** Whether the line had white space after its text: wrappers that break at spaces leave one there. */
    readonly trailingSpace: boolean,
    /** The line whose lengths this one has, when it is that line with some text set apart. */
    private readonly measured?: PhysicalLine,
  ) {}

  /** Columns the line takes on a terminal, leading spaces included and trailing ones left out. */
  get width(): number {
    return (this.columns ??= this.measured?.width ?? this.indent + displayWidth(this.text));
  }

  /** Characters (code points) of the line, leading spaces included: what lynx and Python's textwrap (html2text) count. */
  get chars(): number {
    return (this.codePointCount ??= this.measured?.chars ?? this.indent + codePoints(this.text));
  }

  /** Bytes the line takes in UTF-8, leading spaces included: what fold counts when it wraps. */
  get bytes(): number {
    return (this.byteCount ??= this.measured?.bytes ?? this.indent + Buffer.byteLength(this.text));
  }

  /**
   * The same line with part of its text set apart (a placeholder, a quote's "> "): its
   * lengths stay those of the line as the wrapper measured it.
   */
  withText(text: string, indent = this.indent): PhysicalLine {
    return new PhysicalLine(text, this.start, this.end, indent, this.trailingSpace, this);
  }
}

/**
 * How a wrapper measured lines: in terminal columns, wide East Asian characters counting
 * two (w3m), in characters (lynx, Python's textwrap), or in bytes (fold). They differ only
 * on text beyond ASCII, where the wrong measure misses most of the breaks.
 */
export type Measure = 'columns' | 'chars' | 'bytes';
export const MEASURES: readonly Measure[] = ['columns', 'chars', 'bytes'];

/** A line's length as `measure` counts it. */
export function lineLength(line: PhysicalLine, measure: Measure): number {
  return measure === 'bytes' ? line.bytes : measure === 'chars' ? line.chars : line.width;
}

/** A piece of text's length as `measure` counts it. */
export function textLength(text: string, measure: Measure): number {
  if (measure === 'bytes') return Buffer.byteLength(text);
  if (measure === 'chars') return codePoints(text);
  return displayWidth(text);
}

function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++; // a low surrogate ends a pair already counted
  }
  return n;
}

export function physicalLines(source: string): PhysicalLine[] {
  const lines: PhysicalLine[] = [];
  let pos = 0;
  while (pos <= source.length) {
    checkClock();
    let nl = source.indexOf('\n', pos);
    if (nl === -1) nl = source.length;
    const raw = source.slice(pos, nl);
    const trimmedStart = raw.trimStart();
    const text = trimmedStart.trimEnd();
    const lead = raw.length - trimmedStart.length;
    const indent = columns(raw.slice(0, lead));
    lines.push(new PhysicalLine(text, pos + lead, pos + lead + text.length, indent, text !== '' && trimmedStart.length > text.length));
    pos = nl + 1;
  }
  return lines;
}

/** Columns of a run of white space. */
function columns(space: string): number {
  let n = 0;
  for (const c of space) n = c === '\t' ? n + 8 - (n % 8) : n + 1;
  return n;
}

/** Columns a text takes: wide (East Asian) characters two, combining marks none. ASCII needs no lookup. */
export function displayWidth(text: string): number {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text.length;
  // Latin, Greek, Cyrillic, quotes and dashes take a column each: only wide scripts, marks,
  // format characters and emoji (surrogate pairs) need string-width's lookup.
  if (!NOT_ONE_COLUMN.test(text)) return codePoints(text);
  if (text.length <= WIDTH_CHUNK) return stringWidth(text);
  // string-width walks grapheme clusters with Intl.Segmenter, which in V8 takes time in the
  // square of the string's length (a line of 200,000 quotes took a minute): a long line is
  // measured in pieces, cut where two ASCII characters meet (always between clusters).
  let width = 0;
  for (let start = 0; start < text.length; ) {
    const end = chunkEnd(text, start + WIDTH_CHUNK);
    width += stringWidth(text.slice(start, end));
    start = end;
  }
  return width;
}

/** Characters that may take other than one column: marks, format characters, wide scripts, surrogates (emoji). */
const NOT_ONE_COLUMN = /[\p{M}\p{Cf}\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe6f\uff00-\uff60\uffe0-\uffe6\ud800-\udfff]/u;

/** Code units measured at a time; a line of a wrapped dump is far shorter. */
const WIDTH_CHUNK = 1024;

/**
 * Where a piece that should end near `at` ends: between two printable ASCII characters
 * within 64 units after it, or (a line without any: a run of other characters) at `at`
 * itself, though not inside a surrogate pair; an off-by-one there changes no width that
 * a wrap is measured against.
 */
function chunkEnd(text: string, at: number): number {
  if (at >= text.length) return text.length;
  for (let i = at; i < Math.min(text.length, at + 64); i++) {
    if (isPrintableAscii(text.charCodeAt(i - 1)) && isPrintableAscii(text.charCodeAt(i))) return i;
  }
  const unit = text.charCodeAt(at);
  return unit >= 0xdc00 && unit <= 0xdfff ? at + 1 : at;
}

const isPrintableAscii = (unit: number) => unit >= 0x20 && unit < 0x7f;
