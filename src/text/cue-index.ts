/**
 * One scan of a line finds the cues of every pattern the rules ask about (regex-cues.ts):
 * all cues, of all unions, sit in one Aho-Corasick automaton, which reads the lower-cased
 * line once and names every cue in it. A union then runs only those of its patterns whose
 * cues the line holds; a line without any cue (most lines of an article) costs the scan
 * and nothing more.
 *
 * Each pattern gets a slot, a number, by its flags and source: the same pattern in
 * several lists, or in a list made again, has one slot. A scan answers the slots whose
 * cues the line holds, kept per line for the document: the same line is asked
 * about by a dozen unions.
 *
 * Unions register when first asked, one after another through the first document (the
 * rules go one by one over its blocks). Making the automaton again for each would cost
 * more than the document: a union that brings new patterns during a document scans with
 * an automaton of its own patterns' cues, and they join the shared automaton when the
 * next document starts.
 */
import AhoCorasick from 'ahocorasick';
import { lowerCased } from './case-fold.js';
import { memoizeByText, whenTextsForgotten } from './memo.js';
import { textRecord } from './text-record.js';

/** Patterns a union registered, and how to find which of them a text could match. */
export interface CueGroup {
  /** Each pattern's slot. */
  readonly slots: readonly number[];
  /** The slots whose cues the text holds, in no order: those of the group's patterns, and maybe others. */
  hits(text: string): readonly number[];
}

/** A pattern to register: what names it (flags and source) and its cues. */
export interface CuedPattern {
  key: string;
  cues: readonly string[];
}

interface Automaton {
  /** The slots of the patterns each cue belongs to. */
  slotsOfCue: Map<string, number[]>;
  matcher?: AhoCorasick;
}

const slotOfKey = new Map<string, number>();
const cuesOfSlot: (readonly string[])[] = [];
/** Slots not yet in the shared automaton, and the groups that wait for them. */
const pendingSlots = new Set<number>();
let waiting: (() => void)[] = [];
const shared: Automaton = { slotsOfCue: new Map() };
/** The shared automaton's answer, kept with the text's lower case (text-record.ts): a union asks for both. */
const sharedHits = (text: string): readonly number[] => {
  const record = textRecord(text);
  return (record.cueSlots ??= scan(shared, text));
};

whenTextsForgotten(() => {
  if (!pendingSlots.size) return;
  for (const slot of pendingSlots) addCues(shared, slot);
  shared.matcher = undefined;
  for (const join of waiting) join();
  pendingSlots.clear();
  waiting = [];
});

/** Registers a union's patterns; those already known keep their slots. */
export function registerCues(patterns: readonly CuedPattern[]): CueGroup {
  const slots = patterns.map(({ key, cues }) => {
    let slot = slotOfKey.get(key);
    if (slot === undefined) {
      slot = cuesOfSlot.push(cues) - 1;
      slotOfKey.set(key, slot);
      pendingSlots.add(slot);
    }
    return slot;
  });
  if (!slots.some((slot) => pendingSlots.has(slot))) return { slots, hits: sharedHits };
  const own: Automaton = { slotsOfCue: new Map() };
  for (const slot of slots) addCues(own, slot);
  let hits = memoizeByText((text: string) => scan(own, text));
  waiting.push(() => (hits = sharedHits));
  return { slots, hits: (text) => hits(text) };
}

function addCues(automaton: Automaton, slot: number): void {
  for (const cue of cuesOfSlot[slot]!) {
    const slots = automaton.slotsOfCue.get(cue);
    if (!slots) automaton.slotsOfCue.set(cue, [slot]);
    else if (!slots.includes(slot)) slots.push(slot);
  }
}

const NO_SLOTS: readonly number[] = [];

function scan(automaton: Automaton, text: string): readonly number[] {
  automaton.matcher ??= new AhoCorasick([...automaton.slotsOfCue.keys()]);
  const found = automaton.matcher.search(cueText(text));
  if (!found.length) return NO_SLOTS;
  // A line holds a cue or two: a short list, not a set.
  const slots: number[] = [];
  for (const [, cues] of found) {
    for (const cue of cues) for (const slot of automaton.slotsOfCue.get(cue)!) if (!slots.includes(slot)) slots.push(slot);
  }
  return slots;
}

/**
 * The text as its cues are looked for: lower-cased, and with the long s read as `s`, as
 * a case-insensitive pattern matches it (the only letter outside ASCII that `iu` folds
 * onto an ASCII letter whose lower case it is not).
 */
export function cueText(text: string): string {
  const lower = lowerCased(text);
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}
