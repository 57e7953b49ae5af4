/**
 * Many patterns asked as one question: "does the text match any of them?". Rules hold
 * lists of dozens of anchored patterns that almost every line fails. A union answers in
 * two ways, with the same answers as the patterns asked one by one:
 *
 *   - at first, through the patterns' cues (cued-patterns.ts): one scan of the line finds
 *     which patterns could match it at all, and only those run. Most patterns then never
 *     run on a small document, and V8 never compiles them: cleaning one document costs a
 *     fraction of compiling every pattern of every rule (which, without node's
 *     `--no-regexp-tier-up`, V8 does twice: to bytecode, then to machine code).
 *   - once a run goes on, TESTS_BEFORE_JOINING texts later, joined into a few alternations
 *     (joined-patterns.ts). Over many lines that is cheaper than the scan: the rules'
 *     patterns are anchored at the line's start, and V8 turns a line away after its first
 *     few characters, where the scan reads the whole line in JavaScript. A run that knows
 *     it will clean many documents calls `joinUnionsAtOnce`.
 *
 * Case-insensitive patterns are asked of the lower-cased text without `i` wherever that
 * keeps their answers (see case-fold.ts): they compile faster and to less machine code.
 */

import { textTest } from './case-fold.js';
import { cuedPatterns } from './cued-patterns.js';
import { joinedTest } from './joined-patterns.js';

export interface PatternUnion {
  /** Whether the text matches any of the patterns. */
  test(text: string): boolean;
  /** The index of the first pattern, in the order given, that the text matches; -1 if none. */
  firstMatch(text: string): number;
}

/** Texts a union asks through its cues before it joins its patterns. */
const TESTS_BEFORE_JOINING = 2000;

let defaultTestsBeforeJoining = TESTS_BEFORE_JOINING;

/** From now on, every union joins its patterns at its next test (for runs over many documents). */
export function joinUnionsAtOnce(): void {
  defaultTestsBeforeJoining = 0;
}

/** The union of the patterns; build it once, when the module loads, not per call. Nothing is compiled before it is asked. */
export function unionOf(patterns: readonly RegExp[], options: { testsBeforeJoining?: number } = {}): PatternUnion {
  let cued: PatternUnion | undefined;
  let joined: ((text: string) => boolean) | undefined;
  let tests = 0;
  const test = (text: string): boolean => {
    if (joined) return joined(text);
    if (++tests > (options.testsBeforeJoining ?? defaultTestsBeforeJoining)) {
      joined = joinedTest(patterns.map(textTest));
      cued = undefined; // its patterns' machine code can go
      return joined(text);
    }
    return (cued ??= cuedPatterns(patterns)).test(text);
  };
  const firstMatch = (text: string): number => {
    if (!test(text)) return -1;
    // Asked only of the few texts the union matches.
    return cued ? cued.firstMatch(text) : patterns.findIndex((pattern) => textTest(pattern).test(text));
  };
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
