/**
 * Finds the width a dump was hard-wrapped at (lynx, w3m, html2text, fold, pandoc: 72 to
 * 80 columns, or whatever they were told), or none. At the right width, many lines end
 * just short of it where the next line's first word would not have fitted (the wrapper
 * broke there), and no line of running text goes past it with a space the wrapper could
 * have broken at. A dump that puts each paragraph on one line has long lines of every
 * length, past any width.
 */
import { lineLength, textLength, type Measure, type PhysicalLine } from './physical-lines.js';

/** The narrowest and widest wrap a dump may have. */
const MIN_WIDTH = 30;
const MAX_WIDTH = 200;
/** A line this close to the width, followed by another whose first word would not have fitted, was broken by the wrapper. */
const NEAR = 16;
/** Of the broken lines that go on with a cased letter, at least this share go on in lower case (once there are MIN_CASED). */
const MIN_LOWER_SHARE = 0.15;
const MIN_CASED = 5;
/** The wrap explains at least this share of the breaks the best width explains. */
const NEARLY = 0.9;
/** A wrapped dump has at least this many such lines, and this share of its lines. */
const MIN_BROKEN_LINES = 5;
const MIN_BROKEN_SHARE = 0.02;
/**
 * Lines well past the width (this many times it) that the wrapper could have broken: at most
 * MAX_OVERLONG_SHARE of the broken ones, a block of them counting once. A dump that puts each
 * paragraph on one line has many; a wrapped one has a few lines of code a little past it.
 */
const FAR_PAST = 1.2;
/** Lines past the width that the wrapper could have broken: at most this share of the broken ones. */
const MAX_OVERLONG_SHARE = 0.25;
/** The lines read to find the width: enough for any dump, and a bound on the work for huge ones. */
const SAMPLE_LINES = 20_000;
/** Lines a wrapper leaves as they are: list items and headings (html2text), table rows. */
const UNWRAPPED = /^(?:[*+•-][ \t]|\d{1,3}[.)][ \t]|#{1,6}[ \t]|\|)/;

export interface Wrap {
  width: number;
  /** How many line ends the width explains: the evidence for it. */
  explained: number;
}

/**
 * The wrap width of the lines as `measure` counts them, if they were wrapped.
 * `listsMarked`: list items carry their syntax (Markdown), so that a list of lines of about
 * one length cannot pass for wrapped prose, and need not be told apart by case.
 */
export function findWrapWidth(all: readonly PhysicalLine[], measure: Measure, listsMarked = false): Wrap | undefined {
  const lines = all.length > SAMPLE_LINES ? all.slice(0, SAMPLE_LINES) : all;
  const nonBlank = lines.filter((l) => l.text !== '').length;
  // For each line followed by another: its width, the width it would have had with the next line's first word, and the next line.
  const ends: LineEnd[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (line.text === '' || next.text === '') continue;
    const width = lineLength(line, measure);
    // Only a line within MAX_WIDTH can be broken by a wrapper: longer ones need no next word.
    ends.push([width, width <= MAX_WIDTH ? width + 1 + textLength(firstWord(next.text), measure) : width, next.text]);
  }
  // How many line ends each width explains: lines that end near it where the next word
  // would not have fitted. A line end counts for every width from its own up to NEAR - 1
  // more, short of the width its next word would have made: one pass adds each end to that
  // range (a difference array).
  const delta = new Int32Array(MAX_WIDTH + 2);
  for (const [w, withNext] of ends) {
    const to = Math.min(w + NEAR - 1, withNext - 1, MAX_WIDTH);
    if (to < w || to < MIN_WIDTH) continue;
    delta[Math.max(w, MIN_WIDTH)]!++;
    delta[to + 1]!--;
  }
  const explained = new Int32Array(MAX_WIDTH + 1);
  for (let width = MIN_WIDTH, running = 0; width <= MAX_WIDTH; width++) explained[width] = running += delta[width]!;
  // Widths some line ends at, widest first, with evidence enough to be a wrap.
  const enough = Math.max(MIN_BROKEN_LINES, nonBlank * MIN_BROKEN_SHARE);
  const widths = [...new Set(ends.map(([w]) => w))].filter((w) => w >= MIN_WIDTH && w <= MAX_WIDTH && explained[w]! >= enough).sort((a, b) => b - a);
  const valid = validity(lines, ends, measure, listsMarked);
  // The best: the valid width that explains the most ends...
  const best = [...widths].sort((a, b) => explained[b]! - explained[a]! || b - a).find((w) => valid(w, explained[w]!));
  if (best === undefined) return undefined;
  // ...but a narrower width explains a few more ends by chance (a short line before a long
  // word): the wrap is the widest valid one that explains nearly as many.
  const width = widths.find((w) => explained[w]! >= explained[best]! * NEARLY && valid(w, explained[w]!))!;
  return { width, explained: explained[width]! };
}

type LineEnd = [width: number, withNextWord: number, next: string];

function firstWord(text: string): string {
  const space = text.search(/[ \t]/);
  return space === -1 ? text : text.slice(0, space);
}

/**
 * Whether a width could be the dump's wrap: few lines of running text go well past it (a
 * block of them, such as unwrapped code, counting once), and the lines broken there go on
 * as sentences do.
 */
function validity(lines: readonly PhysicalLine[], ends: readonly LineEnd[], measure: Measure, listsMarked: boolean) {
  // Lines of running text a wrapper would break: their length, the column of their first space, and their block.
  const breakable: [length: number, firstBreak: number, block: number][] = [];
  let block = 0;
  for (const l of lines) {
    if (l.text === '') block++;
    const firstSpace = l.text.search(/[ \t]/);
    if (firstSpace !== -1 && !UNWRAPPED.test(l.text)) breakable.push([lineLength(l, measure), l.indent + textLength(l.text.slice(0, firstSpace), measure), block]);
  }
  return (width: number, broken: number): boolean => {
    let breakablePast = 0;
    let last = -1;
    for (const [length, firstBreak, block] of breakable) {
      if (length <= width * FAR_PAST || firstBreak >= width || block === last) continue;
      breakablePast++;
      last = block;
    }
    return breakablePast <= broken * MAX_OVERLONG_SHARE && (listsMarked || carriesOnSentences(ends, width));
  };
}

type Case = 'lower' | 'upper' | 'none';

function caseOf(text: string): Case {
  const first = /\p{L}/u.exec(text)?.[0];
  if (first === undefined || first.toLowerCase() === first.toUpperCase()) return 'none';
  return first === first.toLowerCase() ? 'lower' : 'upper';
}

/**
 * A wrapper breaks sentences, so many of its broken lines go on in lower case; a list of
 * headlines or menu items that happen to be about as long as each other starts every line
 * with a capital. Scripts without case say nothing either way.
 */
function carriesOnSentences(ends: readonly LineEnd[], width: number): boolean {
  let lower = 0;
  let cased = 0;
  for (const [w, withNext, next] of ends) {
    if (!(w <= width && w > width - NEAR && withNext > width)) continue;
    const nextCase = caseOf(next);
    if (nextCase === 'none') continue;
    cased++;
    if (nextCase === 'lower') lower++;
  }
  return cased < MIN_CASED || lower >= cased * MIN_LOWER_SHARE;
}

