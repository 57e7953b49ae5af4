/**
 * Many patterns asked as one question: "does the text match any of them?". Rules hold
 * lists of dozens of anchored patterns that almost every line fails; joined into a few
 * alternations, a line that matches none is turned away in a few calls instead of dozens.
 *
 * `(?:a)|(?:b)` matches a text exactly when `a` or `b` does, so a union never changes an
 * answer. Patterns are joined only with others of the same flags, and into pieces of
 * bounded size: past about 20,000 characters of source V8 stops optimising a pattern, and
 * one huge join runs slower than its parts asked one by one. Patterns that cannot be
 * joined safely stay alone: stateful ones (flags g and y keep `lastIndex`; the union asks
 * them from the start every time), and those with back-references or named groups, whose
 * numbers and names would clash.
 *
 * Joining pays off only over many lines: V8 compiles each joined pattern to machine code
 * the first time it is asked, and that costs more than the separate patterns do (about a
 * hundred milliseconds for the built-in rules, a fifth of cleaning one small file). So a
 * union asks its patterns one by one for its first TESTS_BEFORE_JOINING texts, about a
 * few documents' lines, and joins them only in a run that goes on. A run that knows it
 * will clean many documents calls `joinUnionsAtOnce`: the separate patterns' machine code
 * would otherwise stay beside the joined one's (the patterns live on in their rules), and
 * a long run must stay small.
 *
 * Case-insensitive patterns are asked of the lower-cased text without `i` wherever that
 * keeps their answers (see case-fold.ts): they compile faster and to less machine code.
 */

import { lowerCased, textTest } from './case-fold.js';

/** Largest source of one joined pattern. */
const MAX_JOINED_SOURCE = 8000;

export interface PatternUnion {
  /** Whether the text matches any of the patterns. */
  test(text: string): boolean;
  /** The index of the first pattern, in the order given, that the text matches; -1 if none. */
  firstMatch(text: string): number;
}

/** Texts a union asks its patterns about one by one before it joins them. */
const TESTS_BEFORE_JOINING = 2000;

let defaultTestsBeforeJoining = TESTS_BEFORE_JOINING;

/** From now on, every union joins its patterns at its next test (for runs over many documents). */
export function joinUnionsAtOnce(): void {
  defaultTestsBeforeJoining = 0;
}

/** The union of the patterns; build it once, when the module loads, not per call. */
export function unionOf(patterns: readonly RegExp[], options: { testsBeforeJoining?: number } = {}): PatternUnion {
  const each = patterns.map(textTest);
  let separate: { onText: readonly RegExp[]; onLowerCase: readonly RegExp[] } | undefined = {
    onText: each.filter((t) => !t.onLowerCase).map((t) => t.pattern),
    onLowerCase: each.filter((t) => t.onLowerCase).map((t) => t.pattern),
  };
  let asked = separate;
  let tests = 0;
  const test = (text: string) => {
    if (separate !== undefined && ++tests > (options.testsBeforeJoining ?? defaultTestsBeforeJoining)) {
      asked = { onText: joinedPieces(separate.onText), onLowerCase: joinedPieces(separate.onLowerCase) };
      separate = undefined;
    }
    return anyMatches(asked.onText, text) || (asked.onLowerCase.length > 0 && anyMatches(asked.onLowerCase, lowerCased(text)));
  };
  // Asked only of the few texts the union matches, through the same lower-cased copies.
  const firstMatch = (text: string) => (test(text) ? each.findIndex((t) => t.test(text)) : -1);
  return { test, firstMatch };
}

const unionsOfLists = new WeakMap<readonly RegExp[], PatternUnion>();

/** The union of a list of patterns, built on first use and kept with the list (for lists that come as arguments). */
export function unionFor(patterns: readonly RegExp[]): PatternUnion {
  let union = unionsOfLists.get(patterns);
  if (!union) {
    union = unionOf(patterns);
    unionsOfLists.set(patterns, union);
  }
  return union;
}

function anyMatches(patterns: readonly RegExp[], text: string): boolean {
  return patterns.some((pattern) => {
    pattern.lastIndex = 0; // only the copies of stateful patterns read it
    return pattern.test(text);
  });
}

/** The patterns joined by flags into as few pieces as their size allows; those that cannot join stay as they are. */
function joinedPieces(patterns: readonly RegExp[]): RegExp[] {
  const pieces: RegExp[] = [];
  const byFlags = new Map<string, RegExp[]>();
  for (const pattern of patterns) {
    if (pattern.global || pattern.sticky || !joinable(pattern)) pieces.push(pattern);
    else byFlags.set(pattern.flags, [...(byFlags.get(pattern.flags) ?? []), pattern]);
  }
  for (const [flags, group] of byFlags) pieces.push(...joined(group, flags));
  return pieces;
}

function joined(group: readonly RegExp[], flags: string): RegExp[] {
  if (group.length === 1) return [group[0]!];
  const out: RegExp[] = [];
  let sources: string[] = [];
  let length = 0;
  const flush = () => {
    if (sources.length) out.push(new RegExp(sources.join('|'), flags));
    sources = [];
    length = 0;
  };
  for (const pattern of group) {
    const source = `(?:${pattern.source})`;
    if (length + source.length > MAX_JOINED_SOURCE) flush();
    sources.push(source);
    length += source.length + 1;
  }
  flush();
  return out;
}

/** Whether a pattern can join others in one alternation without changing what it matches. */
function joinable(pattern: RegExp): boolean {
  // Back-references (\1, \k<name>) and named groups (?<name>...) depend on group numbers and names.
  return !/\\[1-9]|\\k<|\(\?<(?![=!])/.test(pattern.source);
}
