/**
 * One scan of a line finds the cues of every pattern the rules ask about (regex-cues.ts):
 * all cues, of all unions, sit in one Aho-Corasick automaton, which reads the lower-cased
 * line once and names every cue in it. A union then runs only those of its patterns whose
 * cues the line holds; a line without any cue (most lines of an article) costs the scan
 * and nothing more.
 *
 * Each pattern a union registers gets a slot, a number; a union's slots follow one
 * another. A scan answers the sorted slots whose patterns have a cue in the line, kept
 * per line for the document: the same line is asked about by a dozen unions.
 *
 * Unions register when first asked, one after another through the first document (the
 * rules go one by one over its blocks). Making the automaton again for each would cost
 * more than the document: a union registered during a document scans with an automaton
 * of its own cues, and joins the shared automaton when the next document starts.
 */
import AhoCorasick from 'ahocorasick';
import { lowerCased } from './case-fold.js';
import { memoizeByText, whenTextsForgotten } from './memo.js';

/** Patterns registered together, with slots first to end - 1. */
export interface CueGroup {
  readonly first: number;
  readonly end: number;
  /** The slots, in increasing order, of the registered patterns whose cues the text holds (others than the group's among them). */
  hits(text: string): readonly number[];
}

interface Cues {
  /** The slots of the patterns each cue belongs to. */
  slotsOfCue: Map<string, number[]>;
  automaton?: AhoCorasick;
}

let slotCount = 0;
/** The cues of the groups that joined the shared automaton, and the automaton, made at the first scan. */
const shared: Cues = { slotsOfCue: new Map() };
const sharedHits = memoizeByText((text: string) => scan(shared, text));
/** Groups that scan on their own until the next document, and join then. */
let newcomers: { cueLists: readonly (readonly string[])[]; first: number; join: () => void }[] = [];

whenTextsForgotten(() => {
  if (!newcomers.length) return;
  for (const { cueLists, first, join } of newcomers) {
    addCues(shared, cueLists, first);
    join();
  }
  newcomers = [];
  shared.automaton = undefined;
});

/** Registers patterns by their cues (each pattern's list non-empty), in slots that follow one another. */
export function registerCues(cueLists: readonly (readonly string[])[]): CueGroup {
  const first = slotCount;
  slotCount += cueLists.length;
  if (!cueLists.length) return { first, end: first, hits: () => NO_SLOTS };
  const own: Cues = { slotsOfCue: new Map() };
  addCues(own, cueLists, first);
  let hits = memoizeByText((text: string) => scan(own, text));
  newcomers.push({ cueLists, first, join: () => (hits = sharedHits) });
  return { first, end: slotCount, hits: (text) => hits(text) };
}

function addCues(cues: Cues, cueLists: readonly (readonly string[])[], first: number): void {
  cueLists.forEach((list, k) => {
    for (const cue of list) {
      const slots = cues.slotsOfCue.get(cue);
      if (slots) slots.push(first + k);
      else cues.slotsOfCue.set(cue, [first + k]);
    }
  });
}

const NO_SLOTS: readonly number[] = [];

function scan(cues: Cues, text: string): readonly number[] {
  cues.automaton ??= new AhoCorasick([...cues.slotsOfCue.keys()]);
  const found = cues.automaton.search(cueText(text));
  if (!found.length) return NO_SLOTS;
  const slots = new Set<number>();
  for (const [, names] of found) for (const cue of names) for (const slot of cues.slotsOfCue.get(cue)!) slots.add(slot);
  return Int32Array.from(slots).sort() as unknown as readonly number[];
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
