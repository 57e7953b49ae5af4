/**
 * Many patterns asked as one question: "does the text match any of them?". Rules hold
 * lists of dozens of patterns that almost every line fails. A union asks them through
 * their cues (cued-patterns.ts): one scan of the line, shared by every union, finds which
 * patterns could match it at all, and only those run. The answers are those of the
 * patterns asked one by one.
 *
 * The few patterns without cues run on every line: one by one for a union's first
 * TESTS_BEFORE_JOINING texts, joined into a few alternations after that
 * (joined-patterns.ts), in a run that goes on. V8 compiles each joined pattern to machine
 * code the first time it is asked, and that costs more than one small document gains
 * from it. A run that knows it will clean many documents calls `joinUnionsAtOnce`.
 *
 * Most patterns never run on a small document, and V8 never compiles them: without node's
 * `--no-regexp-tier-up`, which the command sets and a program using the library does not,
 * V8 compiles each pattern it runs twice (to bytecode, then to machine code).
 *
 * Case-insensitive patterns are asked of the lower-cased text without `i` wherever that
 * keeps their answers (see case-fold.ts): they compile faster and to less machine code.
 */

import { cuedPatterns, type CuedPatterns } from './cued-patterns.js';

export interface PatternUnion {
  /** Whether the text matches any of the patterns. */
  test(text: string): boolean;
  /** The index of the first pattern, in the order given, that the text matches; -1 if none. */
  firstMatch(text: string): number;
}

/** Texts a union asks its patterns without cues about one by one before it joins them. */
const TESTS_BEFORE_JOINING = 2000;

let defaultTestsBeforeJoining = TESTS_BEFORE_JOINING;

/** From now on, every union joins its patterns without cues at its next test (for runs over many documents). */
export function joinUnionsAtOnce(): void {
  defaultTestsBeforeJoining = 0;
}

/** The union of the patterns; build it once, when the module loads, not per call. Nothing is compiled before it is asked. */
export function unionOf(patterns: readonly RegExp[], options: { testsBeforeJoining?: number } = {}): PatternUnion {
  let cued: CuedPatterns | undefined;
  let tests = 0;
  const test = (text: string): boolean => {
    cued ??= cuedPatterns(patterns);
    if (tests >= 0 && ++tests > (options.testsBeforeJoining ?? defaultTestsBeforeJoining)) {
      cued.joinUncued();
      tests = -1; // joined for good
    }
    return cued.test(text);
  };
  // Asked only of the few texts the union matches.
  const firstMatch = (text: string): number => (test(text) ? cued!.firstMatch(text) : -1);
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
