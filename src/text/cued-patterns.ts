/**
 * Patterns asked through their cues (regex-cues.ts, cue-index.ts): a pattern runs only on
 * the texts that hold one of its cues, and is compiled only when it first runs. The few
 * patterns without cues run on every text, one by one at first, joined once a run goes on.
 *
 * A text that holds none of a pattern's cues cannot match it, so the answers are those of
 * the patterns asked one by one.
 */
import { textTest } from './case-fold.js';
import { registerCues } from './cue-index.js';
import { joinedTest } from './joined-patterns.js';
import { cuesOf, patternKey } from './pattern-cues.js';

export interface CuedPatterns {
  /** Whether the text matches any of the patterns. */
  test(text: string): boolean;
  /** The index of the first pattern, in the order given, that the text matches; -1 if none. */
  firstMatch(text: string): number;
  /** From now on, asks the patterns without cues joined (joined-patterns.ts), not one by one: for a run that goes on. */
  joinUncued(): void;
}

export function cuedPatterns(patterns: readonly RegExp[]): CuedPatterns {
  const cues = patterns.map(cuesOf);
  const cued = patterns.map((_, i) => i).filter((i) => cues[i]);
  const uncued = patterns.map((_, i) => i).filter((i) => !cues[i]);
  const group = registerCues(cued.map((i) => ({ key: patternKey(patterns[i]!), cues: cues[i]! })));
  /** The indices of each slot's pattern in the list (a pattern may come twice), by slot. */
  const indicesOfSlot: (number[] | undefined)[] = [];
  cued.forEach((i, k) => (indicesOfSlot[group.slots[k]!] ??= []).push(i));
  const asked = (i: number, text: string) => textTest(patterns[i]!).test(text);

  let anyUncued = (text: string) => uncued.some((i) => asked(i, text));
  const test = (text: string) => {
    if (anyUncued(text)) return true;
    for (const slot of group.hits(text)) {
      const indices = indicesOfSlot[slot];
      if (indices && asked(indices[0]!, text)) return true;
    }
    return false;
  };
  const firstMatch = (text: string) => {
    const candidates = [...uncued];
    for (const slot of group.hits(text)) candidates.push(...(indicesOfSlot[slot] ?? []));
    let first = -1;
    for (const i of candidates) if ((first < 0 || i < first) && asked(i, text)) first = i;
    return first;
  };
  const joinUncued = () => {
    if (uncued.length) anyUncued = joinedTest(uncued.map((i) => textTest(patterns[i]!)));
  };
  return { test, firstMatch, joinUncued };
}
